package org.latentbrush.bridge.upscale;

/**
 * The shape of an upscaler network ({@link UpscalerNetwork}).
 *
 * @param scale how many times wider and higher the output is: 2 or 4
 * @param channels 1 for grey, 3 for RGB
 * @param width channels of the hidden convolutions, 4 to 128
 * @param depth hidden 3×3 convolutions between the first and the last, 0 to 16
 */
public record UpscalerSpec(int scale, int channels, int width, int depth) {

    /** Widest hidden layer allowed: beyond this an upscaler is no longer small enough to run live. */
    public static final int MAX_WIDTH = 128;
    /** Deepest body allowed, for the same reason. */
    public static final int MAX_DEPTH = 16;

    /**
     * Checks the numbers; messages start with the field's name.
     *
     * @throws IllegalArgumentException naming the first bad value
     */
    public UpscalerSpec {
        if (scale != 2 && scale != 4) {
            throw new IllegalArgumentException("scale must be 2 or 4, was " + scale);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        if (width < 4 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be 4 to " + MAX_WIDTH + ", was " + width);
        }
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be 0 to " + MAX_DEPTH + ", was " + depth);
        }
    }

    /**
     * How far, in input pixels, an output pixel sees: one pixel per 3×3 convolution, plus one for
     * the smooth base. Tiles overlap by this much so that tiled and whole results agree.
     */
    public int reach() {
        return depth + 3;
    }
}
