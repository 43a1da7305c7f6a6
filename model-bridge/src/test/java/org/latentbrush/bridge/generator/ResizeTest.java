package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

class ResizeTest {

    @Test
    void doubleNearest_repeatsEachPixelIntoATwoByTwoBlock() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(new float[] {1, 2, 3, 4, 5, 6}, new Shape(1, 1, 2, 3));
            NDArray y = Resize.doubleNearest(x);
            assertEquals(new Shape(1, 1, 4, 6), y.getShape());
            assertArrayEquals(new float[] {
                1, 1, 2, 2, 3, 3,
                1, 1, 2, 2, 3, 3,
                4, 4, 5, 5, 6, 6,
                4, 4, 5, 5, 6, 6}, y.toFloatArray());
        }
    }

    @Test
    void doubleNearest_sendsEachBlocksGradientToItsSource() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(new float[] {1, 2, 3, 4}, new Shape(1, 1, 2, 2));
            x.setRequiresGradient(true);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                collector.backward(Resize.doubleNearest(x).sum());
            }
            assertArrayEquals(new float[] {4, 4, 4, 4}, x.getGradient().toFloatArray());
        }
    }
}
