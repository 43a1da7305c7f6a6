package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;

/**
 * Builds the built-in generator network: DCGAN's layout with sub-pixel upsampling.
 *
 * <p>z → linear → 4×4 feature map → (upsample ×2, batch norm, ReLU)… → upsample to the image's
 * channels → tanh. The widest layer has {@code baseWidth · 2^(n-1)} channels for n upsampling
 * steps, halving at each step, as in Radford et al. (2016).
 */
public final class DcganGenerator {

    /** The side of the first feature map, which the upsampling steps double. */
    public static final int SEED_SIZE = 4;

    private DcganGenerator() {}

    /**
     * Builds an uninitialised generator block.
     *
     * @param spec the model's shape and width
     * @return a block mapping (batch, latent) to (batch, channels, size, size) in [-1, 1]
     */
    public static Block build(ArchitectureSpec spec) {
        int steps = spec.upsamplingSteps();
        int width = spec.baseWidth() << (steps - 1);
        SequentialBlock net = new SequentialBlock();
        net.add(Linear.builder().setUnits((long) width * SEED_SIZE * SEED_SIZE).optBias(false).build());
        final int seedChannels = width;
        net.add(new LambdaBlock(
                list -> new NDList(reshapeToSeed(list.singletonOrThrow(), seedChannels)), "toSeedMap"));
        net.add(BatchNorm.builder().build());
        net.add(Activation.reluBlock());
        for (int step = 1; step < steps; step++) {
            net.add(new SubPixelUpsample(width, width / 2, false));
            net.add(BatchNorm.builder().build());
            net.add(Activation.reluBlock());
            width /= 2;
        }
        net.add(new SubPixelUpsample(width, spec.channels(), true));
        net.add(Activation.tanhBlock());
        return net;
    }

    private static NDArray reshapeToSeed(NDArray flat, int channels) {
        return flat.reshape(flat.getShape().get(0), channels, SEED_SIZE, SEED_SIZE);
    }
}
