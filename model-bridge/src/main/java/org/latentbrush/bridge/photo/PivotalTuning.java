package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.GeneratorSplit;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.generator.NumericGuard;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Tunes a private copy of the generator to one photo frame: Pivotal Tuning Inversion (Roich et al.
 * 2021).
 *
 * <p>Projection finds the pivot z₀ whose G(z₀) is as close to the frame as the model can get; a
 * small model gets the layout right but not the photo's look. Tuning then moves the copy's weights
 * so that G′(z₀) reproduces the frame (pixel MSE plus an edge error that gives fine detail a
 * gradient of its own, {@link ProjectionLoss}), while PTI's locality term keeps G′'s image equal
 * to G's at latents away from z₀ (random ones by default, {@link TuningSettings#localityReach()}):
 * the tuning bends the generator around the photo without breaking what edits can reach. The
 * shared model's weights are never written.
 *
 * <p>Only the layers after the first few are tuned ({@link TuningSettings#frozenLayers()}): the
 * others stay the shared model's, so a step runs nothing before the cut ({@link TuningStep}), and a
 * copy's saved weights differ from the model's only in the tuned layers. The tuning stops at the
 * target PSNR without touching the weights that reached it, or at the step limit, the time budget
 * or the user's stop with the best weights it measured ({@link BestWeights}). Every backward pass
 * is checked by {@link NumericGuard}.
 *
 * <p>Not thread-safe: the engine's gradient recording is global; the optimiser thread runs it.
 */
public final class PivotalTuning {

    private static final Set<Parameter.Type> TUNED = Set.of(
            Parameter.Type.WEIGHT, Parameter.Type.BIAS, Parameter.Type.GAMMA, Parameter.Type.BETA);

    /** The scale assumed for a tensor that is (nearly) all zeros, such as an untrained bias. */
    private static final double MIN_SCALE = 0.01;

    private final GanModel model;
    private final LongSupplier clock;

    /** @param model G, the shared model; only read */
    public PivotalTuning(GanModel model) {
        this(model, System::nanoTime);
    }

    /**
     * @param model G, the shared model; only read
     * @param clock nanoseconds, for the time budget; tests pass their own
     */
    public PivotalTuning(GanModel model, LongSupplier clock) {
        this.model = model;
        this.clock = clock;
    }

    /**
     * Tunes a copy of G to a frame at a pivot.
     *
     * @param frame the photo frame at the model's size and channels, values in [0, 1]
     * @param pivot z₀, the frame's projection
     * @param settings steps, rate, target and terms
     * @param listener receives progress on this thread
     * @param cancelled polled every step; when true tuning stops and keeps what it reached
     * @return G′ and how close it came; the caller closes it
     */
    public TunedGenerator tune(RasterImage frame, float[] pivot, TuningSettings settings,
            Consumer<TuningProgress> listener, BooleanSupplier cancelled) {
        long started = clock.getAsLong();
        ModelManifest mf = model.manifest();
        int s = mf.imageSize();
        if (frame.width() != s || frame.height() != s || frame.channels() != mf.channels()
                || pivot.length != mf.latentSize()) {
            throw new IllegalArgumentException("the frame or pivot does not fit model " + mf.name());
        }
        double psnrBefore = Projection.psnr(model.render(List.of(pivot)).get(0), frame);
        GanModel tuned = model.generatorCopy();
        try {
            Outcome outcome = new Outcome(psnrBefore);
            if (psnrBefore < settings.targetPsnr() && settings.steps() > 0) {
                GeneratorSplit tunedSplit = GeneratorSplit.afterLayers(tuned, settings.frozenLayers());
                List<Parameter> parameters = unfrozen(tunedSplit);
                try (NDManager run = tuned.manager().newSubManager()) {
                    BestWeights best = new BestWeights(parameters, run);
                    try {
                        NDArray target01 = run.create(frame.data(), new Shape(1, mf.channels(), s, s));
                        ProjectionLoss loss = ProjectionLoss.forFrame(model, target01, 0, run)
                                .withEdges(settings.edgeWeight());
                        GeneratorSplit shared = GeneratorSplit.afterLayers(model, settings.frozenLayers());
                        LocalityPool pool = settings.localityWeight() > 0 ? new LocalityPool(shared, pivot,
                                settings.localityReach(), settings.localityPool(), settings.seed(), run) : null;
                        TuningStep step = new TuningStep(shared, tunedSplit, parameters,
                                optimisers(parameters, settings), loss, settings.localityWeight(), pivot, pool, run);
                        climb(step, best, run, settings, started, listener, cancelled, outcome);
                    } finally {
                        tuned.refreezeAfterTuning();
                    }
                    outcome.psnr = Projection.psnr(tuned.render(List.of(pivot)).get(0), frame);
                    if (Projection.psnrOfMse(best.mse()) > outcome.psnr) {
                        // The last update went downhill: end with the best weights measured.
                        best.restore();
                        tuned.refreezeAfterTuning();
                        outcome.psnr = Projection.psnr(tuned.render(List.of(pivot)).get(0), frame);
                    }
                }
            }
            return new TunedGenerator(tuned, psnrBefore, outcome.psnr, outcome.steps, outcome.stopped,
                    (clock.getAsLong() - started) / 1_000_000);
        } catch (RuntimeException | Error e) {
            tuned.close();
            throw e;
        }
    }

    /** What a tuning reached: its PSNR, the updates it made, whether the user stopped it. */
    private static final class Outcome {
        double psnr;
        int steps;
        boolean stopped;

        Outcome(double psnr) {
            this.psnr = psnr;
        }
    }

    /**
     * Measures and updates until the target, the step limit, the time budget or the user stops it.
     * A pass that reaches the target makes no update, so the weights it measured are the ones kept.
     */
    private void climb(TuningStep step, BestWeights best, NDManager run, TuningSettings settings,
            long started, Consumer<TuningProgress> listener, BooleanSupplier cancelled, Outcome outcome) {
        while (outcome.steps < settings.steps()) {
            if (cancelled.getAsBoolean()) {
                outcome.stopped = true;
                return;
            }
            if ((clock.getAsLong() - started) / 1_000_000 >= settings.budgetMillis()) {
                return;
            }
            int every = settings.localityEvery();
            int neighbour = outcome.steps % every == 0 && settings.localityWeight() > 0
                    ? outcome.steps / every % settings.localityPool() : -1;
            double mse = NumericGuard.untilFinite("tuning to the photo", attempt -> step.measure(neighbour, run));
            best.offer(mse);
            double psnr = Projection.psnrOfMse(mse);
            boolean reached = psnr >= settings.targetPsnr();
            if (outcome.steps > 0 && (reached || outcome.steps == 1 || outcome.steps % settings.publishEvery() == 0)) {
                long elapsed = (clock.getAsLong() - started) / 1_000_000;
                listener.accept(new TuningProgress(outcome.steps, TuningProgress.expectedSteps(outcome.steps,
                        settings.steps(), elapsed, settings.budgetMillis()), psnr));
            }
            if (reached) {
                return;
            }
            step.apply(run);
            outcome.steps++;
        }
    }

    /**
     * One Adam per weight tensor, its rate relative to the tensor's size (root mean square): the
     * weights of these generators differ in scale by a hundredfold between layers, and one absolute
     * rate either barely moves the small ones or wrecks the large ones. The rate may fall along a
     * cosine to a fraction of itself by the step limit ({@link TuningSettings#finalRate()}).
     */
    private static List<Optimizer> optimisers(List<Parameter> parameters, TuningSettings settings) {
        List<Optimizer> list = new ArrayList<>(parameters.size());
        for (Parameter parameter : parameters) {
            NDArray w = parameter.getArray();
            double rms = Math.max(MIN_SCALE, Math.sqrt(w.square().mean().getFloat()));
            float rate = (float) (settings.learningRate() * rms);
            Tracker schedule = settings.finalRate() >= 1 ? Tracker.fixed(rate) : Tracker.cosine().setBaseValue(rate)
                    .optFinalValue((float) (rate * settings.finalRate())).setMaxUpdates(Math.max(1, settings.steps())).build();
            list.add(Adam.builder().optLearningRateTracker(schedule).build());
        }
        return list;
    }

    /** Lets the tail's trainable weights record gradients; running statistics stay fixed. */
    private static List<Parameter> unfrozen(GeneratorSplit tuned) {
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : tuned.tailParameters()) {
            if (TUNED.contains(parameter.getType())) {
                parameter.freeze(false);
                parameters.add(parameter);
            }
        }
        return parameters;
    }
}
