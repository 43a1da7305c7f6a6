package org.latentbrush.bridge.quality;

import org.latentbrush.bridge.photo.ProjectionMethod;

/**
 * How well one projection method reproduces held-out real images: one row of iGAN's comparison.
 *
 * @param method the solver
 * @param images how many images were projected
 * @param iterations Adam steps per image (0 for the encoder alone)
 * @param meanPsnr mean PSNR of G(z₀) against the image, in dB
 * @param medianPsnr median PSNR, in dB
 * @param medianMillis median wall time per image
 * @param meanMillis mean wall time per image
 */
public record ProjectionScore(ProjectionMethod method, int images, int iterations, double meanPsnr,
        double medianPsnr, double medianMillis, double meanMillis) {}
