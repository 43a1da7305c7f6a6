package org.latentbrush.app.drag;

import java.util.ArrayList;
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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentbrush.app.document.ResultEdits;
import org.latentbrush.app.engine.DragCalls;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.DragEdit;
import org.latentbrush.app.tools.DragSink;
import org.latentbrush.bridge.api.BrushEngine;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragPoint;
import org.latentbrush.bridge.api.DragStatus;
import org.latentbrush.bridge.api.ModelInfo;

/**
 * The drag tool: handle points and their targets, the region that may move, and the drag that
 * moves the picture's content from the handles to the targets (DragGAN).
 *
 * <p>Points live in canvas coordinates and go to the engine in the model's pixels. A click places
 * a handle and the next one its target; pressing on a handle's place and releasing elsewhere makes
 * both in one gesture. Shift+drag paints the region. Start runs the drag on the engine's optimiser
 * thread; each step's picture is shown as the result and the handles move to where the engine
 * tracks them. When it ends, or is stopped, its result becomes one undoable edit. Anything else
 * that changes the document meanwhile (a stroke, undo, a slider, another model) stops it and
 * drops its result: the other action wins.
 */
public final class DragViewModel implements DragSink {

    /** A press and a release this far apart (canvas units) make a handle and its target at once. */
    static final double GESTURE_DISTANCE = 6;
    /** Limits of the steps a drag may take. */
    public static final int MIN_STEPS = 1;
    public static final int MAX_STEPS = 1000;
    private static final String HINT = "Click a handle, then where it should go";

    private final ResultEdits document;
    private final LiveResult live;
    private final DragCalls calls;
    private final int canvasSide;
    private final ObservableList<DragPair> pairs = FXCollections.observableArrayList();
    private final ObservableList<DragPair> readOnlyPairs = FXCollections.unmodifiableObservableList(pairs);
    private final ReadOnlyObjectWrapper<DragPoint> pendingHandle = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DragPoint> pointer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MovableRegion> region = new ReadOnlyObjectWrapper<>(MovableRegion.none());
    private final IntegerProperty steps = new SimpleIntegerProperty(BrushEngine.DEFAULT_DRAG_STEPS);
    private final BooleanProperty startOnRelease = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(HINT);
    private final BooleanBinding canStart = running.not().and(Bindings.isNotEmpty(pairs));
    private Run run;
    private boolean paintingRegion;
    private boolean pressPlacedHandle;

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

    // ---- points and region, from the canvas ----

    @Override
    public void pressed(double x, double y, boolean paintRegion, double radius) {
        pressPlacedHandle = false;
        paintingRegion = false;
        if (run != null) {
            status.set("Stop the drag to change its points");
            return;
        }
        if (paintRegion) {
            paintingRegion = true;
            region.set(region.get().begin(x, y, radius));
            return;
        }
        DragPoint p = new DragPoint(x, y);
        DragPoint handle = pendingHandle.get();
        if (handle == null) {
            pendingHandle.set(p);
            pressPlacedHandle = true;
            status.set("Now click where it should go");
        } else {
            addPair(new DragPair(handle, p));
        }
    }

    @Override
    public void dragged(double x, double y) {
        if (paintingRegion) {
            region.set(region.get().extend(x, y));
        } else if (pressPlacedHandle) {
            pointer.set(new DragPoint(x, y));
        }
    }

    @Override
    public void released(double x, double y) {
        pointer.set(null);
        DragPoint handle = pendingHandle.get();
        if (pressPlacedHandle && handle != null && Math.hypot(x - handle.x(), y - handle.y()) >= GESTURE_DISTANCE) {
            addPair(new DragPair(handle, new DragPoint(x, y)));
        }
        paintingRegion = false;
        pressPlacedHandle = false;
    }

    private void addPair(DragPair pair) {
        pendingHandle.set(null);
        pairs.add(pair);
        status.set(pairs.size() + (pairs.size() == 1 ? " point" : " points") + " to drag: Start moves them");
        if (startOnRelease.get()) {
            start();
        }
    }

    /** Forgets the points (not the region). */
    public void clearPoints() {
        if (run == null) {
            pairs.clear();
            pendingHandle.set(null);
            status.set(HINT);
        }
    }

    /** Forgets the region: all of the picture may move again. */
    public void clearRegion() {
        if (run == null) {
            region.set(MovableRegion.none());
        }
    }

    // ---- the drag ----

    /** Starts dragging the handles to their targets, from the result on screen. */
    public void start() {
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
        boolean[] movable = region.get().isEmpty() ? null : region.get().mask(pixels);
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
        pairs.setAll(r.pairs);
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
        pairs.setAll(r.pairs);
        status.set("The drag was stopped by another change; its result was dropped");
    }

    private void end() {
        run = null;
        running.set(false);
        progress.set(0);
    }

    /** Moves the handles to where the engine tracks them (model pixels), the targets staying. */
    private void moveHandles(Run r, List<DragPoint> tracked) {
        if (tracked == null || tracked.size() != r.pairs.size()) {
            return;
        }
        List<DragPair> moved = new ArrayList<>();
        for (int i = 0; i < tracked.size(); i++) {
            moved.add(new DragPair(r.pixels.toCanvas(tracked.get(i)), r.pairs.get(i).target()));
        }
        pairs.setAll(moved);
    }

    /** The largest distance, in model pixels, from a handle to its target. */
    private double farthest(ModelPixels pixels) {
        return pairs.stream().mapToDouble(p -> {
            DragPoint h = pixels.toModel(p.handle());
            DragPoint t = pixels.toModel(p.target());
            return Math.hypot(t.x() - h.x(), t.y() - h.y());
        }).max().orElse(0);
    }

    // ---- properties ----

    /** The handles and their targets, in canvas coordinates; handles move as a drag tracks them. */
    public ObservableList<DragPair> pairs() {
        return readOnlyPairs;
    }

    /** A handle waiting for its target, or {@code null}. */
    public ReadOnlyObjectProperty<DragPoint> pendingHandleProperty() {
        return pendingHandle.getReadOnlyProperty();
    }

    /** Where the pointer is while a handle is dragged out to its target, or {@code null}. */
    public ReadOnlyObjectProperty<DragPoint> pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    /** The region that may move; empty for all of the picture. */
    public ReadOnlyObjectProperty<MovableRegion> regionProperty() {
        return region.getReadOnlyProperty();
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
