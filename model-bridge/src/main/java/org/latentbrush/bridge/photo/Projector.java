package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.optim.LatentAdam;

/**
 * Projects a framed photo into the latent space: finds z₀ whose image G(z₀) is closest to it.
 *
 * <p>iGAN's hybrid: the encoder's guess, refined by Adam on z = tanh(w) (so z stays in the prior's
 * support), side by side with a few random starts in one batch, in case the guess sits in a poor
 * basin. The objective is {@link ProjectionLoss}. The encoder-only and optimise-only methods are
 * the hybrid's two halves. Each iteration's arrays live in a sub-manager closed at its end.
 *
 * <pre>{@code
 * Projection p = new Projector(model).project(frame.image(), ProjectionSettings.defaults(),
 *         progress -> {}, () -> false);
 * }</pre>
 *
 * <p>Not thread-safe, like the model: the engine's gradient recording is global.
 */
public final class Projector {

    /** Random starts are drawn inside ±0.9, not ±1, so none starts where tanh is flat. */
    private static final double RANDOM_RANGE = 0.9;

    private final GanModel model;

    public Projector(GanModel model) {
        this.model = model;
    }

    /**
     * Projects a frame.
     *
     * @param frame the photo at the model's size and channels, values in [0, 1]
     * @param settings the method and tunables
     * @param listener receives progress on this thread after the first iteration and every
     *     {@code publishEvery} iterations
     * @param cancelled polled every iteration; when true the run stops and returns the best so far
     * @return z₀, its image and how close it is
     * @throws IllegalArgumentException if the frame does not fit the model, or the encoder method is
     *     asked of a model without an encoder
     */
    public Projection project(RasterImage frame, ProjectionSettings settings,
            Consumer<ProjectionProgress> listener, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        ModelManifest mf = model.manifest();
        int s = mf.imageSize();
        if (frame.width() != s || frame.height() != s || frame.channels() != mf.channels()) {
            throw new IllegalArgumentException("the frame is " + frame.width() + "x" + frame.height() + "x"
                    + frame.channels() + ", the model needs " + s + "x" + s + "x" + mf.channels());
        }
        ProjectionMethod method = settings.method();
        if (!model.hasEncoder()) {
            if (method == ProjectionMethod.ENCODER) {
                throw new IllegalArgumentException("model " + mf.name() + " has no encoder; "
                        + "use the hybrid or optimize method");
            }
            method = ProjectionMethod.OPTIMIZE;
        }
        float[] z;
        int done = 0;
        boolean stopped = false;
        try (NDManager run = model.manager().newSubManager()) {
            NDArray target01 = run.create(frame.data(), new Shape(1, mf.channels(), s, s));
            NDArray target = target01.mul(mf.valueHigh() - mf.valueLow()).add(mf.valueLow());
            float[] guess = method == ProjectionMethod.OPTIMIZE ? null
                    : model.encode(target).orElseThrow().toFloatArray();
            if (method == ProjectionMethod.ENCODER) {
                z = guess;
            } else {
                ProjectionLoss loss = ProjectionLoss.forFrame(model, target01, settings.featureWeight(), run);
                int count = settings.randomStarts() + 1;
                ProjectionState state = new ProjectionState(run,
                        run.create(starts(guess, count, mf.latentSize(), settings.seed()),
                                new Shape(count, mf.latentSize())));
                for (; done < settings.iterations(); done++) {
                    if (cancelled.getAsBoolean()) {
                        stopped = true;
                        break;
                    }
                    step(run, state, loss, settings.learningRate());
                    if (done == 0 || (done + 1) % settings.publishEvery() == 0) {
                        listener.accept(new ProjectionProgress(done + 1, settings.iterations(),
                                Projection.psnrOfMse(state.bestPixelMse())));
                    }
                }
                evaluateOnly(run, state, loss);
                z = state.bestZ();
            }
        }
        RasterImage reconstruction = model.render(List.of(z)).get(0);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Projection(z, reconstruction, Projection.psnr(reconstruction, frame), method, done,
                stopped, millis);
    }

    /** The encoder's guess first (when there is one), then uniform random starts. */
    private static float[] starts(float[] guess, int count, int latent, long seed) {
        float[] z = new float[count * latent];
        SplittableRandom random = new SplittableRandom(seed);
        int first = 0;
        if (guess != null) {
            System.arraycopy(guess, 0, z, 0, latent);
            first = 1;
        }
        for (int i = first * latent; i < z.length; i++) {
            z[i] = (float) (RANDOM_RANGE * (2 * random.nextDouble() - 1));
        }
        return z;
    }

    /** One Adam step on w, recording the pre-step latents as best-so-far where they improved. */
    private void step(NDManager run, ProjectionState state, ProjectionLoss loss, double learningRate) {
        try (NDManager scope = run.newSubManager()) {
            state.adam.step(scope, learningRate, ProjectionSettings.BETA1, ProjectionSettings.BETA2,
                    z -> {
                        ProjectionLoss.Terms terms = loss.evaluate(model.generate(z));
                        return new LatentAdam.Pass<>(terms.total(), terms);
                    },
                    state::remember);
        }
    }

    /** Scores the latents after the last step, which no step has evaluated yet. */
    private void evaluateOnly(NDManager run, ProjectionState state, ProjectionLoss loss) {
        try (NDManager scope = run.newSubManager()) {
            NDArray w = state.adam.w().duplicate();
            w.attach(scope);
            state.remember(w, loss.evaluate(model.generate(w.tanh())));
        }
    }
}
