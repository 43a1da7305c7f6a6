package org.latentbrush.bridge.optim;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.latentbrush.bridge.generator.NumericGuard;

/**
 * Adam on a batch of latents z = tanh(w), which keeps every z inside the prior's support [−1, 1]:
 * the one latent-space step of the live optimiser and of photo projection.
 *
 * <p>Holds w and Adam's moments in the run's manager and updates them in place, so a run holds
 * a fixed number of arrays however long it runs.
 */
public final class LatentAdam {

    /** Adam's ε. */
    public static final float EPSILON = 1e-8f;

    private NDArray w;
    private NDArray m;
    private NDArray v;
    private int t;

    /** What one pass computes from z: the objective to minimise per latent, and anything else. */
    public record Pass<T>(NDArray objective, T result) {}

    /**
     * Starts from given parameters.
     *
     * @param initialW w of shape (batch, latent), owned by the run's manager
     */
    public LatentAdam(NDArray initialW) {
        this.w = initialW;
        this.m = initialW.zerosLike();
        this.v = initialW.zerosLike();
    }

    /**
     * Keeps only some latents, with their moments: the arrays are replaced by their rows and the
     * old ones closed.
     *
     * @param rows indices of the latents to keep
     * @param run the run's manager, which owns the new arrays
     */
    void keepRows(NDArray rows, NDManager run) {
        w = LatentArrays.rows(w, rows, run);
        m = LatentArrays.rows(m, rows, run);
        v = LatentArrays.rows(v, rows, run);
    }

    /** The current w, updated in place by each step. */
    public NDArray w() {
        return w;
    }

    /**
     * One step: evaluates the pass at z = tanh(w) with gradients, hands the pre-step w (without
     * gradient) and the pass's result to {@code beforeUpdate}, then moves w. A pass whose
     * gradient is not finite is repeated ({@link NumericGuard}).
     *
     * @param scope the step's manager
     * @param learningRate Adam's step size on w
     * @param beta1 first-moment decay
     * @param beta2 second-moment decay
     * @param pass computes the objective (summed for the gradient) and a result from z
     * @param beforeUpdate sees w and the result of the accepted pass, before w moves
     * @param <T> the pass's result
     * @return the accepted pass's result
     */
    public <T> T step(NDManager scope, double learningRate, double beta1, double beta2,
            Function<NDArray, Pass<T>> pass, BiConsumer<NDArray, T> beforeUpdate) {
        tick();
        return stepRows(scope, null, learningRate, beta1, beta2, pass, beforeUpdate);
    }

    /** Starts an iteration stepped in groups of rows ({@link #stepRows}): Adam's clock moves once. */
    void tick() {
        t++;
    }

    /**
     * Steps some latents of the current iteration ({@link #tick} first): as {@link #step} on the
     * rows alone, so stepping every row once in groups moves each latent exactly as one step of the
     * whole batch would, since the objective is a sum of per-latent terms and Adam's update is per
     * element.
     *
     * @param scope the step's manager, which also owns the temporaries of the rows' update
     * @param rows the rows to step, or {@code null} for all
     * @param learningRate Adam's step size on w
     * @param beta1 first-moment decay
     * @param beta2 second-moment decay
     * @param pass computes the objective and a result from the rows' z
     * @param beforeUpdate sees the rows' w and the result of the accepted pass, before they move
     * @param <T> the pass's result
     * @return the accepted pass's result
     */
    <T> T stepRows(NDManager scope, NDIndex rows, double learningRate, double beta1, double beta2,
            Function<NDArray, Pass<T>> pass, BiConsumer<NDArray, T> beforeUpdate) {
        return NumericGuard.untilFinite("the latent optimiser's step", attempt -> {
            NDArray live = in(scope, w, rows).duplicate();
            live.attach(scope);
            live.setRequiresGradient(true);
            Pass<T> evaluated;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                evaluated = pass.apply(live.tanh());
                collector.backward(evaluated.objective().sum());
            }
            NDArray grad = live.getGradient();
            if (!NumericGuard.allFinite(List.of(grad), scope)) {
                return Optional.empty();
            }
            beforeUpdate.accept(live.stopGradient(), evaluated.result());
            if (rows == null) {
                update(grad, learningRate, beta1, beta2);
            } else {
                updateRows(scope, rows, grad, learningRate, beta1, beta2);
            }
            return Optional.of(evaluated.result());
        });
    }

    /** Adam's update of w from a gradient of the step's manager; temporaries stay there. */
    private void update(NDArray grad, double learningRate, double beta1, double beta2) {
        m.muli(beta1).addi(grad.mul(1 - beta1));
        v.muli(beta2).addi(grad.square().mul(1 - beta2));
        double stepSize = learningRate / (1 - Math.pow(beta1, t));
        NDArray denominator = grad.zerosLike().addi(v).divi(1 - Math.pow(beta2, t)).powi(0.5)
                .addi(EPSILON);
        w.subi(grad.zerosLike().addi(m).muli(stepSize).divi(denominator));
    }

    /** The same update on some rows, written back into w and the moments in place. */
    private void updateRows(NDManager scope, NDIndex rows, NDArray grad, double learningRate,
            double beta1, double beta2) {
        NDArray rowsM = in(scope, m, rows).mul(beta1).add(grad.mul(1 - beta1));
        NDArray rowsV = in(scope, v, rows).mul(beta2).add(grad.square().mul(1 - beta2));
        double stepSize = learningRate / (1 - Math.pow(beta1, t));
        NDArray denominator = rowsV.div(1 - Math.pow(beta2, t)).pow(0.5).add(EPSILON);
        NDArray rowsW = in(scope, w, rows).sub(rowsM.mul(stepSize).div(denominator));
        m.set(rows, rowsM);
        v.set(rows, rowsV);
        w.set(rows, rowsW);
    }

    /** Some rows of a kept array, as a temporary of the step (the whole array when rows is null). */
    private static NDArray in(NDManager scope, NDArray kept, NDIndex rows) {
        if (rows == null) {
            return kept;
        }
        NDArray part = kept.get(rows);
        part.attach(scope);
        return part;
    }
}
