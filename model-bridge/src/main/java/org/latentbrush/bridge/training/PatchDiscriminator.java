package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.latentbrush.bridge.generator.SeededWeights;

/**
 * A small fully convolutional discriminator for super-resolution patches: it scores every
 * neighbourhood of a patch (PatchGAN, Isola et al. 2017) and exposes its feature maps for the
 * feature loss.
 *
 * <p>Spectrally normalised 3×3 then two 4×4 stride-2 convolutions, each followed by LeakyReLU 0.2,
 * then a 3×3 convolution to one score per position. Fine detail is what separates a sharp patch
 * from a smoothly enlarged one, so the receptive field stays small (about 22 pixels).
 */
final class PatchDiscriminator {

    private static final float SLOPE = 0.2f;

    private final List<Block> layers = new ArrayList<>();
    private final SequentialBlock all = new SequentialBlock();

    /**
     * Builds and initialises the discriminator.
     *
     * @param channels image channels
     * @param width channels of the first layer
     * @param manager owns the weights
     */
    PatchDiscriminator(int channels, int width, NDManager manager) {
        layers.add(new SpectralNormConv2d(channels, width, 3, 1, 1));
        layers.add(new SpectralNormConv2d(width, 2 * width, 4, 2, 1));
        layers.add(new SpectralNormConv2d(2 * width, 4 * width, 4, 2, 1));
        layers.add(new SpectralNormConv2d(4 * width, 1, 3, 1, 1));
        layers.forEach(all::add);
        all.setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
        SeededWeights.initialise(all, manager, DataType.FLOAT32, new Shape(1, channels, 32, 32));
    }

    /** The whole network, for saving, loading and the optimiser. */
    Block block() {
        return all;
    }

    /**
     * Scores patches and collects the feature maps.
     *
     * @param store the parameter store
     * @param images (batch, channels, H, W) in [0, 1]
     * @param training whether the spectral norms' vectors advance
     * @param features receives each hidden layer's activations; may be null
     * @return the scores, one per position
     */
    NDArray forward(ParameterStore store, NDArray images, boolean training, List<NDArray> features) {
        NDArray x = images.mul(2).sub(1);
        for (int i = 0; i < layers.size(); i++) {
            x = layers.get(i).forward(store, new NDList(x), training).singletonOrThrow();
            if (i < layers.size() - 1) {
                x = Activation.leakyRelu(x, SLOPE);
                if (features != null) {
                    features.add(x);
                }
            }
        }
        return x;
    }
}
