package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latentbrush.bridge.generator.GanModel;

/**
 * Feature distance through the early convolution stages of the model's own encoder.
 *
 * <p>iGAN compared AlexNet conv4 features; this project has no classifier, but a model's encoder was
 * trained on that model's images, so its first stages respond to the edges and textures of exactly
 * this domain. Only the first {@value #STAGES} stages (convolution, batch norm, leaky ReLU) run, at
 * most all but the last, so the features keep a spatial layout instead of the final latent guess.
 * The distance is the features' mean squared difference relative to the target's mean squared
 * feature, which makes its weight independent of the encoder's scale.
 */
final class EncoderFeatures implements FeatureDistance {

    /** Convolution stages used: 1/2 and 1/4 of the image's side, the edge- and texture-level ones. */
    static final int STAGES = 2;

    /** Keeps the relative distance finite for a target whose features are all zero. */
    private static final double MIN_ENERGY = 1e-12;

    private final List<Block> layers;
    private final ParameterStore store;
    private final NDArray target;
    private final double energy;

    private EncoderFeatures(List<Block> layers, ParameterStore store, NDArray target) {
        this.layers = layers;
        this.store = store;
        this.target = target;
        this.energy = Math.max(MIN_ENERGY, target.square().mean().getFloat());
    }

    /**
     * Builds the distance when the model has a sequential encoder with at least two stages.
     *
     * @param model the model
     * @param target the target image, shape (1, channels, S, S), in the model's value range; its
     *     features are computed now and belong to its manager
     * @param run owns the parameter store's arrays (none are copied on the model's own device)
     * @return the distance, or empty when the model has no usable encoder
     */
    static Optional<EncoderFeatures> of(GanModel model, NDArray target, NDManager run) {
        if (!(model.encoderBlock() instanceof SequentialBlock encoder)) {
            return Optional.empty();
        }
        List<Block> children = encoder.getChildren().values();
        long convolutions = children.stream().filter(Conv2d.class::isInstance).count();
        long stages = Math.min(STAGES, convolutions - 1);
        if (stages < 1) {
            return Optional.empty();
        }
        List<Block> layers = new ArrayList<>();
        int seen = 0;
        for (Block child : children) {
            if (child instanceof Conv2d && ++seen > stages) {
                break;
            }
            layers.add(child);
        }
        ParameterStore store = new ParameterStore(run, false);
        return Optional.of(new EncoderFeatures(layers, store, features(layers, store, target)));
    }

    @Override
    public NDArray distance(NDArray images) {
        return ProjectionLoss.meanPerImage(features(layers, store, images).sub(target).square()).div(energy);
    }

    private static NDArray features(List<Block> layers, ParameterStore store, NDArray images) {
        NDArray x = images;
        for (Block layer : layers) {
            x = layer.forward(store, new NDList(x), false).singletonOrThrow();
        }
        return x;
    }
}
