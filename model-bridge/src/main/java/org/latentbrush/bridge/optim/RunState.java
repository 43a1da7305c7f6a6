package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;

/**
 * What survives between iterations of one edit: w, Adam's moments, and each candidate's best so far.
 *
 * <p>All of it lives in the edit's manager. Updates are in place, or replace an array and close the
 * old one, so the edit holds a fixed number of arrays however long it runs. Temporaries are made
 * from the iteration's arrays so that they belong to the iteration's manager.
 */
final class RunState {

    private final NDManager run;
    private final int batch;
    final NDArray w;
    private final NDArray m;
    private final NDArray v;
    private int t;
    private NDArray bestCost;
    private NDArray bestColor;
    private NDArray bestEdge;
    private NDArray bestPrior;
    private NDArray bestW;
    private NDArray bestImages;

    RunState(NDManager run, NDArray initialW, OptimizerSettings settings) {
        this.run = run;
        this.w = initialW;
        this.batch = (int) initialW.getShape().get(0);
        this.m = initialW.zerosLike();
        this.v = initialW.zerosLike();
    }

    /** Applies one Adam update to w from the gradient (an array of the iteration's manager). */
    void adam(NDArray grad, OptimizerSettings s) {
        t++;
        m.muli(s.beta1()).addi(grad.mul(1 - s.beta1()));
        v.muli(s.beta2()).addi(grad.square().mul(1 - s.beta2()));
        double stepSize = s.learningRate() / (1 - Math.pow(s.beta1(), t));
        NDArray denominator = grad.zerosLike().addi(v).divi(1 - Math.pow(s.beta2(), t))
                .powi(0.5).addi(LatentOptimizer.adamEpsilon());
        w.subi(grad.zerosLike().addi(m).muli(stepSize).divi(denominator));
    }

    /**
     * Keeps, per candidate, whichever is cheaper: the remembered best or these latents.
     *
     * @param latentW w of this evaluation (iteration's manager, no gradient)
     * @param images G(tanh(w)) of this evaluation
     * @param terms the objective's terms for them
     */
    void remember(NDArray latentW, NDArray images, EditLoss.Terms terms) {
        if (bestCost == null) {
            bestCost = keep(terms.total());
            bestColor = keep(terms.color());
            bestEdge = keep(terms.edge());
            bestPrior = keep(terms.prior());
            bestW = keep(latentW);
            bestImages = keep(images);
            return;
        }
        NDArray better = terms.total().lt(bestCost);
        bestCost = swap(bestCost, NDArrays.where(better, terms.total(), bestCost));
        bestColor = swap(bestColor, NDArrays.where(better, terms.color(), bestColor));
        bestEdge = swap(bestEdge, NDArrays.where(better, terms.edge(), bestEdge));
        bestPrior = swap(bestPrior, NDArrays.where(better, terms.prior(), bestPrior));
        // The engine's where() does not broadcast: spread the per-candidate choice over each row.
        bestW = swap(bestW, NDArrays.where(
                better.reshape(batch, 1).broadcast(latentW.getShape()), latentW, bestW));
        bestImages = swap(bestImages, NDArrays.where(
                better.reshape(batch, 1, 1, 1).broadcast(images.getShape()), images, bestImages));
    }

    /** Copies the best candidates to the host, ranked by cost. */
    CandidateBatch snapshot(GanModel model, int iteration, OptimizerSettings settings,
            boolean finished, boolean cancelled, long startedNanos) {
        float[] cost = bestCost.toFloatArray();
        float[] color = bestColor.toFloatArray();
        float[] edge = bestEdge.toFloatArray();
        float[] prior = bestPrior.toFloatArray();
        float[] ws = bestW.toFloatArray();
        float[] pixels = bestImages.toFloatArray();
        int latent = model.manifest().latentSize();
        int size = model.manifest().imageSize();
        int channels = model.manifest().channels();
        int perImage = channels * size * size;
        double low = model.manifest().valueLow();
        double span = model.manifest().valueHigh() - low;
        List<Candidate> ranked = new ArrayList<>();
        IntStream.range(0, batch).boxed().sorted(Comparator.comparingDouble(i -> cost[i]))
                .limit(settings.keep()).forEach(i -> {
                    float[] z = new float[latent];
                    for (int d = 0; d < latent; d++) {
                        z[d] = (float) Math.tanh(ws[i * latent + d]);
                    }
                    float[] data = Arrays.copyOfRange(pixels, i * perImage, (i + 1) * perImage);
                    for (int p = 0; p < perImage; p++) {
                        data[p] = (float) Math.min(1, Math.max(0, (data[p] - low) / span));
                    }
                    ranked.add(new Candidate(z, new RasterImage(size, size, channels, data),
                            color[i], edge[i], prior[i], cost[i]));
                });
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        return new CandidateBatch(iteration, settings.iterations(), ranked, finished, cancelled, millis);
    }

    private NDArray keep(NDArray array) {
        NDArray copy = array.duplicate();
        copy.attach(run);
        return copy;
    }

    private NDArray swap(NDArray old, NDArray fresh) {
        fresh.attach(run);
        old.close();
        return fresh;
    }
}
