package org.latentbrush.app.drag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.api.DragPoint;

class MovableRegionTest {

    /** A 512 canvas over an 8-pixel model: a pixel spans 64 canvas units. */
    private static final ModelPixels EIGHT = new ModelPixels(512, 8);

    @Test
    void mask_horizontalPath_marksTheRowItCrossesOnly() {
        MovableRegion region = MovableRegion.none().begin(32, 96, 20).extend(480, 96);
        boolean[] mask = region.mask(EIGHT);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                assertEquals(y == 1, mask[y * 8 + x], "pixel " + x + ", " + y);
            }
        }
    }

    @Test
    void mask_brushSmallerThanAPixel_stillMarksThePixelUnderIt() {
        boolean[] mask = MovableRegion.none().begin(300, 10, 2).mask(EIGHT);
        assertTrue(mask[4]);
        assertEquals(1, count(mask));
    }

    @Test
    void mask_largeBrush_marksPixelsWhoseCentresItCovers() {
        // Centred on the corner shared by pixels (3,3), (4,3), (3,4), (4,4), whose centres are 45 away.
        boolean[] mask = MovableRegion.none().begin(256, 256, 46).mask(EIGHT);
        assertEquals(4, count(mask));
        assertTrue(mask[3 * 8 + 3] && mask[4 * 8 + 4]);
    }

    @Test
    void none_isEmpty_andPaintingMakesItNot() {
        assertTrue(MovableRegion.none().isEmpty());
        assertFalse(MovableRegion.none().begin(1, 1, 1).isEmpty());
    }

    @Test
    void modelPixels_centresMatchAndEdgesClamp() {
        assertEquals(new DragPoint(0, 0), EIGHT.toModel(new DragPoint(32, 32)));
        assertEquals(new DragPoint(7, 7), EIGHT.toModel(new DragPoint(512, 512)));
        assertEquals(new DragPoint(0, 0), EIGHT.toModel(new DragPoint(0, 0)));
        assertEquals(new DragPoint(96, 480), EIGHT.toCanvas(new DragPoint(1, 7)));
        DragPoint p = new DragPoint(200.5, 77.25);
        DragPoint back = EIGHT.toCanvas(EIGHT.toModel(p));
        assertEquals(p.x(), back.x(), 1e-9);
        assertEquals(p.y(), back.y(), 1e-9);
    }

    private static int count(boolean[] mask) {
        int n = 0;
        for (boolean b : mask) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
