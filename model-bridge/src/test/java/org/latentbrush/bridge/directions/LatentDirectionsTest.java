package org.latentbrush.bridge.directions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatentDirectionsTest {

    private final LatentDirections directions = TestDirections.along(8, 3);

    private static float[] latent() {
        return new float[] {0.5f, -0.25f, 0.9f, -1f, 1f, 0f, 0.1f, -0.7f};
    }

    @Test
    void apply_allAmountsZero_givesTheLatentBack() {
        float[] z = latent();
        float[] moved = directions.apply(z, new double[3]);
        assertArrayEquals(z, moved);
        moved[0] = 0.123f;
        assertEquals(0.5f, z[0], "the result is a copy");
    }

    @Test
    void apply_movesAlongTheVectorInAtanhSpace() {
        float[] z = latent();
        float[] moved = directions.apply(z, new double[] {0, 2, 0});
        // Direction 2 is the second axis: w₁ = atanh(−0.25) + 2 · 0.9, every other value unchanged.
        double expected = Math.tanh(0.5 * Math.log((1 - 0.25) / (1 + 0.25)) + 2 * 0.9);
        assertEquals(expected, moved[1], 1e-6);
        for (int i = 0; i < z.length; i++) {
            if (i != 1) {
                assertEquals(z[i], moved[i], 1e-6, "value " + i);
            }
        }
    }

    @Test
    void apply_farBeyondTheRange_staysInsideThePrior() {
        float[] moved = directions.apply(latent(), new double[] {1e6, -1e6, 40});
        for (float v : moved) {
            assertTrue(v >= -1 && v <= 1, "z stays in [-1, 1], was " + v);
        }
        assertEquals(1f, moved[0], 1e-6);
        assertEquals(-1f, moved[1], 1e-6);
    }

    @Test
    void apply_upThenDown_returnsToTheStart() {
        float[] z = latent();
        float[] up = directions.apply(z, new double[] {2.5, -1, 0.5});
        float[] back = directions.apply(up, new double[] {-2.5, 1, -0.5});
        // Saturated values (±1) come back within the edge kept before atanh.
        assertArrayEquals(z, back, 2e-6f);
    }

    @Test
    void apply_wrongLengths_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> directions.apply(latent(), new double[2]));
        assertThrows(IllegalArgumentException.class, () -> directions.apply(new float[7], new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> directions.apply(latent(), new double[] {Double.NaN, 0, 0}));
    }

    @Test
    void constructor_twoDirectionsOfOneName_refused() {
        LatentDirection a = directions.directions().get(0);
        LatentDirection b = directions.directions().get(1).named("Dusk", "", Optional.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LatentDirections(directions.origin(), List.of(a, b)));
        assertTrue(e.getMessage().contains("Dusk"), e.getMessage());
    }

    @Test
    void direction_notAUnitVector_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LatentDirection(1, "Dusk", "all", "", new float[] {0.5f, 0.5f}, 1, -3, 3,
                        Optional.empty()));
        assertTrue(e.getMessage().contains("unit vector"), e.getMessage());
    }

    @Test
    void flipped_pointsTheOtherWayWithTheRangeMirrored() {
        LatentDirection d = new LatentDirection(4, "Direction 4", "all", "", new float[] {0.6f, -0.8f}, 1,
                -2, 3, Optional.empty());
        LatentDirection f = d.flipped("Water", "water share 10% \u2192 40%", Optional.empty());
        assertArrayEquals(new float[] {-0.6f, 0.8f}, f.vector());
        assertEquals(-3, f.minimum());
        assertEquals(2, f.maximum());
        assertEquals(4, f.index());
    }
}
