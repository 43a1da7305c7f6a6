package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The objective's edge error: it sees fine detail that is wrong, not a colour that is off everywhere. */
class ProjectionLossTest {

    private static final int SIDE = 8;

    /** A frame of a smooth ramp, values in [0, 1], shape (1, 3, SIDE, SIDE). */
    private static float[] ramp() {
        float[] v = new float[3 * SIDE * SIDE];
        for (int i = 0; i < v.length; i++) {
            v[i] = 0.2f + 0.5f * (i % SIDE) / SIDE;
        }
        return v;
    }

    /** The objective's pixel and total terms for an image on the model's [-1, 1] scale. */
    private static double[] terms(float[] image01, double edgeWeight) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape shape = new Shape(1, 3, SIDE, SIDE);
            NDArray frame = manager.create(ramp(), shape);
            ProjectionLoss loss = new ProjectionLoss(frame, null, 0, -1, 1).withEdges(edgeWeight);
            NDArray images = manager.create(image01, shape).mul(2).sub(1);
            ProjectionLoss.Terms terms = loss.evaluate(images);
            return new double[] {terms.pixel().getFloat(0), terms.total().getFloat(0)};
        }
    }

    @Test
    void evaluate_errorTheSameEverywhere_hasNoEdgeError() {
        float[] shifted = ramp();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 0.1f;
        }
        double[] t = terms(shifted, 4);
        assertEquals(0.01, t[0], 1e-6, "pixel MSE of a 0.1 shift");
        assertEquals(t[0], t[1], 1e-6, "a shift moves no edge");
    }

    @Test
    void evaluate_checkeredError_weighsEachNeighboursDifference() {
        // An error of ±a alternating from pixel to pixel: pixel MSE a², and every neighbour's
        // difference is 2a, across and down, so the edge error is 2 · (2a)² = 8a².
        float a = 0.05f;
        float[] checkered = ramp();
        for (int i = 0; i < checkered.length; i++) {
            int x = i % SIDE;
            int y = i / SIDE % SIDE;
            checkered[i] += (x + y) % 2 == 0 ? a : -a;
        }
        double[] without = terms(checkered, 0);
        double[] with = terms(checkered, 2);
        assertEquals(a * a, without[0], 1e-6);
        assertEquals(without[0], without[1], 1e-9, "no edge term at weight 0");
        assertEquals(a * a + 2 * 8 * a * a, with[1], 1e-5, "pixel MSE + 2 × edge error");
    }

    @Test
    void withEdges_negativeWeight_isRefused() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ProjectionLoss loss = new ProjectionLoss(manager.zeros(new Shape(1, 3, SIDE, SIDE)), null, 0, -1, 1);
            assertThrows(IllegalArgumentException.class, () -> loss.withEdges(-1));
        }
    }
}
