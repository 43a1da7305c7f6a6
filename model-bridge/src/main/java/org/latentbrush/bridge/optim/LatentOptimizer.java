package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.latentbrush.bridge.constraint.ConstraintMaps;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.StrokeRasterizer;
import org.latentbrush.bridge.generator.GanModel;

/**
 * Finds latents whose images meet the strokes: Adam over a batch of candidates, z = tanh(w).
 *
 * <p>The tanh keeps every z inside the uniform prior's support [−1, 1] whatever Adam does (iGAN's
 * parametrisation). Each iteration's arrays live in a sub-manager closed at the iteration's end; only
 * w, Adam's moments and the per-candidate best-so-far survive between iterations, so memory does not
 * grow with the number of iterations or edits.
 *
 * <p>One optimiser runs at a time per model: the engine's gradient recording is global.
 */
public final class LatentOptimizer {

    private final GanModel model;
    /** Random starts with their pictures rendered ahead, or {@code null}; used once complete. */
    private final StartBank bank;

    public LatentOptimizer(GanModel model) {
        this(model, null);
    }

    LatentOptimizer(GanModel model, StartBank bank) {
        this.model = model;
        this.bank = bank;
    }

    /**
     * An optimiser whose screened edits start from a full {@link StartBank}, rendered now, as the
     * editor's optimiser has once it has been idle a few seconds: for benchmarks and the command
     * line, whose edits should start as the editor's do.
     *
     * @param model the generator
     * @return the optimiser
     */
    public static LatentOptimizer withStartBank(GanModel model) {
        StartBank bank = new StartBank(model.manifest(), StartBank.CAPACITY);
        while (!bank.isComplete()) {
            bank.grow(model, StartBank.CHUNK);
        }
        return new LatentOptimizer(model, bank);
    }

    /**
     * Runs one edit.
     *
     * @param set the strokes
     * @param start the current result and anchor
     * @param settings the tunables
     * @param listener receives snapshots on this thread: the scored starts before the first
     *     iteration, then every {@code publishEvery} iterations and between step groups, and the
     *     final one
     * @param cancelled polled every iteration, and between step groups; when true the run stops and
     *     returns the best so far
     * @return the final snapshot
     */
    public CandidateBatch optimize(ConstraintSet set, EditStart start, OptimizerSettings settings,
            Consumer<CandidateBatch> listener, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        ConstraintMaps maps = StrokeRasterizer.rasterize(set, model.manifest().imageSize());
        double priorWeight = start.isFixed() ? settings.priorWeight() : 0;
        try (NDManager run = model.manager().newSubManager()) {
            StartingBatch starts = new StartingBatch(model, settings, start, maps, bank);
            EditLoss loss = new EditLoss(maps, model.manifest().channels(), model.manifest().valueLow(),
                    model.manifest().valueHigh(), settings, priorWeight,
                    continuity(maps, starts, settings, run), run);
            NDArray anchor = run.create(starts.anchor(), new Shape(1, model.manifest().latentSize()));
            // Scoring the starts first gives even a run superseded at once a best result to hand
            // over, and the user a first preview before the first (slower) step.
            RunState state = StartScreen.score(model, starts, loss, anchor, settings, run, preview ->
                    listener.accept(preview.snapshot(model, 0, settings, false, false, started)));
            // A continuation scores every candidate it carries, the retired ones too, so that its
            // snapshots rank a full gallery; it steps only as many as the stroke's clock allows.
            int keepNow = settings.narrowing().sizeAfter(start.carriedIterations(), state.batch());
            if (keepNow < state.batch()) {
                state.narrowTo(model, keepNow);
            }
            if (settings.iterations() > 0) {
                listener.accept(state.snapshot(model, 0, settings, false, false, started));
            }
            int done = 0;
            boolean stopped = false;
            double[] lowest = new double[settings.iterations()];
            while (done < settings.iterations()) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                int iteration = done;
                boolean whole = step(run, state, loss, anchor, settings, () -> {
                    listener.accept(state.snapshot(model, iteration, settings, false, false, started));
                    return !cancelled.getAsBoolean();
                });
                done++;
                if (!whole) {
                    stopped = true;
                    break;
                }
                // Counted from the stroke's first edit, so a stroke drawn over many superseded
                // edits narrows as if one edit had run all along.
                int keep = settings.narrowing().keepAfter(start.carriedIterations() + done, state.batch());
                if (keep < state.batch()) {
                    // Ranked by each candidate's best so far; the step just taken is judged by the next.
                    state.narrowTo(model, keep);
                }
                if (settings.earlyStop().enabled()) {
                    lowest[done - 1] = state.lowestCost();
                    if (settings.earlyStop().shouldStop(lowest, done, start.carriedIterations() > 0)) {
                        break;
                    }
                }
                if (done % settings.publishEvery() == 0 && done < settings.iterations()) {
                    listener.accept(state.snapshot(model, done, settings, false, false, started));
                }
            }
            // The last step moved the latents past anything scored: score where they ended.
            if (!stopped && done > 0) {
                evaluateOnly(run, state, loss, anchor);
            }
            CandidateBatch last = state.snapshot(model, done, settings, true, stopped, started);
            listener.accept(last);
            return last;
        }
    }

    /** The change from the current result, or {@code null} when there is none or it weighs 0. */
    private ContinuityTerm continuity(ConstraintMaps maps, StartingBatch starts,
            OptimizerSettings settings, NDManager run) {
        if (starts.currentPicture() == null || settings.continuityWeight() == 0) {
            return null;
        }
        int s = model.manifest().imageSize();
        NDArray picture = run.create(starts.currentPicture().data(),
                new Shape(1, model.manifest().channels(), s, s));
        return new ContinuityTerm(maps, picture, run);
    }

    /** What one evaluation of the candidates yields. */
    private record Evaluation(NDArray images, EditLoss.Terms terms) {}

    /**
     * One Adam step on w, recording the pre-step candidates as best-so-far where they improved. A
     * batch larger than the settings' step group is stepped a group at a time, with a snapshot
     * between groups so the canvas gets a picture sooner.
     *
     * @param between publishes the picture between two groups and says whether to go on
     * @return false when {@code between} stopped the iteration before its last group
     */
    private boolean step(NDManager run, RunState state, EditLoss loss, NDArray anchor,
            OptimizerSettings settings, BooleanSupplier between) {
        int batch = state.batch();
        int group = settings.stepGroup();
        Function<NDArray, LatentAdam.Pass<Evaluation>> pass = z -> {
            NDArray images = model.generate(z);
            EditLoss.Terms terms = loss.evaluate(images, z, anchor);
            return new LatentAdam.Pass<>(terms.total(), new Evaluation(images, terms));
        };
        if (group == 0 || batch <= group) {
            try (NDManager scope = run.newSubManager()) {
                state.adam.step(scope, settings.learningRate(), settings.beta1(), settings.beta2(), pass,
                        (w, evaluation) -> state.remember(w, evaluation.images().stopGradient(),
                                evaluation.terms()));
            }
            return true;
        }
        state.adam.tick();
        for (int from = 0; from < batch; from += group) {
            if (from > 0 && !between.getAsBoolean()) {
                return false;
            }
            NDIndex rows = new NDIndex("{}:{}", from, Math.min(batch, from + group));
            try (NDManager scope = run.newSubManager()) {
                state.adam.stepRows(scope, rows, settings.learningRate(), settings.beta1(),
                        settings.beta2(), pass, (w, evaluation) -> state.rememberRows(rows, w,
                                evaluation.images().stopGradient(), evaluation.terms()));
            }
        }
        return true;
    }

    /** Scores the latents after the last step, which no step has evaluated yet. */
    private void evaluateOnly(NDManager run, RunState state, EditLoss loss, NDArray anchor) {
        try (NDManager scope = run.newSubManager()) {
            NDArray w = state.adam.w().duplicate();
            w.attach(scope);
            NDArray z = w.tanh();
            NDArray images = model.generate(z);
            state.remember(w, images, loss.evaluate(images, z, anchor));
        }
    }
}
