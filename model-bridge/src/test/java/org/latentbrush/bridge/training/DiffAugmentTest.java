package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiffAugmentTest {

    private static final int SIZE = 16;

    @Test
    void apply_keepsShape_isAFunctionOfTheRandomNumbers_andPassesGradients() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.randomUniform(-1, 1, new Shape(4, 3, SIZE, SIZE));
            x.setRequiresGradient(true);
            NDArray once;
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                once = DiffAugment.apply(x, new SplittableRandom(5));
                collector.backward(once.square().sum());
            }
            assertEquals(x.getShape(), once.getShape());
            NDArray again = DiffAugment.apply(x.stopGradient(), new SplittableRandom(5));
            assertArrayEquals(once.toFloatArray(), again.toFloatArray(), 1e-6f);
            // Every image gets a gradient: G learns through the augmentation.
            float[] grad = x.getGradient().abs().sum(new int[] {1, 2, 3}).toFloatArray();
            for (float g : grad) {
                assertTrue(g > 0, "an image got no gradient");
            }
        }
    }

    @Test
    void translate_movesContentByTheDrawnShiftWithZerosBehind() {
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] dot = new float[SIZE * SIZE];
            dot[8 * SIZE + 8] = 1f;
            NDArray x = manager.create(dot, new Shape(1, 1, SIZE, SIZE));
            SplittableRandom drawn = new SplittableRandom(11);
            int pad = 2;
            int dy = drawn.nextInt(-pad, pad + 1);
            int dx = drawn.nextInt(-pad, pad + 1);
            float[] moved = DiffAugment.translate(x, new SplittableRandom(11)).toFloatArray();
            assertEquals(1f, moved[(8 + dy) * SIZE + 8 + dx]);
            assertEquals(1f, sum(moved), 1e-6f);
        }
    }

    @Test
    void cutout_zeroesOneSquareOfHalfTheSideAtMost() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray ones = manager.ones(new Shape(3, 1, SIZE, SIZE));
            float[] cut = DiffAugment.cutout(ones, new SplittableRandom(3)).toFloatArray();
            for (int i = 0; i < 3; i++) {
                int zeros = 0;
                for (int p = 0; p < SIZE * SIZE; p++) {
                    zeros += cut[i * SIZE * SIZE + p] == 0f ? 1 : 0;
                }
                assertTrue(zeros > 0 && zeros <= (SIZE / 2) * (SIZE / 2), "zeros: " + zeros);
            }
        }
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
