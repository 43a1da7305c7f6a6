package org.latentbrush.bridge.generator;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;

/**
 * Builds the encoder network E that maps an image to a first guess of its latent vector.
 *
 * <p>Strided 4×4 convolutions halve the image down to 4×4 (DCGAN's discriminator layout), then a
 * linear layer and tanh give z inside the uniform prior's support [−1, 1].
 */
public final class EncoderNetwork {

    private static final float LEAKY_SLOPE = 0.2f;

    private EncoderNetwork() {}

    /**
     * Builds an uninitialised encoder.
     *
     * @param spec the generator's shape, whose images the encoder reads
     * @param baseWidth channels of the first convolution, doubling at each step
     * @return a block mapping (batch, channels, size, size) in [-1, 1] to (batch, latent)
     */
    public static Block build(ArchitectureSpec spec, int baseWidth) {
        SequentialBlock net = new SequentialBlock();
        int width = baseWidth;
        for (int step = 0; step < spec.upsamplingSteps(); step++) {
            net.add(Conv2d.builder().setKernelShape(new Shape(4, 4)).optStride(new Shape(2, 2))
                    .optPadding(new Shape(1, 1)).setFilters(width).optBias(step == 0).build());
            if (step > 0) {
                net.add(BatchNorm.builder().build());
            }
            net.add(Activation.leakyReluBlock(LEAKY_SLOPE));
            width *= 2;
        }
        net.add(Blocks.batchFlattenBlock());
        net.add(Linear.builder().setUnits(spec.latentSize()).build());
        net.add(Activation.tanhBlock());
        return net;
    }
}
