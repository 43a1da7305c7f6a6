package org.latentbrush.bridge.training.data;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns any decoded picture into a small square: centre crop to the shorter side, then an
 * area-averaging resize, with transparency composited over black.
 */
final class SquareThumbnails {

    private static final int BYTE_BITS = 8;
    private static final int SHORT_BITS = 16;
    private static final int MAX = 255;

    private SquareThumbnails() {
    }

    /** Returns the centre square of {@code image} resized to {@code size × size} 0xRRGGBB pixels. */
    static int[] of(BufferedImage image, int size) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x0 = (image.getWidth() - side) / 2;
        int y0 = (image.getHeight() - side) / 2;
        int[] square = rgb(image, x0, y0, side);
        return Resampler.resize(square, side, side, size, size);
    }

    /** The {@code side × side} block at ({@code x0}, {@code y0}) as opaque 0xRRGGBB pixels. */
    private static int[] rgb(BufferedImage image, int x0, int y0, int side) {
        Raster raster = image.getRaster();
        ColorModel model = image.getColorModel();
        int bands = raster.getNumBands();
        int bits = raster.getSampleModel().getSampleSize(0);
        boolean plainGrey = (bands == 1 || bands == 2) && !(model instanceof IndexColorModel)
                && (bits == BYTE_BITS || bits == SHORT_BITS);
        if (plainGrey) {
            // getRGB would treat 8-bit grey as linear light and brighten it: read samples instead.
            return grey(raster, x0, y0, side, bands == 2, bits - BYTE_BITS);
        }
        int[] argb = image.getRGB(x0, y0, side, side, null, 0, side);
        if (model.hasAlpha()) {
            for (int i = 0; i < argb.length; i++) {
                argb[i] = overBlack(argb[i]);
            }
        } else {
            for (int i = 0; i < argb.length; i++) {
                argb[i] &= 0xFFFFFF;
            }
        }
        return argb;
    }

    private static int[] grey(Raster raster, int x0, int y0, int side, boolean alpha, int shift) {
        int[] out = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int v = raster.getSample(x0 + x, y0 + y, 0) >> shift;
                if (alpha) {
                    v = v * (raster.getSample(x0 + x, y0 + y, 1) >> shift) / MAX;
                }
                out[y * side + x] = (v << 16) | (v << 8) | v;
            }
        }
        return out;
    }

    /** Composites a non-premultiplied ARGB pixel over black. */
    private static int overBlack(int argb) {
        int a = argb >>> 24;
        int r = ((argb >> 16) & MAX) * a / MAX;
        int g = ((argb >> 8) & MAX) * a / MAX;
        int b = (argb & MAX) * a / MAX;
        return (r << 16) | (g << 8) | b;
    }
}
