package org.latentbrush.bridge.api;

import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.optim.Candidate;

/**
 * One result of an edit: a latent vector, its image and how well it meets the strokes.
 *
 * @param z the latent vector, inside [−1, 1]
 * @param image G(z), values in [0, 1]
 * @param colorError mean squared colour difference under the colour strokes, on [0, 1] values
 * @param edgeError how far the edge map falls short of the sketch strokes
 * @param priorCost mean of (z − z₀)²; z₀ is the fixed result, or 0 without one
 * @param changeCost mean squared change from the result the edit started from, away from the
 *     strokes, on [0, 1] values; 0 for an edit without a current result
 * @param cost the value the optimiser minimises
 */
public record EditCandidate(float[] z, RasterImage image, double colorError, double edgeError,
        double priorCost, double changeCost, double cost) {

    /** The engine's view of one of the optimiser's candidates. */
    static EditCandidate of(Candidate c) {
        return new EditCandidate(c.z(), c.image(), c.colorError(), c.edgeError(), c.priorCost(),
                c.changeCost(), c.cost());
    }
}
