package org.latentbrush.bridge.training.data;

import java.awt.image.BufferedImage;
import org.latentbrush.bridge.image.Luma;

/** Converts between packed RGB pixels, CHW float images in [-1, 1] and {@link BufferedImage}s. */
public final class ChwImages {

    /** Half of the largest 8-bit value: maps 0..255 onto -1..1. */
    private static final float HALF_RANGE = 127.5f;
    private static final int MAX_BYTE = 255;
    private static final int RGB_CHANNELS = 3;

    private ChwImages() {
    }

    /** Maps an 8-bit value 0..255 onto [-1, 1]. */
    public static float toUnit(int value) {
        return value / HALF_RANGE - 1f;
    }

    /** Maps a value in [-1, 1] back onto 0..255, rounding and clamping out-of-range values. */
    public static int toByte(float value) {
        int v = Math.round((value + 1f) * HALF_RANGE);
        return Math.max(0, Math.min(MAX_BYTE, v));
    }

    /** Returns the Rec. 601 luma of a packed 0xRRGGBB pixel as a value 0..255. */
    public static float luma(int rgb) {
        return Luma.ofPacked(rgb);
    }

    /**
     * Writes packed 0xRRGGBB pixels (row-major, {@code width × height}) into {@code out} at
     * {@code offset} as CHW floats in [-1, 1]; one channel means luma, three mean R, G, B planes.
     */
    public static void writeRgb(int[] rgb, int width, int height, int channels, float[] out,
            int offset) {
        checkChannels(channels);
        int plane = width * height;
        if (channels == 1) {
            for (int i = 0; i < plane; i++) {
                out[offset + i] = luma(rgb[i]) / HALF_RANGE - 1f;
            }
            return;
        }
        for (int i = 0; i < plane; i++) {
            int p = rgb[i];
            out[offset + i] = toUnit((p >> 16) & 0xFF);
            out[offset + plane + i] = toUnit((p >> 8) & 0xFF);
            out[offset + 2 * plane + i] = toUnit(p & 0xFF);
        }
    }

    /** Returns one CHW float image (1 or 3 channels) as an RGB {@link BufferedImage}. */
    public static BufferedImage toImage(float[] chw, int offset, int channels, int width,
            int height) {
        checkChannels(channels);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int plane = width * height;
        int[] rgb = new int[plane];
        for (int i = 0; i < plane; i++) {
            int r = toByte(chw[offset + i]);
            int g = channels == 1 ? r : toByte(chw[offset + plane + i]);
            int b = channels == 1 ? r : toByte(chw[offset + 2 * plane + i]);
            rgb[i] = (r << 16) | (g << 8) | b;
        }
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }

    /** Returns image {@code index} of {@code source} as an RGB {@link BufferedImage}. */
    public static BufferedImage toImage(ImageSource source, long index) {
        float[] chw = new float[source.floatsPerImage()];
        source.fill(index, chw, 0);
        return toImage(chw, 0, source.channels(), source.width(), source.height());
    }

    private static void checkChannels(int channels) {
        if (channels != 1 && channels != RGB_CHANNELS) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
    }
}
