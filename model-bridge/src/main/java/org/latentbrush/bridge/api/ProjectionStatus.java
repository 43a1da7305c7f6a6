package org.latentbrush.bridge.api;

/**
 * How far a projection has come, streamed while it runs.
 *
 * @param iteration steps done
 * @param iterations steps planned
 * @param psnr PSNR in dB of the best image so far against the frame
 */
public record ProjectionStatus(int iteration, int iterations, double psnr) {

    /** The fraction done, in [0, 1]. */
    public double fraction() {
        return iterations <= 0 ? 1 : Math.min(1, iteration / (double) iterations);
    }
}
