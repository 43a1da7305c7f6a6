package org.latentbrush.bridge.photo;

/**
 * How far a projection has come, streamed while it runs.
 *
 * @param iteration Adam steps done
 * @param iterations Adam steps planned
 * @param psnr PSNR in dB of the best candidate so far against the frame
 */
public record ProjectionProgress(int iteration, int iterations, double psnr) {}
