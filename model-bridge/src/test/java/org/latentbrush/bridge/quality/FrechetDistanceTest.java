package org.latentbrush.bridge.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {

    @Test
    void between_identicalFeatureSets_isZero() {
        double[][] features = gaussian(500, new double[] {1, -2, 0.5, 3}, new double[] {1, 2, 0.5, 1},
                new Random(1));
        FeatureStatistics stats = FeatureStatistics.of(features);
        assertEquals(0, FrechetDistance.between(stats, FeatureStatistics.of(features.clone())), 1e-9);
    }

    @Test
    void between_shiftedCopy_isTheSquaredShift() {
        double[][] features = gaussian(300, new double[] {0, 0, 0}, new double[] {1, 3, 0.2},
                new Random(2));
        double[] shift = {0.5, -1, 2};
        double[][] moved = new double[features.length][3];
        for (int i = 0; i < features.length; i++) {
            for (int j = 0; j < 3; j++) {
                moved[i][j] = features[i][j] + shift[j];
            }
        }
        double expected = 0.25 + 1 + 4;
        assertEquals(expected, FrechetDistance.between(FeatureStatistics.of(features),
                FeatureStatistics.of(moved)), 1e-9);
    }

    @Test
    void between_sampledGaussians_approachesTheClosedForm() {
        // Diagonal covariances commute: d² = ‖μ₁ − μ₂‖² + Σ (σ₁ᵢ − σ₂ᵢ)².
        double[] mean1 = {0, 0, 0};
        double[] mean2 = {1, 0, -1};
        double[] sigma1 = {1, 1, 1};
        double[] sigma2 = {2, 1, 0.5};
        double expected = 2 + 1 + 0 + 0.25;
        double measured = FrechetDistance.between(
                FeatureStatistics.of(gaussian(20_000, mean1, sigma1, new Random(3))),
                FeatureStatistics.of(gaussian(20_000, mean2, sigma2, new Random(4))));
        assertEquals(expected, measured, 0.05 * expected);
    }

    @Test
    void between_knownNonCommutingCovariances_matchesClosedForm() {
        double[][] a = {{2, 0.5}, {0.5, 1}};
        double[][] b = {{1, -0.3}, {-0.3, 3}};
        double[][] m = PsdMatrices.multiply(a, b);
        double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        double crossTrace = Math.sqrt(m[0][0] + m[1][1] + 2 * Math.sqrt(det));
        double expected = 1 + 4 + (3 + 4 - 2 * crossTrace);
        assertEquals(expected, FrechetDistance.between(new double[] {0, 0}, a, new double[] {1, 2}, b),
                1e-12);
    }

    @Test
    void between_differentDimensions_isRefused() {
        FeatureStatistics two = FeatureStatistics.of(new double[][] {{0, 1}, {1, 0}, {2, 2}});
        FeatureStatistics three = FeatureStatistics.of(new double[][] {{0, 1, 0}, {1, 0, 1}});
        assertThrows(IllegalArgumentException.class, () -> FrechetDistance.between(two, three));
    }

    @Test
    void featureStatistics_smallSet_givesMeanAndUnbiasedCovariance() {
        FeatureStatistics s = FeatureStatistics.of(new double[][] {{1, 2}, {3, 6}, {5, 10}});
        assertArrayEquals(new double[] {3, 6}, s.mean(), 1e-12);
        // Deviations (−2, −4), (0, 0), (2, 4): sums of products 8, 16, 32 over n − 1 = 2.
        assertArrayEquals(new double[] {4, 8}, s.covariance()[0], 1e-12);
        assertArrayEquals(new double[] {8, 16}, s.covariance()[1], 1e-12);
    }

    /** Independent normal coordinates with the given means and standard deviations. */
    static double[][] gaussian(int n, double[] mean, double[] sigma, Random random) {
        double[][] x = new double[n][mean.length];
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                row[j] = mean[j] + sigma[j] * random.nextGaussian();
            }
        }
        return x;
    }
}
