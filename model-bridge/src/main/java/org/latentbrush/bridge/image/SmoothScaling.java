package org.latentbrush.bridge.image;

/**
 * Resizes a {@link RasterImage} smoothly: area averaging when shrinking, linear interpolation when
 * enlarging ({@link ResizeFilter}). This is what a result is shown and saved with when no learned
 * upscaler fits its model, and what carries a learned upscaler's output to other sizes.
 */
public final class SmoothScaling {

    private SmoothScaling() {}

    /**
     * Resizes an image.
     *
     * @param image the image
     * @param width the new width, at least 1
     * @param height the new height, at least 1
     * @return the resized image; {@code image} itself when the size is unchanged
     */
    public static RasterImage resize(RasterImage image, int width, int height) {
        if (width == image.width() && height == image.height()) {
            return image;
        }
        int sw = image.width();
        int sh = image.height();
        ResizeFilter across = ResizeFilter.of(sw, width);
        ResizeFilter down = ResizeFilter.of(sh, height);
        float[] src = image.data();
        float[] out = new float[image.channels() * width * height];
        float[] rows = new float[sh * width];
        for (int c = 0; c < image.channels(); c++) {
            int plane = c * sw * sh;
            for (int y = 0; y < sh; y++) {
                for (int x = 0; x < width; x++) {
                    float[] w = across.weights(x);
                    int first = plane + y * sw + across.first(x);
                    float sum = 0;
                    for (int k = 0; k < w.length; k++) {
                        sum += w[k] * src[first + k];
                    }
                    rows[y * width + x] = sum;
                }
            }
            int outPlane = c * width * height;
            for (int y = 0; y < height; y++) {
                float[] w = down.weights(y);
                int first = down.first(y);
                for (int x = 0; x < width; x++) {
                    float sum = 0;
                    for (int k = 0; k < w.length; k++) {
                        sum += w[k] * rows[(first + k) * width + x];
                    }
                    out[outPlane + y * width + x] = Math.min(1f, Math.max(0f, sum));
                }
            }
        }
        return new RasterImage(width, height, image.channels(), out);
    }

    /**
     * Enlarges (or shrinks) an image by a whole factor.
     *
     * @param image the image
     * @param scale the factor, at least 1
     * @return the image {@code scale} times as wide and high
     */
    public static RasterImage scale(RasterImage image, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        return resize(image, image.width() * scale, image.height() * scale);
    }
}
