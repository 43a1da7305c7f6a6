package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tests {@link ValueNoise} and {@link RidgeProfile}, the renderer's randomness. */
class ValueNoiseTest {

    @Test
    void fractal_manyPoints_withinUnitRangeAndVaried() {
        ValueNoise noise = new ValueNoise(11);
        float min = 1;
        float max = 0;
        for (int i = 0; i < 2000; i++) {
            float v = noise.fractal(i * 0.173f - 50, i * 0.071f - 20, 3);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(min >= 0 && max <= 1, min + ".." + max);
        assertTrue(max - min > 0.4f, "too flat: " + min + ".." + max);
    }

    @Test
    void at_nearbyPoints_smooth_andSeedMatters() {
        ValueNoise noise = new ValueNoise(3);
        assertEquals(noise.at(4.5f, 2.25f), noise.at(4.501f, 2.25f), 0.01f);
        assertEquals(noise.at(4.5f, 2.25f), new ValueNoise(3).at(4.5f, 2.25f));
        assertNotEquals(noise.at(4.5f, 2.25f), new ValueNoise(4).at(4.5f, 2.25f));
    }

    @Test
    void ridgeProfile_anyLength_normalisedToUnitRangeAndDeterministic() {
        for (int columns : new int[] {17, 64, 100, 128, 256}) {
            float[] a = RidgeProfile.of(new SplittableRandom(columns), columns, 0.55);
            float[] b = RidgeProfile.of(new SplittableRandom(columns), columns, 0.55);
            assertEquals(columns, a.length);
            float min = 1;
            float max = 0;
            for (int i = 0; i < columns; i++) {
                assertEquals(a[i], b[i]);
                min = Math.min(min, a[i]);
                max = Math.max(max, a[i]);
            }
            assertEquals(0f, min, 1e-6f);
            assertEquals(1f, max, 1e-6f);
        }
    }
}
