package org.latentbrush.app.drag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentbrush.app.tools.DragSink;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragPoint;

/**
 * The drag tool's points and region as the user places them on the canvas, in canvas coordinates.
 *
 * <p>A click places a handle and the next one its target; pressing on a handle's place and letting
 * go elsewhere makes both in one gesture. With Shift the brush paints the region that may move.
 * Nothing changes while a drag runs: the drag moves the handles itself.
 */
public final class DragPoints implements DragSink {

    /** A press and a release this far apart (canvas units) make a handle and its target at once. */
    static final double GESTURE_DISTANCE = 6;
    /** What to do first. */
    static final String HINT = "Click a handle, then where it should go";

    private final BooleanSupplier locked;
    private final Consumer<String> say;
    private final Runnable paired;
    private final ObservableList<DragPair> pairs = FXCollections.observableArrayList();
    private final ObservableList<DragPair> readOnlyPairs = FXCollections.unmodifiableObservableList(pairs);
    private final ReadOnlyObjectWrapper<DragPoint> pendingHandle = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DragPoint> pointer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MovableRegion> region = new ReadOnlyObjectWrapper<>(MovableRegion.none());
    private boolean paintingRegion;
    private boolean pressPlacedHandle;

    /**
     * Creates it with no points.
     *
     * @param locked whether the points may not change now (a drag runs)
     * @param say hears what to do next
     * @param paired runs when a handle got its target
     */
    public DragPoints(BooleanSupplier locked, Consumer<String> say, Runnable paired) {
        this.locked = Objects.requireNonNull(locked);
        this.say = Objects.requireNonNull(say);
        this.paired = Objects.requireNonNull(paired);
    }

    @Override
    public void pressed(double x, double y, boolean paintRegion, double radius) {
        pressPlacedHandle = false;
        paintingRegion = false;
        if (locked.getAsBoolean()) {
            say.accept("Stop the drag to change its points");
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
            say.accept("Now click where it should go");
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
        say.accept(pairs.size() + (pairs.size() == 1 ? " point" : " points") + " to drag: Start moves them");
        paired.run();
    }

    /** Forgets the points (not the region). */
    public void clearPoints() {
        if (!locked.getAsBoolean()) {
            pairs.clear();
            pendingHandle.set(null);
            say.accept(HINT);
        }
    }

    /** Forgets the region: all of the picture may move again. */
    public void clearRegion() {
        if (!locked.getAsBoolean()) {
            region.set(MovableRegion.none());
        }
    }

    /** Puts the pairs back as they were, e.g. before a drag whose result was dropped. */
    void setPairs(List<DragPair> placed) {
        pairs.setAll(placed);
    }

    /** Moves each handle to where a drag tracks it, in canvas coordinates; the targets stay. */
    void moveHandles(List<DragPoint> handles) {
        if (handles.size() != pairs.size()) {
            return;
        }
        List<DragPair> moved = new ArrayList<>();
        for (int i = 0; i < handles.size(); i++) {
            moved.add(new DragPair(handles.get(i), pairs.get(i).target()));
        }
        pairs.setAll(moved);
    }

    /** The handles and their targets; handles move as a drag tracks them. */
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
}
