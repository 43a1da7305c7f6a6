package org.latentbrush.bridge.drag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.RasterImage;

/** The mask term keeps what lies outside the movable region nearly as it was. */
class RegionHoldTest {

    private static final DragSettings TINY = new DragSettings(2, 1.5, 3, 0, 1, 1, 0.05, 10, 0, 4);
    private static final int SIZE = 16;

    /** Largest mean absolute change, in [0, 1] pixel units, allowed outside a movable region. */
    private static final double HELD_TOLERANCE = 0.03;

    private static GanModel model;

    @BeforeAll
    static void openModel() {
        model = TinyModels.random(11);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    /** Mean absolute change of the pixels in the bottom half (rows 8..15), where nothing may move. */
    private static double bottomChange(RasterImage before, RasterImage after) {
        double sum = 0;
        int count = 0;
        for (int c = 0; c < 3; c++) {
            for (int y = SIZE / 2; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    sum += Math.abs(before.get(c, x, y) - after.get(c, x, y));
                    count++;
                }
            }
        }
        return sum / count;
    }

    @Test
    void drag_withMask_keepsTheHeldRegionWithinTolerance() {
        float[] z = LatentPaths.random(model.manifest().latentSize(), 5);
        RasterImage before = model.render(List.of(z)).get(0);
        boolean[] topHalf = new boolean[SIZE * SIZE];
        for (int i = 0; i < SIZE * SIZE / 2; i++) {
            topHalf[i] = true;
        }
        List<ImagePoint> handles = List.of(new ImagePoint(4, 4));
        List<ImagePoint> targets = List.of(new ImagePoint(11, 4));
        DragOptimizer optimizer = new DragOptimizer(model, TINY);
        DragProgress free = optimizer.drag(z, handles, targets, null, 30, p -> { }, () -> false);
        DragProgress masked = optimizer.drag(z, handles, targets, topHalf, 30, p -> { }, () -> false);
        double freeChange = bottomChange(before, free.image());
        double maskedChange = bottomChange(before, masked.image());
        assertTrue(maskedChange < HELD_TOLERANCE, "masked drag changed the held half by " + maskedChange);
        assertTrue(maskedChange < freeChange / 2, "masked " + maskedChange + " against free " + freeChange);
    }
}
