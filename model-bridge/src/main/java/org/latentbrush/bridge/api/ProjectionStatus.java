package org.latentbrush.bridge.api;

/**
 * How far a projection, or the tuning that follows it, has come, streamed while it runs.
 *
 * @param tuning whether the generator is being tuned to the photo (after the projection)
 * @param iteration steps done
 * @param iterations steps planned
 * @param psnr PSNR in dB of the best image so far against the frame (G′(z₀)'s while tuning)
 */
public record ProjectionStatus(boolean tuning, int iteration, int iterations, double psnr) {

    /** The fraction done, in [0, 1]. */
    public double fraction() {
        return iterations <= 0 ? 1 : Math.min(1, iteration / (double) iterations);
    }
}
