package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.Stroke;

class StrokeRegionTest {

    @Test
    void weight_isFullInsideTheBrushFallsOffAndIsZeroBeyondOneAndAHalfRadii() {
        StrokeRegion region = StrokeRegion.of(List.of(Stroke.color(0xFF0000, 10, 50, 50, 150, 50)), 400, 300);
        assertEquals(1f, region.weight(100, 50));
        assertEquals(1f, region.weight(100, 55), "5.5 px from the line: the brush's full core");
        float edge = region.weight(100, 59);
        assertTrue(edge > 0.5 && edge < 1, "9.5 px, at the brush's edge: soft but strong, was " + edge);
        float margin = region.weight(100, 62);
        assertTrue(margin > 0 && margin < edge, "12.5 px: in the feathered margin, was " + margin);
        assertEquals(0f, region.weight(100, 65), "15.5 px: beyond 1.5 radii");
        assertEquals(0f, region.weight(166, 50), "beyond the end cap");
        assertEquals(0f, region.weight(399, 299));
    }

    @Test
    void weight_fallsMonotonicallyAwayFromTheStroke() {
        StrokeRegion region = StrokeRegion.of(List.of(Stroke.color(0, 20, 100, 100)), 300, 300);
        float previous = 2;
        for (int x = 100; x < 140; x++) {
            float w = region.weight(x, 100);
            assertTrue(w <= previous, "at " + x);
            previous = w;
        }
    }

    @Test
    void erasersAddNoArea_andOffPhotoStrokesLeaveItEmpty() {
        assertTrue(StrokeRegion.of(List.of(Stroke.erase(30, 50, 50)), 100, 100).isEmpty());
        assertTrue(StrokeRegion.of(List.of(Stroke.color(0, 5, 500, 500)), 100, 100).isEmpty());
    }

    @Test
    void boundingBox_coversOnlyTheStrokesReach() {
        StrokeRegion region = StrokeRegion.of(List.of(Stroke.sketch(4, 1000, 2000)), 4000, 3000);
        assertTrue(region.left() >= 1000 - 7 && region.right() <= 1000 + 8);
        assertTrue(region.top() >= 2000 - 7 && region.bottom() <= 2000 + 8);
    }
}
