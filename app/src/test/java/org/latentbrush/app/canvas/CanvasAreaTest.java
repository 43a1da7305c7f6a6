package org.latentbrush.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CanvasAreaTest {

    @Test
    void clamp_holdsPointsInsideTheArea_whichMayReachBeyondTheCanvas() {
        CanvasArea photo = new CanvasArea(-256, 0, 768, 512);
        assertEquals(-100, photo.clampX(-100));
        assertEquals(-256, photo.clampX(-300));
        assertEquals(768, photo.clampX(900));
        assertEquals(512, photo.clampY(600));
        assertEquals(1024, photo.width());
        assertEquals(512, photo.height());
        assertEquals(new CanvasArea(0, 0, 512, 512), CanvasArea.square(512));
    }

    @Test
    void emptyArea_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CanvasArea(0, 0, 0, 10));
    }
}
