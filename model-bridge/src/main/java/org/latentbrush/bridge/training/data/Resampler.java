package org.latentbrush.bridge.training.data;

/**
 * Resizes packed RGB pixels with a separable filter: exact area averaging when shrinking (every
 * source pixel counts by how much of it each target pixel covers, so nothing aliases) and linear
 * interpolation when enlarging.
 */
final class Resampler {

    private static final int CHANNELS = 3;

    private Resampler() {
    }

    /** Returns {@code src} ({@code sw × sh}, row-major 0xRRGGBB) resized to {@code dw × dh}. */
    static int[] resize(int[] src, int sw, int sh, int dw, int dh) {
        Axis horizontal = Axis.of(sw, dw);
        Axis vertical = Axis.of(sh, dh);
        float[] rows = new float[sh * dw * CHANNELS];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < dw; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                int first = horizontal.first[x];
                float[] w = horizontal.weights[x];
                for (int k = 0; k < w.length; k++) {
                    int p = src[y * sw + first + k];
                    r += w[k] * ((p >> 16) & 0xFF);
                    g += w[k] * ((p >> 8) & 0xFF);
                    b += w[k] * (p & 0xFF);
                }
                int o = (y * dw + x) * CHANNELS;
                rows[o] = r;
                rows[o + 1] = g;
                rows[o + 2] = b;
            }
        }
        int[] out = new int[dw * dh];
        for (int y = 0; y < dh; y++) {
            int first = vertical.first[y];
            float[] w = vertical.weights[y];
            for (int x = 0; x < dw; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = 0; k < w.length; k++) {
                    int o = ((first + k) * dw + x) * CHANNELS;
                    r += w[k] * rows[o];
                    g += w[k] * rows[o + 1];
                    b += w[k] * rows[o + 2];
                }
                out[y * dw + x] = Rgb.of(Math.round(r), Math.round(g), Math.round(b));
            }
        }
        return out;
    }

    /** Filter taps along one axis: target pixel {@code i} reads sources {@code first[i] + k}. */
    private static final class Axis {
        final int[] first;
        final float[][] weights;

        private Axis(int[] first, float[][] weights) {
            this.first = first;
            this.weights = weights;
        }

        static Axis of(int source, int target) {
            return target <= source ? area(source, target) : linear(source, target);
        }

        private static Axis area(int source, int target) {
            int[] first = new int[target];
            float[][] weights = new float[target][];
            double scale = (double) source / target;
            for (int i = 0; i < target; i++) {
                double start = i * scale;
                double end = Math.min(source, (i + 1) * scale);
                int j0 = (int) Math.floor(start);
                int j1 = Math.min(source - 1, (int) Math.ceil(end) - 1);
                first[i] = j0;
                weights[i] = new float[j1 - j0 + 1];
                for (int j = j0; j <= j1; j++) {
                    double overlap = Math.min(end, j + 1) - Math.max(start, j);
                    weights[i][j - j0] = (float) (overlap / scale);
                }
            }
            return new Axis(first, weights);
        }

        private static Axis linear(int source, int target) {
            int[] first = new int[target];
            float[][] weights = new float[target][];
            double scale = (double) source / target;
            for (int i = 0; i < target; i++) {
                double centre = (i + 0.5) * scale - 0.5;
                int j0 = (int) Math.floor(centre);
                float f = (float) (centre - j0);
                if (j0 < 0) {
                    first[i] = 0;
                    weights[i] = new float[] {1f};
                } else if (j0 >= source - 1) {
                    first[i] = source - 1;
                    weights[i] = new float[] {1f};
                } else {
                    first[i] = j0;
                    weights[i] = new float[] {1f - f, f};
                }
            }
            return new Axis(first, weights);
        }
    }
}
