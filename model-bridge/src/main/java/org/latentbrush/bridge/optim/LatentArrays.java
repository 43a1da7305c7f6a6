package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;

/**
 * Array chores shared by the optimisers (edits and photo projection): the tanh parametrisation's
 * inverse, and per-candidate best-so-far arrays that live across iterations.
 */
public final class LatentArrays {

    /** tanh(±3.8) is ±0.999: atanh is clamped there, away from its infinities at ±1. */
    private static final float ATANH_LIMIT = 0.999f;

    private LatentArrays() {}

    /**
     * Inverts z = tanh(w), clamping z just inside (−1, 1).
     *
     * @param z latents in [−1, 1]
     * @return w, in z's manager
     */
    public static NDArray atanh(NDArray z) {
        NDArray c = z.clip(-ATANH_LIMIT, ATANH_LIMIT);
        return c.add(1).div(c.neg().add(1)).log().mul(0.5f);
    }

    /**
     * Copies an iteration's array into the run's manager, to outlive the iteration.
     *
     * @param array an array of the iteration
     * @param run the run's manager
     * @return the copy, owned by {@code run}
     */
    public static NDArray keep(NDArray array, NDManager run) {
        NDArray copy = array.duplicate();
        copy.attach(run);
        return copy;
    }

    /**
     * Takes, per candidate (first axis), {@code fresh} where {@code better} holds and {@code old}
     * elsewhere; the result replaces {@code old}, which is closed.
     *
     * @param better per-candidate booleans of shape (batch)
     * @param fresh this iteration's values, (batch, …)
     * @param old the remembered values, owned by {@code run}
     * @param run the run's manager
     * @return the new remembered values, owned by {@code run}
     */
    public static NDArray keepBetter(NDArray better, NDArray fresh, NDArray old, NDManager run) {
        NDArray condition = better;
        if (fresh.getShape().dimension() > 1) {
            // The engine's where() does not broadcast: spread the choice over each candidate's row.
            long[] shape = new long[fresh.getShape().dimension()];
            java.util.Arrays.fill(shape, 1);
            shape[0] = fresh.getShape().get(0);
            condition = better.reshape(shape).broadcast(fresh.getShape());
        }
        NDArray chosen = NDArrays.where(condition, fresh, old);
        chosen.attach(run);
        old.close();
        return chosen;
    }

    /**
     * {@link #keepBetter} for some rows of the remembered values, written back in place: for an
     * iteration that steps its candidates in groups.
     *
     * @param better per-candidate booleans of the rows
     * @param fresh the rows' values of this step, whose manager also takes the temporaries
     * @param kept the remembered values of every candidate, updated in place
     * @param rows which rows of {@code kept} the fresh values are
     */
    static void keepBetterRows(NDArray better, NDArray fresh, NDArray kept, NDIndex rows) {
        NDArray old = kept.get(rows);
        old.attach(fresh.getManager());
        NDArray chosen = keepBetter(better, fresh, old, fresh.getManager());
        kept.set(rows, chosen);
    }

    /**
     * Some rows (first axis) of a remembered array; the result replaces it, and it is closed.
     *
     * @param array the remembered array, owned by {@code run}
     * @param rows indices of the rows to keep
     * @param run the run's manager
     * @return the rows, owned by {@code run}
     */
    public static NDArray rows(NDArray array, NDArray rows, NDManager run) {
        NDArray kept = array.get(new ai.djl.ndarray.index.NDIndex("{}", rows));
        kept.attach(run);
        array.close();
        return kept;
    }
}
