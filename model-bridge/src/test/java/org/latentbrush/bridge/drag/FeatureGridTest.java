package org.latentbrush.bridge.drag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureGridTest {

    private static final int CHANNELS = 3;
    private static final int SIDE = 4;
    private static final int REDUCTION = 2;

    private static float[] randomMap(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] map = new float[CHANNELS * SIDE * SIDE];
        for (int i = 0; i < map.length; i++) {
            map[i] = (float) random.nextDouble(-1, 1);
        }
        return map;
    }

    private static float at(float[] map, int c, int u, int v) {
        return map[c * SIDE * SIDE + v * SIDE + u];
    }

    @Test
    void sample_atFeaturePixelCentre_readsThatPixel() {
        float[] map = randomMap(1);
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        // Feature pixel (2, 1) covers image pixels [4, 6) × [2, 4): its centre is (5, 3).
        float[] f = grid.sample(map, CHANNELS, new ImagePoint(5, 3));
        for (int c = 0; c < CHANNELS; c++) {
            assertEquals(at(map, c, 2, 1), f[c], 1e-6);
        }
    }

    @Test
    void sample_betweenCentres_interpolatesLinearly() {
        float[] map = randomMap(2);
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        // A quarter of the way from centre (1, 1) to centre (3, 1) along x.
        float[] f = grid.sample(map, CHANNELS, new ImagePoint(1.5, 1));
        for (int c = 0; c < CHANNELS; c++) {
            assertEquals(0.75f * at(map, c, 0, 0) + 0.25f * at(map, c, 1, 0), f[c], 1e-6);
        }
    }

    @Test
    void sample_beyondTheEdge_takesTheEdgeFeatures() {
        float[] map = randomMap(3);
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        assertArrayEquals(grid.sample(map, CHANNELS, new ImagePoint(7, 7)),
                grid.sample(map, CHANNELS, new ImagePoint(8, 8)), 1e-6f);
    }

    @Test
    void samplingMatrix_timesMap_equalsHostSampling() {
        float[] map = randomMap(4);
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        List<ImagePoint> points = List.of(new ImagePoint(0.3, 7.9), new ImagePoint(4.2, 2.6),
                new ImagePoint(8, 0));
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray flat = manager.create(map, new Shape(CHANNELS, SIDE * SIDE)).transpose();
            float[] sampled = grid.samplingMatrix(points, manager).dot(flat).toFloatArray();
            for (int i = 0; i < points.size(); i++) {
                float[] expected = grid.sample(map, CHANNELS, points.get(i));
                for (int c = 0; c < CHANNELS; c++) {
                    assertEquals(expected[c], sampled[i * CHANNELS + c], 1e-5, "point " + i);
                }
            }
        }
    }

    @Test
    void heldShare_countsTheImagePixelsThatMayNotMove() {
        FeatureGrid grid = new FeatureGrid(SIDE, REDUCTION);
        int size = SIDE * REDUCTION;
        boolean[] movable = new boolean[size * size];
        // Columns 0..4 may move: feature columns 0 and 1 are free, column 2 half held, column 3 held.
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < 5; x++) {
                movable[y * size + x] = true;
            }
        }
        float[] share = grid.heldShare(movable);
        for (int v = 0; v < SIDE; v++) {
            assertArrayEquals(new float[] {0, 0, 0.5f, 1}, java.util.Arrays.copyOfRange(share, v * SIDE,
                    (v + 1) * SIDE), 1e-6f, "row " + v);
        }
    }
}
