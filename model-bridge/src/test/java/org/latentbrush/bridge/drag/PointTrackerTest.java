package org.latentbrush.bridge.drag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PointTrackerTest {

    private static final int CHANNELS = 8;
    private static final int SIDE = 16;
    private static final int REDUCTION = 2;
    private static final int IMAGE = SIDE * REDUCTION;

    /** A map of independent random features, so every position's vector is told apart. */
    private static float[] randomMap(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] map = new float[CHANNELS * SIDE * SIDE];
        for (int i = 0; i < map.length; i++) {
            map[i] = (float) random.nextDouble(-1, 1);
        }
        return map;
    }

    /** The map's content moved by whole feature pixels; what comes in at the edges is new. */
    private static float[] shifted(float[] map, int du, int dv, long seed) {
        float[] out = randomMap(seed);
        for (int c = 0; c < CHANNELS; c++) {
            for (int v = 0; v < SIDE; v++) {
                for (int u = 0; u < SIDE; u++) {
                    int su = u - du;
                    int sv = v - dv;
                    if (su >= 0 && sv >= 0 && su < SIDE && sv < SIDE) {
                        out[c * SIDE * SIDE + v * SIDE + u] = map[c * SIDE * SIDE + sv * SIDE + su];
                    }
                }
            }
        }
        return out;
    }

    @Test
    void track_contentShiftedByKnownOffset_findsTheHandleMovedByIt() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        PointTracker tracker = new PointTracker(grid, 6, IMAGE);
        float[] before = randomMap(1);
        ImagePoint handle = new ImagePoint(13, 17);
        float[] reference = grid.sample(before, CHANNELS, handle);
        // Two feature pixels right and one up: four image pixels right, two up.
        float[] after = shifted(before, 2, -1, 2);
        ImagePoint found = tracker.track(after, CHANNELS, reference, handle);
        assertEquals(new ImagePoint(17, 15), found);
    }

    @Test
    void track_unchangedContent_leavesTheHandleWhereItWas() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        PointTracker tracker = new PointTracker(grid, 6, IMAGE);
        float[] map = randomMap(3);
        ImagePoint handle = new ImagePoint(9.5, 20.25);
        assertEquals(handle, tracker.track(map, CHANNELS, grid.sample(map, CHANNELS, handle), handle));
    }

    @Test
    void track_contentMovedBeyondTheRadius_searchesOnlyWithinIt() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        double radius = 3;
        PointTracker tracker = new PointTracker(grid, radius, IMAGE);
        float[] before = randomMap(4);
        ImagePoint handle = new ImagePoint(11, 11);
        float[] after = shifted(before, 4, 0, 5);
        ImagePoint found = tracker.track(after, CHANNELS, grid.sample(before, CHANNELS, handle), handle);
        assertTrue(found.distanceTo(handle) <= radius, "found " + found);
    }

    @Test
    void track_nearTheEdge_staysOnTheImage() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        PointTracker tracker = new PointTracker(grid, 6, IMAGE);
        float[] before = randomMap(6);
        ImagePoint handle = new ImagePoint(1, 30);
        float[] after = shifted(before, -3, 3, 7);
        ImagePoint found = tracker.track(after, CHANNELS, grid.sample(before, CHANNELS, handle), handle);
        assertTrue(found.isInside(IMAGE), "found " + found);
    }
}
