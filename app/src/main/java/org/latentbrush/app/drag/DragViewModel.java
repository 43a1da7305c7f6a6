package org.latentbrush.app.drag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.latentbrush.app.document.ResultEdits;
import org.latentbrush.app.engine.DragCalls;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.DragEdit;
import org.latentbrush.bridge.api.BrushEngine;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragPoint;
import org.latentbrush.bridge.api.DragStatus;
import org.latentbrush.bridge.api.ModelInfo;

/**
 * The drag tool: the drag that moves the picture's content from handle points to their targets
 * (DragGAN), within the region that may move.
 *
 * <p>The points are placed on the canvas ({@link DragPoints}) and go to the engine in the model's
 * pixels ({@link ModelPixels}). Start runs the drag on the engine's optimiser thread; each step's
 * picture is shown as the result and the handles move to where the engine tracks them. When it
 * ends, or is stopped, its result becomes one undoable edit. Anything else that changes the
 * document meanwhile (a stroke, undo, a slider, another model) stops it and drops its result:
 * the other action wins.
 */
public final class DragViewModel {

    /** Limits of the steps a drag may take. */
    public static final int MIN_STEPS = 1;
    public static final int MAX_STEPS = 1000;

    private final ResultEdits document;
    private final LiveResult live;
    private final DragCalls calls;
    private final int canvasSide;
    private final DragPoints points;
    private final IntegerProperty steps = new SimpleIntegerProperty(BrushEngine.DEFAULT_DRAG_STEPS);
    private final BooleanProperty startOnRelease = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(DragPoints.HINT);
    private final BooleanBinding canStart;
    private Run run;

    /**
     * Creates it.
     *
     * @param document the document it edits
     * @param live the engine and its result
     * @param canvasSide the canvas side, in canvas units
     */
    public DragViewModel(ResultEdits document, LiveResult live, int canvasSide) {
        this.document = Objects.requireNonNull(document);
        this.live = Objects.requireNonNull(live);
        this.calls = new DragCalls(live);
        this.canvasSide = canvasSide;
        this.points = new DragPoints(() -> run != null, status::set, () -> {
            if (startOnRelease.get()) {
                start();
            }
        });
        this.canStart = running.not().and(Bindings.isNotEmpty(points.pairs()));
        steps.addListener((obs, old, now) -> steps.set(Math.max(MIN_STEPS, Math.min(MAX_STEPS, now.intValue()))));
        document.revisionProperty().addListener((obs, old, now) -> interrupted());
        document.strokeInProgressProperty().addListener((obs, old, now) -> {
            if (now != null) {
                interrupted();
            }
        });
        live.modelProperty().addListener((obs, old, now) -> interrupted());
        // Its own steps set the result with their latents; a result with another latent came from elsewhere.
        live.resultProperty().addListener((obs, old, now) -> {
            if (run != null && !Arrays.equals(live.currentZ(), run.shownZ)) {
                interrupted();
            }
        });
    }

    // ---- the drag ----

    /** Starts dragging the handles to their targets, from the result on screen. */
    public void start() {
        List<DragPair> pairs = points.pairs();
        if (run != null || pairs.isEmpty()) {
            return;
        }
        ModelInfo model = live.modelProperty().get();
        if (!document.isReady() || model == null) {
            status.set("The picture is not ready yet (a photo: wait for its projection)");
            return;
        }
        DocumentState before = document.currentState();
        // Stops an edit in progress, so nothing it still streams mixes with the drag's steps; the
        // image only when settled, else it is rendered again to match the latent.
        live.show(before.z(), before.anchor(), live.isIdle() ? before.image() : null, null, () -> { });
        ModelPixels pixels = new ModelPixels(canvasSide, model.imageSize());
        Run started = new Run(before, List.copyOf(pairs), pixels);
        run = started;
        running.set(true);
        progress.set(0);
        status.set("Dragging\u2026");
        List<DragPair> inModel = pairs.stream().map(pixels::toModel).toList();
        MovableRegion region = points.regionProperty().get();
        boolean[] movable = region.isEmpty() ? null : region.mask(pixels);
        calls.drag(before.z(), inModel, movable, steps.get(), s -> stepped(started, s),
                started.cancelled::get, s -> finished(started, s), failure -> failed(started, failure));
    }

    /** Stops the drag in progress; it ends with its latest result, which is kept as an edit. */
    public void stop() {
        if (run != null) {
            run.cancelled.set(true);
            status.set("Stopping\u2026");
        }
    }

    private void stepped(Run r, DragStatus s) {
        if (r != run) {
            return;
        }
        r.shownZ = s.z().clone();
        live.preview(s.z(), s.image());
        moveHandles(r, s.handles());
        progress.set(s.steps() == 0 ? 0 : (double) s.step() / s.steps());
        status.set(String.format(Locale.ROOT, "Step %d of %d \u00b7 %.1f px to go", s.step(), s.steps(),
                farthest(r.pixels)));
    }

    private void finished(Run r, DragStatus s) {
        if (r != run) {
            return;
        }
        end();
        moveHandles(r, s.handles());
        DocumentState after = new DocumentState(r.before.strokes(), s.z(), s.image(), r.before.anchor(),
                r.before.start(), true);
        document.record(new DragEdit(r.before, after, DragEdit.name(r.pairs.size(), s.stopped())));
        status.set(String.format(Locale.ROOT, "%s after %d steps (%.1f s) \u00b7 %.1f px to go",
                s.stopped() ? "Stopped" : "Done", s.step(), s.millis() / 1000.0, farthest(r.pixels)));
    }

    private void failed(Run r, Exception failure) {
        if (r != run) {
            return;
        }
        end();
        points.setPairs(r.pairs);
        if (failure instanceof CancellationException) {
            return;
        }
        // The steps shown were no edit: the picture from before comes back.
        live.show(r.before.z(), r.before.anchor(), r.before.image(), null, () -> { });
        String why = failure instanceof UnsupportedOperationException
                ? "this engine cannot drag" : FailureText.of(failure);
        status.set("The drag failed: " + why);
        document.say("The drag failed: " + why);
    }

    /** Something else changed the document: the drag stops and its result is dropped. */
    private void interrupted() {
        Run r = run;
        if (r == null) {
            return;
        }
        r.cancelled.set(true);
        end();
        points.setPairs(r.pairs);
        status.set("The drag was stopped by another change; its result was dropped");
    }

    private void end() {
        run = null;
        running.set(false);
        progress.set(0);
    }

    /** Moves the handles to where the engine tracks them (model pixels). */
    private void moveHandles(Run r, List<DragPoint> tracked) {
        if (tracked != null) {
            points.moveHandles(tracked.stream().map(r.pixels::toCanvas).toList());
        }
    }

    /** The largest distance, in model pixels, from a handle to its target. */
    private double farthest(ModelPixels pixels) {
        return points.pairs().stream().mapToDouble(p -> {
            DragPoint h = pixels.toModel(p.handle());
            DragPoint t = pixels.toModel(p.target());
            return Math.hypot(t.x() - h.x(), t.y() - h.y());
        }).max().orElse(0);
    }

    // ---- properties ----

    /** The points and the region, as the canvas places them (the drag tool's {@code DragSink}). */
    public DragPoints points() {
        return points;
    }

    /** The most steps a drag takes; it stops earlier once every handle is within a pixel of its target. */
    public IntegerProperty stepsProperty() {
        return steps;
    }

    /** Whether a drag starts as soon as a target is placed. */
    public BooleanProperty startOnReleaseProperty() {
        return startOnRelease;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running drag's progress, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the drag tool says: what to click next, the step, how it ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether Start would start a drag: points are placed and none runs. */
    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** One drag: the document before it, its points, and the latent of the step on screen. */
    private static final class Run {
        final DocumentState before;
        final List<DragPair> pairs;
        final ModelPixels pixels;
        final AtomicBoolean cancelled = new AtomicBoolean();
        float[] shownZ;

        Run(DocumentState before, List<DragPair> pairs, ModelPixels pixels) {
            this.before = before;
            this.pairs = pairs;
            this.pixels = pixels;
            this.shownZ = before.z().clone();
        }
    }
}
