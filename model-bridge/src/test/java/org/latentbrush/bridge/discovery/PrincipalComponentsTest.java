package org.latentbrush.bridge.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrincipalComponentsTest {

    private static final int SAMPLES = 400;
    private static final int FEATURES = 60;

    /**
     * Samples spread 3 along one feature direction, 2 along a second and 0.1 in every feature: the
     * two strongest components are known, with variances near 9 and 4.
     */
    private static float[] samples(double[][] hidden) {
        SplittableRandom random = new SplittableRandom(3);
        double[] first = new double[FEATURES];
        double[] second = new double[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            first[j] = j % 2 == 0 ? 1 : -1;
            second[j] = j < FEATURES / 2 ? 1 : -1;
        }
        double norm = Math.sqrt(FEATURES);
        float[] values = new float[SAMPLES * FEATURES];
        for (int i = 0; i < SAMPLES; i++) {
            hidden[i][0] = 3 * (2 * random.nextDouble() - 1) * Math.sqrt(3);
            hidden[i][1] = 2 * (2 * random.nextDouble() - 1) * Math.sqrt(3);
            for (int j = 0; j < FEATURES; j++) {
                values[i * FEATURES + j] = (float) (5 + hidden[i][0] * first[j] / norm
                        + hidden[i][1] * second[j] / norm + 0.1 * (2 * random.nextDouble() - 1));
            }
        }
        return values;
    }

    @Test
    void of_knownSpread_findsBothComponentsStrongestFirst() {
        double[][] hidden = new double[SAMPLES][2];
        float[] values = samples(hidden);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            PrincipalComponents pc = PrincipalComponents.of(
                    manager.create(values, new Shape(SAMPLES, FEATURES)), 2, 7);
            assertEquals(9, pc.variances()[0], 1.5, "the first component's variance");
            assertEquals(4, pc.variances()[1], 0.8, "the second component's variance");
            assertTrue(pc.varianceShare(0) + pc.varianceShare(1) > 0.98, "the noise is tiny");
            // Each sample's scores are its hidden coordinates, up to the components' signs.
            assertTrue(Math.abs(correlation(hidden, pc.scores(), 0)) > 0.99);
            assertTrue(Math.abs(correlation(hidden, pc.scores(), 1)) > 0.99);
        }
    }

    @Test
    void of_sameSeed_sameScores() {
        float[] values = samples(new double[SAMPLES][2]);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            PrincipalComponents a = PrincipalComponents.of(manager.create(values, new Shape(SAMPLES, FEATURES)), 3, 7);
            PrincipalComponents b = PrincipalComponents.of(manager.create(values, new Shape(SAMPLES, FEATURES)), 3, 7);
            for (int i = 0; i < SAMPLES; i++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(a.scores()[i], b.scores()[i]);
            }
        }
    }

    private static double correlation(double[][] hidden, double[][] scores, int k) {
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < SAMPLES; i++) {
            mx += hidden[i][k] / SAMPLES;
            my += scores[i][k] / SAMPLES;
        }
        for (int i = 0; i < SAMPLES; i++) {
            double x = hidden[i][k] - mx;
            double y = scores[i][k] - my;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
