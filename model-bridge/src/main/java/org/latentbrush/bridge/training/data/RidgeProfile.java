package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * A 1D fractal height profile made by midpoint displacement, sampled per column; it shapes mountain
 * ridges, rolling hills and shorelines.
 */
final class RidgeProfile {

    private RidgeProfile() {
    }

    /**
     * Returns {@code columns} heights normalised to [0, 1] (lowest 0, highest 1).
     *
     * @param roughness how much each halving keeps of the displacement: about 0.45 gives smooth
     *     hills, 0.6 jagged alpine ridges
     */
    static float[] of(SplittableRandom random, int columns, double roughness) {
        int n = Integer.highestOneBit(Math.max(2, columns - 1));
        if (n < columns - 1) {
            n <<= 1;
        }
        float[] h = new float[n + 1];
        h[0] = (float) random.nextDouble();
        h[n] = (float) random.nextDouble();
        double amplitude = 1.0;
        for (int step = n; step > 1; step >>= 1) {
            int half = step >> 1;
            for (int i = half; i < n; i += step) {
                double offset = (random.nextDouble() * 2 - 1) * amplitude;
                h[i] = (float) ((h[i - half] + h[i + half]) * 0.5 + offset);
            }
            amplitude *= roughness;
        }
        float[] out = new float[columns];
        double scale = (double) n / Math.max(1, columns - 1);
        for (int x = 0; x < columns; x++) {
            out[x] = h[(int) Math.round(x * scale)];
        }
        normalise(out);
        return out;
    }

    private static void normalise(float[] values) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float range = Math.max(1e-6f, max - min);
        for (int i = 0; i < values.length; i++) {
            values[i] = (values[i] - min) / range;
        }
    }
}
