package org.latentbrush.bridge.image;

import java.awt.image.BufferedImage;

/**
 * A small image as plain floats: what the bridge hands to the editor and writes to files.
 *
 * <p>Channel-major (CHW) values in [0, 1]; one channel for grey, three for RGB. Immutable by
 * convention: nobody writes into {@link #data()} after construction.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param channels 1 or 3
 * @param data channel-major values in [0, 1], length channels·width·height
 */
public record RasterImage(int width, int height, int channels, float[] data) {

    public RasterImage {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        if (data.length != channels * width * height) {
            throw new IllegalArgumentException("expected " + channels * width * height
                    + " values, got " + data.length);
        }
    }

    /**
     * Reads one image out of a generator's output batch, mapping its value range to [0, 1].
     *
     * @param values the batch, channel-major per image
     * @param offset where the image starts
     * @param size the image's side
     * @param channels 1 or 3
     * @param low the generator's lowest value
     * @param high the generator's highest value
     * @return the image, clamped to [0, 1]
     */
    public static RasterImage fromModelRange(float[] values, int offset, int size, int channels,
            double low, double high) {
        double span = high - low;
        float[] data = new float[channels * size * size];
        for (int p = 0; p < data.length; p++) {
            data[p] = (float) Math.min(1, Math.max(0, (values[offset + p] - low) / span));
        }
        return new RasterImage(size, size, channels, data);
    }

    /** Value of channel {@code c} at ({@code x}, {@code y}). */
    public float get(int c, int x, int y) {
        return data[(c * height + y) * width + x];
    }

    /** Packed 0xAARRGGBB pixels, opaque, row-major; grey is repeated into R, G and B. */
    public int[] toArgb() {
        int n = width * height;
        int[] argb = new int[n];
        for (int i = 0; i < n; i++) {
            int r = toByte(data[i]);
            int g = channels == 3 ? toByte(data[n + i]) : r;
            int b = channels == 3 ? toByte(data[2 * n + i]) : r;
            argb[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return argb;
    }

    /** An RGB {@link BufferedImage} of the same pixels. */
    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, toArgb(), 0, width);
        return image;
    }

    /**
     * RGB pixels packed as 0xRRGGBB (the alpha byte is ignored), e.g. a photo's.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param rgb row-major packed pixels
     * @return the raster, three channels
     */
    public static RasterImage fromPackedRgb(int width, int height, int[] rgb) {
        int n = width * height;
        float[] data = new float[3 * n];
        for (int i = 0; i < n; i++) {
            data[i] = ((rgb[i] >> 16) & 0xFF) / 255f;
            data[n + i] = ((rgb[i] >> 8) & 0xFF) / 255f;
            data[2 * n + i] = (rgb[i] & 0xFF) / 255f;
        }
        return new RasterImage(width, height, 3, data);
    }

    /**
     * Reads a {@link BufferedImage}.
     *
     * @param image any image
     * @param channels 1 for grey (Rec. 601 luma), 3 for RGB
     * @return the raster
     */
    public static RasterImage fromBufferedImage(BufferedImage image, int channels) {
        int w = image.getWidth();
        int h = image.getHeight();
        int n = w * h;
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        float[] data = new float[channels * n];
        for (int i = 0; i < n; i++) {
            float r = ((argb[i] >> 16) & 0xFF) / 255f;
            float g = ((argb[i] >> 8) & 0xFF) / 255f;
            float b = (argb[i] & 0xFF) / 255f;
            if (channels == 1) {
                data[i] = Luma.of(r, g, b);
            } else {
                data[i] = r;
                data[n + i] = g;
                data[2 * n + i] = b;
            }
        }
        return new RasterImage(w, h, channels, data);
    }

    private static int toByte(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255f)));
    }
}
