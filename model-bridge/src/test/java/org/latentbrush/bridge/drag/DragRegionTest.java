package org.latentbrush.bridge.drag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DragRegionTest {

    private static final int SIZE = 16;

    private static boolean at(boolean[] mask, int x, int y) {
        return mask[y * SIZE + x];
    }

    @Test
    void around_marksPixelsNearTheHandlesPathOnly() {
        // A path along row 8 from x = 3 to x = 11, two pixels either side.
        boolean[] near = DragRegion.around(List.of(new ImagePoint(3, 8.5)), List.of(new ImagePoint(11, 8.5)), 2,
                SIZE);
        assertTrue(at(near, 7, 8), "on the path");
        assertTrue(at(near, 7, 6), "two pixels above the middle of the path");
        assertFalse(at(near, 7, 5), "three pixels above it");
        assertTrue(at(near, 1, 8), "just before the handle");
        assertFalse(at(near, 0, 8), "beyond the radius before the handle");
        assertFalse(at(near, 14, 8), "beyond the radius after the target");
    }

    @Test
    void around_severalHandles_marksEveryPath() {
        boolean[] near = DragRegion.around(List.of(new ImagePoint(2, 2), new ImagePoint(14, 14)),
                List.of(new ImagePoint(2, 2), new ImagePoint(14, 14)), 1, SIZE);
        int count = 0;
        for (boolean b : near) {
            count += b ? 1 : 0;
        }
        assertEquals(8, count, "the four pixels around each point");
    }
}
