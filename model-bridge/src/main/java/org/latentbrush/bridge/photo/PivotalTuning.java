package org.latentbrush.bridge.photo;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.generator.NumericGuard;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Tunes a private copy of the generator to one photo frame: Pivotal Tuning Inversion (Roich et al.
 * 2021).
 *
 * <p>Projection finds the pivot z₀ whose G(z₀) is as close to the frame as the model can get; a
 * small model gets the layout right but not the photo's look. Tuning then moves the copy's weights
 * so that G′(z₀) reproduces the frame (pixel MSE plus the projection's feature distance), while PTI's
 * locality term keeps G′'s image equal to G's at a latent part of the way from z₀ to a random one,
 * drawn afresh each step: the tuning bends the generator around the photo without breaking what
 * edits near it can reach. The shared model's weights are never written.
 *
 * <p>The pivot and the locality latent run as one batch of two (batch norm runs in inference mode,
 * so they do not interact). Every backward pass is checked by {@link NumericGuard}.
 *
 * <p>Not thread-safe: the engine's gradient recording is global; the optimiser thread runs it.
 */
public final class PivotalTuning {

    private static final Set<Parameter.Type> TUNED = Set.of(
            Parameter.Type.WEIGHT, Parameter.Type.BIAS, Parameter.Type.GAMMA, Parameter.Type.BETA);

    private static final NDIndex ALL = new NDIndex("...");

    /** The scale assumed for a tensor that is (nearly) all zeros, such as an untrained bias. */
    private static final double MIN_SCALE = 0.01;

    private final GanModel model;

    /** @param model G, the shared model; only read */
    public PivotalTuning(GanModel model) {
        this.model = model;
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
        long started = System.nanoTime();
        ModelManifest mf = model.manifest();
        int s = mf.imageSize();
        if (frame.width() != s || frame.height() != s || frame.channels() != mf.channels()
                || pivot.length != mf.latentSize()) {
            throw new IllegalArgumentException("the frame or pivot does not fit model " + mf.name());
        }
        double psnrBefore = Projection.psnr(model.render(List.of(pivot)).get(0), frame);
        GanModel tuned = model.generatorCopy();
        try {
            int steps = 0;
            boolean stopped = false;
            double psnr = psnrBefore;
            if (psnrBefore < settings.targetPsnr() && settings.steps() > 0) {
                List<Parameter> parameters = unfrozen(tuned);
                List<Optimizer> adam = optimisers(parameters, settings);
                SplittableRandom random = new SplittableRandom(settings.seed());
                try (NDManager run = tuned.manager().newSubManager()) {
                    NDArray target01 = run.create(frame.data(), new Shape(1, mf.channels(), s, s));
                    ProjectionLoss loss = ProjectionLoss.forFrame(model, target01, settings.featureWeight(), run);
                    while (steps < settings.steps()) {
                        if (cancelled.getAsBoolean()) {
                            stopped = true;
                            break;
                        }
                        float[] latents = pivotAndNeighbour(pivot, random, settings.localityReach());
                        double mse = NumericGuard.untilFinite("tuning to the photo",
                                attempt -> step(run, tuned, parameters, adam, loss, latents, settings));
                        steps++;
                        psnr = Projection.psnrOfMse(mse);
                        if (steps == 1 || steps % settings.publishEvery() == 0) {
                            listener.accept(new TuningProgress(steps, settings.steps(), psnr));
                        }
                        if (psnr >= settings.targetPsnr()) {
                            break;
                        }
                    }
                } finally {
                    tuned.refreezeAfterTuning();
                }
                psnr = Projection.psnr(tuned.render(List.of(pivot)).get(0), frame);
            }
            return new TunedGenerator(tuned, psnrBefore, psnr, steps, stopped,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | Error e) {
            tuned.close();
            throw e;
        }
    }

    /** The pivot, then a latent part of the way from it toward a uniform random one, inside [−1, 1]. */
    private float[] pivotAndNeighbour(float[] pivot, SplittableRandom random, double reach) {
        int d = pivot.length;
        float[] latents = new float[2 * d];
        System.arraycopy(pivot, 0, latents, 0, d);
        for (int i = 0; i < d; i++) {
            double far = 2 * random.nextDouble() - 1;
            latents[d + i] = (float) Math.max(-1, Math.min(1, pivot[i] + reach * (far - pivot[i])));
        }
        return latents;
    }

    /**
     * One forward and backward pass and, when its gradients are finite, one Adam update.
     *
     * @return the pivot's pixel MSE before the update, or empty when the pass must be repeated
     */
    private Optional<Double> step(NDManager run, GanModel tuned, List<Parameter> parameters,
            List<Optimizer> adam, ProjectionLoss loss, float[] latents, TuningSettings settings) {
        try (NDManager scope = run.newSubManager()) {
            NDArray z = scope.create(latents, new Shape(2, latents.length / 2));
            // G's image of the neighbour; run on both latents because PyTorch sends a batch of one
            // to a slower convolution path (which also logs a warning per layer on this CPU).
            NDArray kept = model.generate(z).get("1:");
            NDArray pixel;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray images = tuned.generate(z);
                // Scored as a batch of two for the same reason; only the pivot's terms count.
                ProjectionLoss.Terms terms = loss.evaluate(images);
                NDArray locality = images.get("1:").sub(kept).square().mean();
                NDArray total = terms.total().get("0:1").sum().add(locality.mul(settings.localityWeight()));
                collector.backward(total);
                pixel = terms.pixel().get("0:1");
            }
            List<NDArray> gradients = new ArrayList<>(parameters.size());
            for (Parameter parameter : parameters) {
                NDArray gradient = parameter.getArray().getGradient();
                gradient.attach(scope);
                gradients.add(gradient);
            }
            if (!NumericGuard.allFinite(gradients, scope)) {
                for (NDArray gradient : gradients) {
                    gradient.set(ALL, 0f);
                }
                return Optional.empty();
            }
            for (int i = 0; i < parameters.size(); i++) {
                Parameter parameter = parameters.get(i);
                adam.get(i).update(parameter.getId(), parameter.getArray(), gradients.get(i));
            }
            return Optional.of((double) pixel.getFloat());
        }
    }

    /**
     * One Adam per weight tensor, its rate relative to the tensor's size (root mean square): the
     * weights of these generators differ in scale by a hundredfold between layers, and one absolute
     * rate either barely moves the small ones or wrecks the large ones. The rate falls along a
     * cosine to a tenth: large steps to bend the generator, small ones to settle.
     */
    private static List<Optimizer> optimisers(List<Parameter> parameters, TuningSettings settings) {
        List<Optimizer> list = new ArrayList<>(parameters.size());
        for (Parameter parameter : parameters) {
            NDArray w = parameter.getArray();
            double rms = Math.max(MIN_SCALE, Math.sqrt(w.square().mean().getFloat()));
            float rate = (float) (settings.learningRate() * rms);
            list.add(Adam.builder().optLearningRateTracker(Tracker.cosine().setBaseValue(rate)
                    .optFinalValue(rate / 10).setMaxUpdates(Math.max(1, settings.steps())).build()).build());
        }
        return list;
    }

    /** Lets the copy's trainable weights record gradients; running statistics stay fixed. */
    private static List<Parameter> unfrozen(GanModel tuned) {
        List<Parameter> parameters = new ArrayList<>();
        tuned.generatorBlock().getParameters().forEach(pair -> {
            if (TUNED.contains(pair.getValue().getType())) {
                pair.getValue().freeze(false);
                parameters.add(pair.getValue());
            }
        });
        return parameters;
    }
}
