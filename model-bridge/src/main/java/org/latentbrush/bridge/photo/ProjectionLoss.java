package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;

/**
 * The projection objective per candidate: pixel MSE + λ_feature · feature distance.
 *
 * <p>iGAN's projection used pixel MSE plus 0.002 × AlexNet conv4 MSE: pixels pin colours, features
 * pin structure, so the optimiser does not settle for a blur of the right average colour. Here the
 * features come from the model's encoder when it has one ({@link EncoderFeatures}), else from a fixed
 * pyramid and gradients ({@link PyramidFeatures}).
 */
final class ProjectionLoss {

    private final NDArray target01;
    private final FeatureDistance features;
    private final double featureWeight;
    private final double valueLow;
    private final double valueSpan;

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
        this.target01 = target01;
        this.features = featureWeight > 0 ? features : null;
        this.featureWeight = featureWeight;
        this.valueLow = valueLow;
        this.valueSpan = valueHigh - valueLow;
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
        NDArray pixel = meanPerImage(images.sub(valueLow).div(valueSpan).sub(target01).square());
        if (features == null) {
            return new Terms(pixel, pixel);
        }
        return new Terms(pixel, pixel.add(features.distance(images).mul(featureWeight)));
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
