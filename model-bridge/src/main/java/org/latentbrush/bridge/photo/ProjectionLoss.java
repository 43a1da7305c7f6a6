package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;

/**
 * The projection objective per candidate: pixel MSE + λ_feature · feature distance + λ_edge · edge
 * error.
 *
 * <p>iGAN's projection used pixel MSE plus 0.002 × AlexNet conv4 MSE: pixels pin colours, features
 * pin structure, so the optimiser does not settle for a blur of the right average colour. Here the
 * features come from the model's encoder when it has one ({@link EncoderFeatures}), else from a fixed
 * pyramid and gradients ({@link PyramidFeatures}).
 *
 * <p>The edge error is the MSE of the differences between neighbouring pixels (across and down),
 * image against frame. A network fitted by pixel MSE alone learns a picture's broad areas first and
 * its fine detail last (the spectral bias of gradient descent); weighting the neighbours'
 * differences gives the detail a gradient of its own, which is what per-photo tuning climbs
 * slowest on (docs/PHOTO-EDITING.md). An error that is the same everywhere has no edge error.
 */
final class ProjectionLoss {

    private final NDArray target01;
    private final FeatureDistance features;
    private final double featureWeight;
    private final double valueLow;
    private final double valueSpan;
    private final double edgeWeight;

    /**
     * Sets up the objective.
     *
     * @param target01 the frame, shape (1, channels, S, S), values in [0, 1]
     * @param features the feature distance, or null for pixels only
     * @param featureWeight λ_feature
     * @param valueLow the model's lowest output value
     * @param valueHigh the model's highest output value
     */
    /**
     * The loss against one frame with the model's own feature distance: its encoder's early stages
     * when it has an encoder, the pyramid and gradient distance otherwise.
     *
     * @param model the model whose images are scored
     * @param target01 the frame, shape (1, channels, S, S), values in [0, 1]
     * @param featureWeight weight of the feature distance; 0 for pixels alone
     * @param run owns the arrays derived from the frame
     * @return the loss
     */
    static ProjectionLoss forFrame(GanModel model, NDArray target01, double featureWeight, NDManager run) {
        ModelManifest mf = model.manifest();
        FeatureDistance features = null;
        if (featureWeight != 0) {
            NDArray target = target01.mul(mf.valueHigh() - mf.valueLow()).add(mf.valueLow());
            features = EncoderFeatures.of(model, target, run).<FeatureDistance>map(f -> f)
                    .orElseGet(() -> new PyramidFeatures(target, mf.valueLow(), mf.valueHigh(), run));
        }
        return new ProjectionLoss(target01, features, featureWeight, mf.valueLow(), mf.valueHigh());
    }

    ProjectionLoss(NDArray target01, FeatureDistance features, double featureWeight, double valueLow,
            double valueHigh) {
        this(target01, features, featureWeight, valueLow, valueHigh, 0);
    }

    private ProjectionLoss(NDArray target01, FeatureDistance features, double featureWeight, double valueLow,
            double valueHigh, double edgeWeight) {
        if (!(edgeWeight >= 0)) {
            throw new IllegalArgumentException("edge weight must be >= 0, was " + edgeWeight);
        }
        this.target01 = target01;
        this.features = featureWeight > 0 ? features : null;
        this.featureWeight = featureWeight;
        this.valueLow = valueLow;
        this.valueSpan = valueHigh - valueLow;
        this.edgeWeight = edgeWeight;
    }

    /**
     * This objective with the edge error added.
     *
     * @param weight λ_edge, 0 for none
     * @return a new objective; this one is unchanged
     */
    ProjectionLoss withEdges(double weight) {
        return new ProjectionLoss(target01, features, featureWeight, valueLow, valueLow + valueSpan, weight);
    }

    /** The terms for a batch, each of shape (batch). */
    record Terms(NDArray pixel, NDArray total) {}

    /**
     * Evaluates the objective.
     *
     * @param images G(z), shape (batch, channels, S, S), in the model's value range
     * @return pixel MSE on the [0, 1] scale and the total, per candidate
     */
    Terms evaluate(NDArray images) {
        NDArray error = images.sub(valueLow).div(valueSpan).sub(target01);
        NDArray pixel = meanPerImage(error.square());
        NDArray total = pixel;
        if (edgeWeight > 0) {
            total = total.add(edgeError(error).mul(edgeWeight));
        }
        if (features != null) {
            total = total.add(features.distance(images).mul(featureWeight));
        }
        return new Terms(pixel, total);
    }

    /**
     * The MSE of neighbouring pixels' differences, across and down, of an error image: how far the
     * image's edges are from the frame's. Not the sketch strokes' edge map ({@code
     * Candidate.edgeError}), nor {@link PyramidFeatures}' Sobel gradients, which that distance blends
     * with a pyramid of blurred levels: plain differences need no convolution.
     *
     * @param error image minus frame, shape (batch, channels, S, S)
     * @return shape (batch)
     */
    private static NDArray edgeError(NDArray error) {
        NDArray across = error.get(":, :, :, 1:").sub(error.get(":, :, :, :-1"));
        NDArray down = error.get(":, :, 1:, :").sub(error.get(":, :, :-1, :"));
        return meanPerImage(across.square()).add(meanPerImage(down.square()));
    }

    /**
     * The mean over everything but the batch axis: the engine's mean takes one axis at a time.
     *
     * @param x shape (batch, …)
     * @return shape (batch)
     */
    static NDArray meanPerImage(NDArray x) {
        return x.reshape(x.getShape().get(0), -1).mean(new int[] {1});
    }
}
