package org.latentbrush.bridge.api;

import org.latentbrush.bridge.image.RasterImage;

/**
 * A photo's frame projected into the model's latent space: z₀ and its image G(z₀).
 *
 * @param z0 the latent vector
 * @param reconstruction G(z₀), values in [0, 1]
 * @param psnr how close G(z₀) is to the frame, in dB (higher is closer)
 * @param method the method that ran: {@code hybrid}, {@code encoder} or {@code optimize}
 * @param iterations optimisation steps done
 * @param cancelled whether it was stopped early; z₀ is then the best found so far
 * @param millis wall time
 */
public record PhotoProjection(float[] z0, RasterImage reconstruction, double psnr, String method,
        int iterations, boolean cancelled, long millis) {}
