package org.latentbrush.app.drag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragPoint;

class DragPointsTest {

    private final List<String> said = new ArrayList<>();
    private final boolean[] locked = {false};
    private final int[] pairsMade = {0};
    private final DragPoints points = new DragPoints(() -> locked[0], said::add, () -> pairsMade[0]++);

    private void click(double x, double y) {
        points.pressed(x, y, false, 10);
        points.released(x, y);
    }

    private static DragPair pair(double hx, double hy, double tx, double ty) {
        return new DragPair(new DragPoint(hx, hy), new DragPoint(tx, ty));
    }

    @Test
    void clicks_alternateHandleAndTarget() {
        click(64, 64);
        assertEquals(new DragPoint(64, 64), points.pendingHandleProperty().get());
        assertTrue(points.pairs().isEmpty());
        click(448, 64);
        assertEquals(List.of(pair(64, 64, 448, 64)), points.pairs());
        assertNull(points.pendingHandleProperty().get());
        assertEquals(1, pairsMade[0]);
        click(100, 100);
        click(200, 200);
        assertEquals(List.of(pair(64, 64, 448, 64), pair(100, 100, 200, 200)), points.pairs());
        assertEquals("2 points to drag: Start moves them", said.get(said.size() - 1));
    }

    @Test
    void pressDragRelease_farApart_makesHandleAndTargetInOneGesture() {
        points.pressed(64, 64, false, 10);
        points.dragged(200, 64);
        assertEquals(new DragPoint(200, 64), points.pointerProperty().get());
        points.released(320, 64);
        assertEquals(List.of(pair(64, 64, 320, 64)), points.pairs());
        assertNull(points.pointerProperty().get());
        assertNull(points.pendingHandleProperty().get());
    }

    @Test
    void pressDragRelease_closeTogether_isAClickThatPlacesAHandleOnly() {
        points.pressed(64, 64, false, 10);
        points.released(64 + DragPoints.GESTURE_DISTANCE / 2, 64);
        assertEquals(new DragPoint(64, 64), points.pendingHandleProperty().get());
        assertTrue(points.pairs().isEmpty());
    }

    @Test
    void shiftDrag_paintsTheRegion_andPlacesNoPoint() {
        points.pressed(64, 64, true, 10);
        points.dragged(100, 64);
        points.released(100, 64);
        assertTrue(points.pairs().isEmpty());
        assertNull(points.pendingHandleProperty().get());
        assertEquals(1, points.regionProperty().get().paths().size());
        assertArrayEquals(new double[] {64, 64, 100, 64}, points.regionProperty().get().paths().get(0).points());
        points.clearRegion();
        assertTrue(points.regionProperty().get().isEmpty());
    }

    @Test
    void whileLocked_nothingChangesAndItSaysWhy() {
        click(64, 64);
        click(448, 64);
        locked[0] = true;
        click(200, 200);
        points.pressed(10, 10, true, 5);
        points.clearPoints();
        assertEquals(List.of(pair(64, 64, 448, 64)), points.pairs());
        assertTrue(points.regionProperty().get().isEmpty());
        assertEquals("Stop the drag to change its points", said.get(said.size() - 1));
    }

    @Test
    void moveHandles_keepsTheTargets() {
        click(64, 64);
        click(448, 64);
        points.moveHandles(List.of(new DragPoint(300, 70)));
        assertEquals(List.of(pair(300, 70, 448, 64)), points.pairs());
    }
}
