package org.latentbrush.bridge.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridSpectrumTest {

    private static final int SIZE = 16;

    /** One grey image (three equal channels) from a function of row and column. */
    private static float[] image(java.util.function.IntBinaryOperator value) {
        float[] chw = new float[3 * SIZE * SIZE];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    chw[(c * SIZE + y) * SIZE + x] = value.applyAsInt(y, x) / 4f;
                }
            }
        }
        return chw;
    }

    @Test
    void meanShares_checkerboard_putsAllPowerAtPeriodTwo() {
        float[][] set = {image((y, x) -> (x + y) % 2 == 0 ? 4 : 0)};
        double[] shares = GridSpectrum.meanShares(set, 1, SIZE, 3);
        assertEquals(1.0, shares[0], 1e-9);
        assertEquals(0.0, shares[1], 1e-9);
    }

    @Test
    void meanShares_stripesEveryFourPixels_putAllPowerAtPeriodFour() {
        float[][] set = {image((y, x) -> x % 4 < 2 ? 4 : 0)};
        double[] shares = GridSpectrum.meanShares(set, 1, SIZE, 3);
        // A square wave of period 4 has its fundamental at N/4 and a harmonic at 3N/4, which is
        // the mirror of N/4: all of it counts as period 4.
        assertEquals(0.0, shares[0], 1e-9);
        assertEquals(1.0, shares[1], 1e-9);
    }

    @Test
    void meanShares_smoothGradient_hasAlmostNoGridPower() {
        float[][] set = {image((y, x) -> x / 4)};
        double[] shares = GridSpectrum.meanShares(set, 1, SIZE, 3);
        assertTrue(shares[0] < 0.01 && shares[1] < 0.05, shares[0] + ", " + shares[1]);
    }

    @Test
    void powerSpectrum_keepsTheImagesEnergy() {
        double[][] image = GridSpectrum.grey(image((y, x) -> (y * 7 + x * 3) % 5), SIZE, 3);
        double energy = 0;
        for (double[] row : image) {
            for (double v : row) {
                energy += v * v;
            }
        }
        double power = 0;
        for (double[] row : GridSpectrum.powerSpectrum(image, SIZE)) {
            for (double v : row) {
                power += v;
            }
        }
        // Parseval: the sum of |F|² is N² times the sum of squares.
        assertEquals(energy * SIZE * SIZE, power, 1e-6 * power);
    }
}
