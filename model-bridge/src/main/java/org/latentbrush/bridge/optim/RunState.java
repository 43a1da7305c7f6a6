package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.ArrayList;
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
    private int batch;
    /** Candidates dropped by narrowing, as they were then: the gallery still shows them. */
    private final List<Candidate> retired = new ArrayList<>();
    final LatentAdam adam;
    private NDArray bestCost;
    private NDArray bestColor;
    private NDArray bestEdge;
    private NDArray bestPrior;
    private NDArray bestChange;
    private NDArray bestW;
    private NDArray bestImages;

    RunState(NDManager run, NDArray initialW, OptimizerSettings settings) {
        this.run = run;
        this.adam = new LatentAdam(initialW);
        this.batch = (int) initialW.getShape().get(0);
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
            bestCost = LatentArrays.keep(terms.total(), run);
            bestColor = LatentArrays.keep(terms.color(), run);
            bestEdge = LatentArrays.keep(terms.edge(), run);
            bestPrior = LatentArrays.keep(terms.prior(), run);
            bestChange = LatentArrays.keep(terms.change(), run);
            bestW = LatentArrays.keep(latentW, run);
            bestImages = LatentArrays.keep(images, run);
            return;
        }
        NDArray better = terms.total().lt(bestCost);
        bestCost = LatentArrays.keepBetter(better, terms.total(), bestCost, run);
        bestColor = LatentArrays.keepBetter(better, terms.color(), bestColor, run);
        bestEdge = LatentArrays.keepBetter(better, terms.edge(), bestEdge, run);
        bestPrior = LatentArrays.keepBetter(better, terms.prior(), bestPrior, run);
        bestChange = LatentArrays.keepBetter(better, terms.change(), bestChange, run);
        bestW = LatentArrays.keepBetter(better, latentW, bestW, run);
        bestImages = LatentArrays.keepBetter(better, images, bestImages, run);
    }

    /**
     * {@link #remember} for some rows, once every candidate has a best: for an iteration that
     * steps its candidates in groups.
     *
     * @param rows which candidates these are
     * @param latentW their w of this evaluation (step's manager, no gradient)
     * @param images their G(tanh(w))
     * @param terms the objective's terms for them
     */
    void rememberRows(NDIndex rows, NDArray latentW, NDArray images, EditLoss.Terms terms) {
        NDArray old = bestCost.get(rows);
        old.attach(terms.total().getManager());
        NDArray better = terms.total().lt(old);
        LatentArrays.keepBetterRows(better, terms.total(), bestCost, rows);
        LatentArrays.keepBetterRows(better, terms.color(), bestColor, rows);
        LatentArrays.keepBetterRows(better, terms.edge(), bestEdge, rows);
        LatentArrays.keepBetterRows(better, terms.prior(), bestPrior, rows);
        LatentArrays.keepBetterRows(better, terms.change(), bestChange, rows);
        LatentArrays.keepBetterRows(better, latentW, bestW, rows);
        LatentArrays.keepBetterRows(better, images, bestImages, rows);
    }

    /** How many candidates are stepped now. */
    int batch() {
        return batch;
    }

    /**
     * Keeps stepping only the {@code count} cheapest candidates; the others are retired as they
     * are, and later snapshots still rank them.
     *
     * @param model the generator, for the candidates' pictures
     * @param count how many to keep, fewer than now
     */
    void narrowTo(GanModel model, int count) {
        float[] cost = bestCost.toFloatArray();
        int[] order = IntStream.range(0, batch).boxed().sorted(Comparator.comparingDouble(i -> cost[i]))
                .mapToInt(Integer::intValue).toArray();
        List<Candidate> all = candidates(model);
        for (int i = count; i < order.length; i++) {
            retired.add(all.get(order[i]));
        }
        long[] kept = IntStream.of(order).limit(count).asLongStream().toArray();
        try (NDManager scope = run.newSubManager()) {
            NDArray rows = scope.create(kept);
            bestCost = LatentArrays.rows(bestCost, rows, run);
            bestColor = LatentArrays.rows(bestColor, rows, run);
            bestEdge = LatentArrays.rows(bestEdge, rows, run);
            bestPrior = LatentArrays.rows(bestPrior, rows, run);
            bestChange = LatentArrays.rows(bestChange, rows, run);
            bestW = LatentArrays.rows(bestW, rows, run);
            bestImages = LatentArrays.rows(bestImages, rows, run);
            adam.keepRows(rows, run);
        }
        batch = count;
    }

    /** The lowest cost any candidate has reached so far. */
    double lowestCost() {
        // The minimum would belong to the run's manager and stay until the edit ends: closed here.
        try (NDArray lowest = bestCost.min()) {
            return lowest.getFloat();
        }
    }

    /** Copies the best candidates to the host, ranked by cost, the retired ones among them. */
    CandidateBatch snapshot(GanModel model, int iteration, OptimizerSettings settings,
            boolean finished, boolean cancelled, long startedNanos) {
        List<Candidate> ranked = new ArrayList<>(candidates(model));
        ranked.addAll(retired);
        ranked.sort(Comparator.comparingDouble(Candidate::cost));
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        return new CandidateBatch(iteration, settings.iterations(), ranked.subList(0, Math.min(settings.keep(),
                ranked.size())), batch, finished, cancelled, millis);
    }

    /** The stepped candidates' bests, copied to the host, in row order. */
    private List<Candidate> candidates(GanModel model) {
        float[] cost = bestCost.toFloatArray();
        float[] color = bestColor.toFloatArray();
        float[] edge = bestEdge.toFloatArray();
        float[] prior = bestPrior.toFloatArray();
        float[] change = bestChange.toFloatArray();
        float[] ws = bestW.toFloatArray();
        float[] pixels = bestImages.toFloatArray();
        int latent = model.manifest().latentSize();
        int size = model.manifest().imageSize();
        int channels = model.manifest().channels();
        int perImage = channels * size * size;
        List<Candidate> list = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            float[] z = new float[latent];
            for (int d = 0; d < latent; d++) {
                z[d] = (float) Math.tanh(ws[i * latent + d]);
            }
            RasterImage image = RasterImage.fromModelRange(pixels, i * perImage, size,
                    channels, model.manifest().valueLow(), model.manifest().valueHigh());
            list.add(new Candidate(z, image, color[i], edge[i], prior[i], change[i], cost[i]));
        }
        return list;
    }
}
