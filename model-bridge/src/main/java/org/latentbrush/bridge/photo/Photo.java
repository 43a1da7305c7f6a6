package org.latentbrush.bridge.photo;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * A full-resolution photo as packed 8-bit RGB: what the photo editor reads, edits and writes.
 *
 * <p>One {@code int} per pixel, {@code 0xRRGGBB} (the top byte is ignored), row-major. Plain ints
 * rather than a {@link BufferedImage} because a 12-megapixel photo is worked on row by row, and an
 * array index is much cheaper than {@code BufferedImage.getRGB}. Immutable by convention: nobody
 * writes into {@link #rgb()} after construction.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param rgb packed pixels, length width·height
 */
public record Photo(int width, int height, int[] rgb) {

    /** Masks of the packed channels, red first. */
    private static final int[] MASKS = {0xFF0000, 0xFF00, 0xFF};

    public Photo {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("photo size must be positive, was " + width + "x" + height);
        }
        if (rgb.length != (long) width * height) {
            throw new IllegalArgumentException("expected " + (long) width * height + " pixels, got "
                    + rgb.length);
        }
    }

    /** The packed colour at ({@code x}, {@code y}), 0xRRGGBB. */
    public int rgbAt(int x, int y) {
        return rgb[y * width + x] & 0xFFFFFF;
    }

    /** Number of pixels. */
    public long pixelCount() {
        return (long) width * height;
    }

    /**
     * How many pixels differ from another photo's: what an edit changed.
     *
     * @param other a photo of the same size
     * @return the pixels whose packed value differs
     * @throws IllegalArgumentException if the sizes differ
     */
    public long pixelsDifferingFrom(Photo other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("cannot compare a " + width + "x" + height + " photo with a "
                    + other.width + "x" + other.height + " one");
        }
        int[] a = rgb;
        int[] b = other.rgb;
        long changed = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * An RGB {@link BufferedImage} that shares this photo's pixels, for writing files.
     *
     * <p>Sharing avoids copying a 48 MB array for a 12-megapixel photo; the image must not be drawn on.
     */
    public BufferedImage toBufferedImage() {
        DirectColorModel model = new DirectColorModel(24, MASKS[0], MASKS[1], MASKS[2]);
        WritableRaster raster = Raster.createWritableRaster(
                new SinglePixelPackedSampleModel(DataBufferInt.TYPE_INT, width, height, MASKS),
                new DataBufferInt(rgb, rgb.length), null);
        return new BufferedImage(model, raster, false, null);
    }
}
