package org.latentbrush.bridge.photo;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Converts whatever ImageIO decoded into a {@link Photo}: 8-bit RGB, opaque.
 *
 * <p>Grey and RGB images of any bit depth are read from their raw samples, row by row: their
 * samples are already gamma-encoded, and {@code BufferedImage.getRGB} would treat grey as linear
 * and brighten it (a grey 128 would become 188). Everything else (palettes, embedded colour
 * profiles) goes through {@code getRGB}, which applies the palette or profile. Transparent pixels
 * are flattened onto white, as a page would show them; the model sees no alpha.
 */
final class RgbConverter {

    private static final int WHITE = 255;
    private static final int MAX_BYTE = 255;

    private RgbConverter() {}

    /**
     * Converts an image.
     *
     * @param image a decoded image; when it is already packed 8-bit RGB its pixel array is taken
     *     over without copying, so the caller must not use it afterwards
     * @return the photo
     */
    static Photo toPhoto(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] packed = sharedIntRgb(image);
        if (packed != null) {
            return new Photo(w, h, packed);
        }
        int[] out = new int[Math.multiplyExact(w, h)];
        ColorModel model = image.getColorModel();
        ColorSpace space = model.getColorSpace();
        boolean rawSamples = model instanceof ComponentColorModel && !model.isAlphaPremultiplied()
                && (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY);
        if (rawSamples) {
            fromSamples(image.getRaster(), model.hasAlpha(), space.getType() == ColorSpace.TYPE_GRAY, out);
        } else {
            fromArgb(image, out);
        }
        return new Photo(w, h, out);
    }

    /** The pixel array of a plain TYPE_INT_RGB image, or null when it is laid out otherwise. */
    private static int[] sharedIntRgb(BufferedImage image) {
        Raster raster = image.getRaster();
        if (image.getType() != BufferedImage.TYPE_INT_RGB || raster.getParent() != null
                || !(raster.getDataBuffer() instanceof DataBufferInt buffer) || buffer.getNumBanks() != 1
                || buffer.getOffset() != 0
                || !(raster.getSampleModel() instanceof SinglePixelPackedSampleModel sample)
                || sample.getScanlineStride() != image.getWidth()
                || buffer.getSize() != image.getWidth() * image.getHeight()) {
            return null;
        }
        return buffer.getData();
    }

    private static void fromSamples(Raster raster, boolean alpha, boolean grey, int[] out) {
        int w = raster.getWidth();
        int bands = raster.getNumBands();
        int colourBands = bands - (alpha ? 1 : 0);
        double[] scale = new double[bands];
        for (int b = 0; b < bands; b++) {
            scale[b] = MAX_BYTE / (double) ((1L << raster.getSampleModel().getSampleSize(b)) - 1);
        }
        int[] row = new int[w * bands];
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int at = x * bands;
                int r = toByte(row[at], scale[0]);
                int g = grey ? r : toByte(row[at + 1], scale[1]);
                int b = grey ? r : toByte(row[at + 2], scale[2]);
                if (alpha) {
                    int a = toByte(row[at + colourBands], scale[colourBands]);
                    r = overWhite(r, a);
                    g = overWhite(g, a);
                    b = overWhite(b, a);
                }
                out[y * w + x] = r << 16 | g << 8 | b;
            }
        }
    }

    private static void fromArgb(BufferedImage image, int[] out) {
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int c = row[x];
                int a = c >>> 24;
                out[y * w + x] = overWhite((c >> 16) & 0xFF, a) << 16 | overWhite((c >> 8) & 0xFF, a) << 8
                        | overWhite(c & 0xFF, a);
            }
        }
    }

    private static int toByte(int sample, double scale) {
        return (int) Math.round(sample * scale);
    }

    /** Composites a colour of opacity {@code a} (0–255) over white, rounding to nearest. */
    static int overWhite(int colour, int a) {
        return (colour * a + WHITE * (MAX_BYTE - a) + MAX_BYTE / 2) / MAX_BYTE;
    }
}
