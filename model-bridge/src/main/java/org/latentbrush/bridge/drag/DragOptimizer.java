package org.latentbrush.bridge.drag;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.optim.LatentAdam;
import org.latentbrush.bridge.optim.LatentArrays;

/**
 * Drags the content under handle points to target points by optimising the latent, as DragGAN
 * (Pan et al. 2023) does: each step pulls the features around every handle one small step toward
 * its target ({@link MotionSupervision}), optionally holds the features outside a movable region
 * ({@link RegionHold}), moves z = tanh(w) by Adam ({@link LatentAdam}), and finds each handle again
 * in the new features ({@link PointTracker}).
 *
 * <p>Each step is one forward and backward pass of the generator; its arrays live in a
 * sub-manager closed at the step's end. Not thread-safe, like the model.
 *
 * <pre>{@code
 * DragProgress last = new DragOptimizer(model, DragSettings.defaults()).drag(z,
 *         List.of(new ImagePoint(20, 30)), List.of(new ImagePoint(32, 30)), null, 80,
 *         step -> show(step.image()), () -> false);
 * }</pre>
 */
public final class DragOptimizer {

    private final GanModel model;
    private final DragSettings settings;
    private final GeneratorFeatures features;
    private final MotionSupervision motion;
    private final PointTracker tracker;

    /**
     * Prepares drags on a model.
     *
     * @param model the generator to drag with
     * @param settings the tunables
     * @throws IllegalArgumentException when the model has no feature map of the settings' size
     */
    public DragOptimizer(GanModel model, DragSettings settings) {
        this.model = model;
        this.settings = settings;
        this.features = new GeneratorFeatures(model, settings.featureReduction());
        this.motion = new MotionSupervision(features.grid(), settings);
        this.tracker = new PointTracker(features.grid(), settings.trackingRadius(),
                settings.trackingPatchRadius(), model.manifest().imageSize());
    }

    /** What one evaluation of a latent yields on the host. */
    private record Evaluated(List<ImagePoint> handles, float[] z, RasterImage image) {}

    /**
     * Runs one drag.
     *
     * @param start the latent to start from, in [−1, 1]
     * @param handles the points whose content moves, in model pixels
     * @param targets where each handle's content should go, in the same order
     * @param movable row-major image-sized mask, true where content may move, or {@code null}
     * @param steps the most Adam steps; the drag stops sooner when every handle has arrived
     * @param listener receives every step's state, the last one finished, on this thread
     * @param cancelled polled before every step; a cancelled drag ends with the latent it reached
     * @return the last state
     * @throws IllegalArgumentException when the points, mask, latent or steps do not fit the model
     */
    public DragProgress drag(float[] start, List<ImagePoint> handles, List<ImagePoint> targets,
            boolean[] movable, int steps, Consumer<DragProgress> listener, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        check(start, handles, targets, movable, steps);
        ModelManifest mf = model.manifest();
        try (NDManager run = model.manager().newSubManager()) {
            LatentAdam adam = new LatentAdam(LatentArrays.atanh(
                    run.create(start, new Shape(1, mf.latentSize()))));
            List<float[]> references = new ArrayList<>();
            RegionHold hold = startingFeatures(run, adam.w(), handles, targets, movable, references);
            List<ImagePoint> current = List.copyOf(handles);
            for (int done = 0; ; done++) {
                boolean stop = cancelled.getAsBoolean();
                if (stop || done == steps) {
                    Evaluated end = evaluate(run, adam.w(), current, references, done > 0);
                    return publish(listener, done, steps, end, true, stop, started);
                }
                Evaluated now = step(run, adam, current, targets, references, hold, done > 0);
                current = now.handles();
                if (allArrived(current, targets)) {
                    // This state is the one whose handles arrived; the step taken from it is dropped.
                    return publish(listener, done, steps, now, true, false, started);
                }
                publish(listener, done, steps, now, false, false, started);
            }
        }
    }

    private void check(float[] start, List<ImagePoint> handles, List<ImagePoint> targets,
            boolean[] movable, int steps) {
        ModelManifest mf = model.manifest();
        int size = mf.imageSize();
        if (start == null || start.length != mf.latentSize()) {
            throw new IllegalArgumentException("the starting latent must have " + mf.latentSize() + " values");
        }
        if (handles.isEmpty() || handles.size() != targets.size()) {
            throw new IllegalArgumentException("a drag needs at least one handle and one target per handle, had "
                    + handles.size() + " handles and " + targets.size() + " targets");
        }
        for (int i = 0; i < handles.size(); i++) {
            if (!handles.get(i).isInside(size) || !targets.get(i).isInside(size)) {
                throw new IllegalArgumentException("handle " + (i + 1) + " or its target lies outside the "
                        + size + "x" + size + " image");
            }
        }
        if (movable != null && movable.length != size * size) {
            throw new IllegalArgumentException("the movable mask must have " + size * size + " values, had "
                    + movable.length);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("a drag needs at least one step, was " + steps);
        }
    }

    /**
     * Reads the starting features: each handle's signature for the tracker, and the whole map for
     * the mask term, or without a mask for the continuity term, when it weighs anything.
     */
    private RegionHold startingFeatures(NDManager run, NDArray w, List<ImagePoint> handles,
            List<ImagePoint> targets, boolean[] movable, List<float[]> references) {
        try (NDManager scope = run.newSubManager()) {
            NDArray z = w.duplicate();
            z.attach(scope);
            NDArray map = features.forward(z.tanh()).map();
            int channels = (int) map.getShape().get(1);
            float[] host = map.toFloatArray();
            for (ImagePoint h : handles) {
                references.add(tracker.signature(host, channels, h));
            }
            boolean[] held = movable;
            double weight = settings.maskWeight();
            if (movable == null) {
                held = DragRegion.around(handles, targets, settings.continuityRadius(), model.manifest().imageSize());
                weight = settings.continuityWeight();
            }
            if (weight == 0) {
                return null;
            }
            return new RegionHold(LatentArrays.keep(map, run), features.grid().heldShare(held), weight, run);
        }
    }

    /** One Adam step from the current latent; returns that latent's state, handles tracked in it. */
    private Evaluated step(NDManager run, LatentAdam adam, List<ImagePoint> last, List<ImagePoint> targets,
            List<float[]> references, RegionHold hold, boolean track) {
        try (NDManager scope = run.newSubManager()) {
            return adam.step(scope, settings.learningRate(), DragSettings.BETA1, DragSettings.BETA2, z -> {
                GeneratorFeatures.Features f = features.forward(z);
                List<ImagePoint> handles = track ? tracked(f.map(), last, references) : last;
                NDArray loss = motion.loss(f.map(), handles, targets, scope);
                if (hold != null) {
                    loss = loss.add(hold.loss(f.map()));
                }
                return new LatentAdam.Pass<>(loss, new Evaluated(handles, z.stopGradient().toFloatArray(),
                        image(f.image())));
            }, (w, evaluated) -> { });
        }
    }

    /** The state of a latent without a step, for the end of a drag. */
    private Evaluated evaluate(NDManager run, NDArray w, List<ImagePoint> last, List<float[]> references,
            boolean track) {
        try (NDManager scope = run.newSubManager()) {
            NDArray z = w.duplicate();
            z.attach(scope);
            z = z.tanh();
            GeneratorFeatures.Features f = features.forward(z);
            List<ImagePoint> handles = track ? tracked(f.map(), last, references) : last;
            return new Evaluated(handles, z.toFloatArray(), image(f.image()));
        }
    }

    private List<ImagePoint> tracked(NDArray map, List<ImagePoint> last, List<float[]> references) {
        int channels = (int) map.getShape().get(1);
        float[] host = map.toFloatArray();
        List<ImagePoint> found = new ArrayList<>(last.size());
        for (int i = 0; i < last.size(); i++) {
            found.add(tracker.track(host, channels, references.get(i), last.get(i)));
        }
        return found;
    }

    private boolean allArrived(List<ImagePoint> handles, List<ImagePoint> targets) {
        for (int i = 0; i < handles.size(); i++) {
            if (!motion.arrived(handles.get(i), targets.get(i))) {
                return false;
            }
        }
        return true;
    }

    private RasterImage image(NDArray images) {
        ModelManifest mf = model.manifest();
        return RasterImage.fromModelRange(images.toFloatArray(), 0, mf.imageSize(), mf.channels(),
                mf.valueLow(), mf.valueHigh());
    }

    private static DragProgress publish(Consumer<DragProgress> listener, int step, int steps, Evaluated state,
            boolean finished, boolean stopped, long started) {
        DragProgress progress = new DragProgress(step, steps, state.handles(), state.z(), state.image(),
                finished, stopped, (System.nanoTime() - started) / 1_000_000);
        listener.accept(progress);
        return progress;
    }
}
