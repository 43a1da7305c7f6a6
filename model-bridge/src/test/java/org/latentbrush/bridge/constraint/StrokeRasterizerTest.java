package org.latentbrush.bridge.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StrokeRasterizerTest {

    @Test
    void rasterize_dot_coversAboutItsDiscArea() {
        // A dot of radius 40 on a 512 canvas is radius 5 at 64 px: area π·25 ≈ 78.5 pixels.
        ConstraintSet set = ConstraintSet.empty(512, 512).with(Stroke.color(0xFF0000, 40, 256, 256));
        ConstraintMaps maps = StrokeRasterizer.rasterize(set, 64);
        assertEquals(Math.PI * 25, maps.colorArea(), 2.0);
        assertEquals(0, maps.sketchArea(), 1e-9);
    }

    @Test
    void rasterize_colourStroke_targetsItsColourUnderTheStroke() {
        ConstraintSet set = ConstraintSet.empty(64, 64).with(Stroke.color(0x3366CC, 4, 10, 32, 54, 32));
        ConstraintMaps maps = StrokeRasterizer.rasterize(set, 64);
        int i = 32 * 64 + 32;
        int n = 64 * 64;
        assertEquals(1f, maps.colorMask()[i], 1e-6);
        assertEquals(0x33 / 255f, maps.colorTarget()[i], 1e-3);
        assertEquals(0x66 / 255f, maps.colorTarget()[n + i], 1e-3);
        assertEquals(0xCC / 255f, maps.colorTarget()[2 * n + i], 1e-3);
        assertEquals(0f, maps.colorMask()[5 * 64 + 5], 1e-6);
    }

    @Test
    void rasterize_strokeEdge_isSoft() {
        ConstraintSet set = ConstraintSet.empty(64, 64).with(Stroke.sketch(2.5, 0, 32, 64, 32));
        ConstraintMaps maps = StrokeRasterizer.rasterize(set, 64);
        boolean partial = false;
        for (float v : maps.sketchMask()) {
            partial |= v > 0.05 && v < 0.95;
        }
        assertTrue(partial, "anti-aliased edges cover pixels partly");
    }

    @Test
    void rasterize_eraserOverStroke_removesConstraintUnderIt() {
        ConstraintSet painted = ConstraintSet.empty(64, 64)
                .with(Stroke.color(0x00FF00, 3, 0, 20, 64, 20))
                .with(Stroke.sketch(2, 0, 40, 64, 40));
        ConstraintSet erased = painted.with(Stroke.erase(12, 32, 0, 32, 64));
        ConstraintMaps before = StrokeRasterizer.rasterize(painted, 64);
        ConstraintMaps after = StrokeRasterizer.rasterize(erased, 64);
        assertEquals(1f, before.colorMask()[20 * 64 + 32], 1e-6);
        assertEquals(0f, after.colorMask()[20 * 64 + 32], 1e-6);
        assertEquals(0f, after.sketchMask()[40 * 64 + 32], 1e-6);
        assertTrue(after.colorArea() < before.colorArea() && after.colorArea() > 0,
                "the stroke survives outside the eraser");
        assertEquals(before.colorMask()[20 * 64 + 2], after.colorMask()[20 * 64 + 2], 1e-6);
    }

    @Test
    void rasterize_laterStroke_paintsOverEarlier() {
        ConstraintSet set = ConstraintSet.empty(64, 64)
                .with(Stroke.color(0xFF0000, 6, 32, 32))
                .with(Stroke.color(0x0000FF, 6, 32, 32));
        ConstraintMaps maps = StrokeRasterizer.rasterize(set, 64);
        int i = 32 * 64 + 32;
        assertEquals(0f, maps.colorTarget()[i], 1e-3);
        assertEquals(1f, maps.colorTarget()[2 * 64 * 64 + i], 1e-3);
    }

    @Test
    void rasterize_nonSquareCanvas_mapsToWholeModelFrame() {
        ConstraintSet set = ConstraintSet.empty(200, 100).with(Stroke.color(0xFFFFFF, 2, 199, 99));
        ConstraintMaps maps = StrokeRasterizer.rasterize(set, 32);
        assertTrue(maps.colorMask()[31 * 32 + 31] > 0.2, "bottom-right canvas corner maps to the last pixel");
    }
}
