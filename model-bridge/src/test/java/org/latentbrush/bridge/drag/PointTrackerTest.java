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
        PointTracker tracker = new PointTracker(grid, 6, 0, IMAGE);
        float[] before = randomMap(1);
        ImagePoint handle = new ImagePoint(13, 17);
        float[] reference = tracker.signature(before, CHANNELS, handle);
        // Two feature pixels right and one up: four image pixels right, two up.
        float[] after = shifted(before, 2, -1, 2);
        ImagePoint found = tracker.track(after, CHANNELS, reference, handle);
        assertEquals(new ImagePoint(17, 15), found);
    }

    @Test
    void track_withPatch_contentShiftedByKnownOffset_findsTheHandleMovedByIt() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        PointTracker tracker = new PointTracker(grid, 6, 2, IMAGE);
        float[] before = randomMap(8);
        ImagePoint handle = new ImagePoint(15, 11);
        float[] after = shifted(before, -1, 2, 9);
        ImagePoint found = tracker.track(after, CHANNELS, tracker.signature(before, CHANNELS, handle), handle);
        assertEquals(new ImagePoint(13, 15), found);
    }

    @Test
    void signature_withPatch_holdsEveryVectorOfTheDisk() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        float[] map = randomMap(10);
        ImagePoint point = new ImagePoint(12, 12);
        float[] signature = new PointTracker(grid, 6, 1, IMAGE).signature(map, CHANNELS, point);
        assertEquals(5 * CHANNELS, signature.length, "the point and its four neighbours");
        float[] centre = grid.sample(map, CHANNELS, point);
        for (int c = 0; c < CHANNELS; c++) {
            assertEquals(centre[c], signature[c], 0, "the point itself comes first");
        }
    }

    @Test
    void track_unchangedContent_leavesTheHandleWhereItWas() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        PointTracker tracker = new PointTracker(grid, 6, 0, IMAGE);
        float[] map = randomMap(3);
        ImagePoint handle = new ImagePoint(9.5, 20.25);
        assertEquals(handle, tracker.track(map, CHANNELS, tracker.signature(map, CHANNELS, handle), handle));
    }

    @Test
    void track_contentMovedBeyondTheRadius_searchesOnlyWithinIt() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        double radius = 3;
        PointTracker tracker = new PointTracker(grid, radius, 0, IMAGE);
        float[] before = randomMap(4);
        ImagePoint handle = new ImagePoint(11, 11);
        float[] after = shifted(before, 4, 0, 5);
        ImagePoint found = tracker.track(after, CHANNELS, tracker.signature(before, CHANNELS, handle), handle);
        assertTrue(found.distanceTo(handle) <= radius, "found " + found);
    }

    @Test
    void track_nearTheEdge_staysOnTheImage() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        PointTracker tracker = new PointTracker(grid, 6, 0, IMAGE);
        float[] before = randomMap(6);
        ImagePoint handle = new ImagePoint(1, 30);
        float[] after = shifted(before, -3, 3, 7);
        ImagePoint found = tracker.track(after, CHANNELS, tracker.signature(before, CHANNELS, handle), handle);
        assertTrue(found.isInside(IMAGE), "found " + found);
    }
}
