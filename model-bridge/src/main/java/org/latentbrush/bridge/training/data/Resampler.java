package org.latentbrush.bridge.training.data;

import org.latentbrush.bridge.image.ResizeFilter;

/**
 * Resizes packed RGB pixels with {@link ResizeFilter}'s separable filter: exact area averaging when
 * shrinking and linear interpolation when enlarging.
 */
final class Resampler {

    private static final int CHANNELS = 3;

    private Resampler() {
    }

    /** Returns {@code src} ({@code sw × sh}, row-major 0xRRGGBB) resized to {@code dw × dh}. */
    static int[] resize(int[] src, int sw, int sh, int dw, int dh) {
        ResizeFilter horizontal = ResizeFilter.of(sw, dw);
        ResizeFilter vertical = ResizeFilter.of(sh, dh);
        float[] rows = new float[sh * dw * CHANNELS];
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < dw; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                int first = horizontal.first(x);
                float[] w = horizontal.weights(x);
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
            int first = vertical.first(y);
            float[] w = vertical.weights(y);
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
}
