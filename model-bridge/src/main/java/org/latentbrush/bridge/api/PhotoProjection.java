package org.latentbrush.bridge.api;

import org.latentbrush.bridge.image.RasterImage;

/**
 * A photo's frame projected into the model's latent space, and the generator tuned to it: z₀ and
 * its image G′(z₀) (G(z₀) when not tuned).
 *
 * @param z0 the latent vector
 * @param reconstruction G′(z₀), or G(z₀) when not tuned, values in [0, 1]
 * @param psnr how close the reconstruction is to the frame, in dB (higher is closer)
 * @param method the method that ran: {@code hybrid}, {@code encoder} or {@code optimize}
 * @param iterations optimisation steps done
 * @param cancelled whether it was stopped early; z₀ and the tuning are then the best found so far
 * @param millis wall time, tuning included
 * @param psnrBeforeTuning how close G(z₀) of the shared model is to the frame, in dB
 * @param tunedWeights the tuned generator's weights, to save with the photo, or {@code null} when not
 *     tuned; edits run on it until another photo is projected or {@link BrushEngine#usePhotoGenerator}
 *     says otherwise
 */
public record PhotoProjection(float[] z0, RasterImage reconstruction, double psnr, String method,
        int iterations, boolean cancelled, long millis, double psnrBeforeTuning, byte[] tunedWeights) {

    /** Whether the generator was tuned to the photo. */
    public boolean tuned() {
        return tunedWeights != null;
    }
}
