package org.latentbrush.bridge.optim;

import org.latentbrush.bridge.image.RasterImage;

/**
 * One result of the optimiser: a latent vector, its image and how well it meets the strokes.
 *
 * @param z the latent vector, inside [−1, 1]
 * @param image G(z)
 * @param colorError mean over colour-constrained pixels, weighted by the stroke mask, of the
 *     squared difference with values in [0, 1] (averaged over channels)
 * @param edgeError the same for the sketch term: how far the edge map falls short of 1 on sketches
 * @param priorCost mean of (z − z₀)² over dimensions; z₀ is the fixed result, or 0 without one
 * @param changeCost mean over the pixels away from the strokes of the squared change from the
 *     current result, with values in [0, 1] (averaged over channels); 0 without a current result
 *     or with the continuity term off
 * @param cost colour + λ_edge·edge + λ_prior·prior + λ_change·change, the value minimised
 */
public record Candidate(float[] z, RasterImage image, double colorError, double edgeError,
        double priorCost, double changeCost, double cost) {}
