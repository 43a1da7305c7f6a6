package org.latentbrush.bridge.constraint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The user's strokes on a canvas of a given size: everything the optimiser must satisfy.
 *
 * <p>Immutable: the editor makes a new set for each change and hands it to the optimiser, which
 * never sees a set change under it.
 *
 * @param canvasWidth canvas width in pixels
 * @param canvasHeight canvas height in pixels
 * @param strokes the strokes, oldest first; later strokes paint over earlier ones
 */
public record ConstraintSet(int canvasWidth, int canvasHeight, List<Stroke> strokes) {

    public ConstraintSet {
        if (canvasWidth < 1 || canvasHeight < 1) {
            throw new IllegalArgumentException("canvas size must be positive, was "
                    + canvasWidth + "x" + canvasHeight);
        }
        strokes = List.copyOf(strokes);
    }

    /** An empty set on a canvas of the given size. */
    public static ConstraintSet empty(int canvasWidth, int canvasHeight) {
        return new ConstraintSet(canvasWidth, canvasHeight, Collections.emptyList());
    }

    /** Returns this set with one more stroke on top. */
    public ConstraintSet with(Stroke stroke) {
        List<Stroke> more = new ArrayList<>(strokes);
        more.add(stroke);
        return new ConstraintSet(canvasWidth, canvasHeight, more);
    }

    /** Returns this set without its newest stroke (or itself when empty). */
    public ConstraintSet withoutLast() {
        if (strokes.isEmpty()) {
            return this;
        }
        return new ConstraintSet(canvasWidth, canvasHeight, strokes.subList(0, strokes.size() - 1));
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }
}
