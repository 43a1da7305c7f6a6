package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.latentbrush.bridge.optim.LatentAdam;
import org.latentbrush.bridge.optim.LatentArrays;

/**
 * What survives between iterations of one projection: w, Adam's moments and each start's best so far.
 *
 * <p>Everything lives in the projection's manager; updates are in place, or replace an array and close
 * the old one, so the run holds a fixed number of arrays however long it runs. Temporaries are made
 * from the iteration's arrays so that they belong to the iteration's manager.
 */
final class ProjectionState {



    private final NDManager run;
    private final int batch;
    final LatentAdam adam;
    private NDArray bestCost;
    private NDArray bestPixel;
    private NDArray bestW;

    /**
     * Starts from latents.
     *
     * @param run the projection's manager, which owns the state
     * @param z starting latents, shape (batch, latent), in the run's manager
     */
    ProjectionState(NDManager run, NDArray z) {
        this.run = run;
        this.adam = new LatentAdam(LatentArrays.atanh(z));
        this.batch = (int) z.getShape().get(0);
    }

    void remember(NDArray latentW, ProjectionLoss.Terms terms) {
        if (bestCost == null) {
            bestCost = LatentArrays.keep(terms.total(), run);
            bestPixel = LatentArrays.keep(terms.pixel(), run);
            bestW = LatentArrays.keep(latentW, run);
            return;
        }
        NDArray better = terms.total().lt(bestCost);
        bestCost = LatentArrays.keepBetter(better, terms.total(), bestCost, run);
        bestPixel = LatentArrays.keepBetter(better, terms.pixel(), bestPixel, run);
        bestW = LatentArrays.keepBetter(better, latentW, bestW, run);
    }

    /** The best start's pixel MSE on the [0, 1] scale. */
    double bestPixelMse() {
        return bestPixel.toFloatArray()[bestIndex()];
    }

    /** The best start's latent, z = tanh(w). */
    float[] bestZ() {
        float[] ws = bestW.toFloatArray();
        int latent = ws.length / batch;
        int best = bestIndex();
        float[] z = new float[latent];
        for (int d = 0; d < latent; d++) {
            z[d] = (float) Math.tanh(ws[best * latent + d]);
        }
        return z;
    }

    private int bestIndex() {
        float[] cost = bestCost.toFloatArray();
        int best = 0;
        for (int i = 1; i < cost.length; i++) {
            if (cost[i] < cost[best]) {
                best = i;
            }
        }
        return best;
    }



}
