package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.latentbrush.bridge.generator.GanModel;

/**
 * Scores every starting latent of an edit with one forward pass, before the first Adam step.
 *
 * <p>Two things come of it. The edit has a ranked result at once, which the optimiser streams as
 * its first preview (the current result or the encoder's guess, judged against the new strokes).
 * And when there are more random draws than free slots, only the cheapest draws are optimised: a
 * forward pass costs a third of a step, so screening many draws buys much of what iGAN's many
 * restarts buy at a fraction of their cost.
 */
final class StartScreen {

    private StartScreen() {}

    /**
     * How many starts beyond the candidates the first scoring pass takes: a pass that small
     * returns in a fraction of the time a full screen takes, so the first preview comes early.
     */
    private static final int FIRST_PASS_EXTRA = 16;

    /**
     * Starts scored per forward pass after the first. One pass over the other 112 draws of the
     * live protocol took 1.2 s on one core, passes of 24 about 0.6 s: a large batch's activations
     * outgrow the caches. The screen is not interrupted between passes: an edit superseded while
     * the stroke grows hands its screened starts on, and a screen cut short lost the good draws
     * (a drawn stroke's colour error rose fourfold when it was).
     */
    private static final int PASS = 24;

    /**
     * Scores the starts and sets up the edit's state with the chosen ones, already remembered as
     * each candidate's best so far. When screening, the first few starts are scored and shown as
     * a preview before the rest.
     *
     * @param model the generator
     * @param starts the starting latents, kept ones first
     * @param loss the edit's objective
     * @param anchor z₀ of the prior term
     * @param settings how many candidates to optimise
     * @param run the edit's manager, which owns the returned state
     * @param preview receives the ranked starts after each pass but the last; not called when there
     *     is one pass only
     * @return the state of an edit that has taken no step yet
     */
    static RunState score(GanModel model, StartingBatch starts, EditLoss loss, NDArray anchor,
            OptimizerSettings settings, NDManager run, Consumer<RunState> preview) {
        int candidates = settings.candidates();
        try (NDManager scope = run.newSubManager()) {
            NDArray z = starts.latents(scope);
            int firstPass = candidates + FIRST_PASS_EXTRA;
            Scored all;
            if (starts.count() > firstPass) {
                Scored first = Scored.of(model, loss, anchor, z.get("0:{}", firstPass));
                try (NDManager previewScope = scope.newSubManager()) {
                    preview.accept(chosen(first, starts.kept(), candidates, previewScope, settings));
                }
                all = first;
                for (int from = firstPass; from < starts.count(); from += PASS) {
                    int to = Math.min(starts.count(), from + PASS);
                    all = all.concat(Scored.of(model, loss, anchor, z.get("{}:{}", from, to)));
                    if (to < starts.count()) {
                        // A picture per pass, so the canvas keeps changing while the screen runs.
                        try (NDManager previewScope = scope.newSubManager()) {
                            preview.accept(chosen(all, starts.kept(), candidates, previewScope, settings));
                        }
                    }
                }
            } else {
                all = Scored.of(model, loss, anchor, z);
            }
            return chosen(all, starts.kept(), candidates, run, settings);
        }
    }

    /** A state over the kept starts and the cheapest others, owned by {@code owner}. */
    private static RunState chosen(Scored scored, int kept, int candidates, NDManager owner,
            OptimizerSettings settings) {
        Scored picked = scored;
        if (scored.count() > candidates) {
            long[] chosen = choose(scored.terms().total().toFloatArray(), kept, candidates);
            picked = scored.pick(new NDIndex("{}", scored.z().getManager().create(chosen)));
        }
        NDArray w = LatentArrays.atanh(picked.z());
        RunState state = new RunState(owner, LatentArrays.keep(w, owner), settings);
        state.remember(w, picked.images(), picked.terms());
        return state;
    }

    /** Latents with their images and costs, all in one scope. */
    private record Scored(NDArray z, NDArray images, EditLoss.Terms terms) {

        static Scored of(GanModel model, EditLoss loss, NDArray anchor, NDArray z) {
            NDArray images = model.generate(z);
            return new Scored(z, images, loss.evaluate(images, z, anchor));
        }

        int count() {
            return (int) z.getShape().get(0);
        }

        Scored pick(NDIndex rows) {
            return new Scored(z.get(rows), images.get(rows), terms.get(rows));
        }

        Scored concat(Scored more) {
            return new Scored(z.concat(more.z), images.concat(more.images),
                    terms.concat(more.terms));
        }
    }

    /**
     * The kept starts and then the cheapest draws, as many as there are candidates.
     *
     * @param cost each start's cost
     * @param kept how many leading starts to keep whatever they cost
     * @param candidates how many to choose
     * @return indices into the starts
     */
    static long[] choose(float[] cost, int kept, int candidates) {
        IntStream keptOnes = IntStream.range(0, kept);
        IntStream cheapestDraws = IntStream.range(kept, cost.length).boxed()
                .sorted(Comparator.comparingDouble(i -> cost[i]))
                .limit(candidates - kept).mapToInt(Integer::intValue);
        return IntStream.concat(keptOnes, cheapestDraws).asLongStream().toArray();
    }
}
