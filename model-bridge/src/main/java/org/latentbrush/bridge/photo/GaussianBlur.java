package org.latentbrush.bridge.photo;

/**
 * Separable Gaussian blur of a small square single-channel image, renormalised at the borders.
 *
 * <p>Renormalising (dividing by the weights that fall inside the image) keeps a mask of ones at one
 * along the border instead of fading it as zero padding would.
 */
final class GaussianBlur {

    private GaussianBlur() {}

    /**
     * Blurs an image.
     *
     * @param image row-major, side × side
     * @param side the image's side
     * @param sigma the Gaussian's standard deviation in pixels; 0 or less returns a copy
     * @param cutoff the kernel's radius in σ
     * @return the blurred image
     */
    static float[] blur(float[] image, int side, double sigma, double cutoff) {
        if (!(sigma > 0)) {
            return image.clone();
        }
        int radius = (int) Math.ceil(cutoff * sigma);
        double[] kernel = new double[2 * radius + 1];
        for (int k = -radius; k <= radius; k++) {
            kernel[k + radius] = Math.exp(-k * k / (2 * sigma * sigma));
        }
        float[] horizontal = new float[image.length];
        float[] out = new float[image.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                horizontal[y * side + x] = sample(image, kernel, radius, side, y * side, 1, x);
            }
        }
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                out[y * side + x] = sample(horizontal, kernel, radius, side, x, side, y);
            }
        }
        return out;
    }

    /** The weighted mean along one line (start, start + step, …) around position {@code at}. */
    private static float sample(float[] image, double[] kernel, int radius, int side, int start, int step,
            int at) {
        double sum = 0;
        double weights = 0;
        for (int k = -radius; k <= radius; k++) {
            int p = at + k;
            if (p >= 0 && p < side) {
                sum += kernel[k + radius] * image[start + p * step];
                weights += kernel[k + radius];
            }
        }
        return (float) (sum / weights);
    }
}
