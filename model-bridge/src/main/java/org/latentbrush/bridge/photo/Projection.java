package org.latentbrush.bridge.photo;

import org.latentbrush.bridge.image.RasterImage;

/**
 * A photo projected into the latent space: z₀ and how closely G(z₀) reproduces the frame.
 *
 * @param z the latent vector, inside [−1, 1]
 * @param reconstruction G(z), values in [0, 1]
 * @param psnr peak signal-to-noise ratio of the reconstruction against the frame, in dB (higher is
 *     closer; capped at {@value #MAX_PSNR} for identical images)
 * @param method the method that ran ({@link ProjectionMethod#OPTIMIZE} when hybrid was asked of a
 *     model without an encoder)
 * @param iterations Adam steps done
 * @param cancelled whether the run stopped early; z is then the best found so far
 * @param millis wall time of the projection
 */
public record Projection(float[] z, RasterImage reconstruction, double psnr, ProjectionMethod method,
        int iterations, boolean cancelled, long millis) {

    /** The PSNR reported for identical images, where the formula gives infinity. */
    public static final double MAX_PSNR = 100;

    /**
     * PSNR = 10·log10(1 / MSE) of two images with values in [0, 1].
     *
     * @param a an image
     * @param b an image of the same size and channels
     * @return the PSNR in dB, at most {@value #MAX_PSNR}
     */
    public static double psnr(RasterImage a, RasterImage b) {
        if (a.data().length != b.data().length) {
            throw new IllegalArgumentException("images differ in size or channels");
        }
        double sum = 0;
        for (int i = 0; i < a.data().length; i++) {
            double d = a.data()[i] - b.data()[i];
            sum += d * d;
        }
        return psnrOfMse(sum / a.data().length);
    }

    /** PSNR of a mean squared error on the [0, 1] scale. */
    static double psnrOfMse(double mse) {
        return mse <= 0 ? MAX_PSNR : Math.min(MAX_PSNR, -10 * Math.log10(mse));
    }
}
