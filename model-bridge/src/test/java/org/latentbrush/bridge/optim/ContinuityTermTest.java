package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.ConstraintMaps;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeRasterizer;

class ContinuityTermTest {

    private static final int SIZE = 16;

    /** A dot of radius 2 around pixel (8, 8) of a 16×16 picture, drawn on a canvas of that size. */
    private static final ConstraintMaps DOT = StrokeRasterizer.rasterize(
            ConstraintSet.empty(SIZE, SIZE).with(Stroke.color(0xFF0000, 2, 8.5, 8.5)), SIZE);

    @Test
    void keptPixels_strokeAndItsMarginAreFree_farPixelsAreKept() {
        float[] kept = ContinuityTerm.keptPixels(DOT);
        assertEquals(0, kept[8 * SIZE + 8], 1e-6, "under the stroke");
        assertEquals(0, kept[8 * SIZE + 9], 1e-6, "beside the stroke, within the margin");
        assertEquals(1, kept[0], 1e-6, "a far corner");
        assertEquals(1, kept[8 * SIZE + 12], 1e-6, "four pixels away");
    }

    @Test
    void evaluate_changeUnderTheStrokeOnly_costsNothing_changeElsewhereCosts() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray picture = manager.full(new Shape(1, 3, SIZE, SIZE), 0.5f);
            ContinuityTerm term = new ContinuityTerm(DOT, picture, manager);
            float[] underStroke = picture.toFloatArray();
            float[] elsewhere = picture.toFloatArray();
            for (int c = 0; c < 3; c++) {
                underStroke[(c * SIZE + 8) * SIZE + 8] = 1;
                elsewhere[(c * SIZE + 1) * SIZE + 1] = 1;
            }
            NDArray batch = picture.concat(manager.create(underStroke, new Shape(1, 3, SIZE, SIZE)))
                    .concat(manager.create(elsewhere, new Shape(1, 3, SIZE, SIZE)));
            float[] change = term.evaluate(batch).toFloatArray();
            assertEquals(0, change[0], 1e-9, "the current picture itself");
            assertEquals(0, change[1], 1e-9, "a change the stroke asks for");
            assertTrue(change[2] > 0, "a change away from the stroke: " + change[2]);
        }
    }
}
