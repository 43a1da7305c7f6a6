package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;

/**
 * Builds the {@link ArchitectureType#RESIZE_CONV} generator: DCGAN's widths, but every ×2 step is
 * a nearest-neighbour resize followed by a 3×3 convolution (Odena et al. 2016, "Deconvolution and
 * Checkerboard Artifacts").
 *
 * <p>z → linear → 4×4 map → (resize ×2, 3×3 conv, batch norm, ReLU)… → 3×3 conv to the image's
 * channels → tanh. A transposed convolution with stride 2 gives neighbouring output pixels
 * different numbers of kernel taps, which prints a period-2 grid into the image; after a resize
 * every pixel sees the same taps. {@link ResizeConvUpsample} computes each step at the input's
 * resolution, with the same result and weights.
 */
public final class ResizeConvGenerator {

    private ResizeConvGenerator() {}

    /**
     * Builds an uninitialised generator block.
     *
     * @param spec the model's shape and width
     * @return a block mapping (batch, latent) to (batch, channels, size, size) in [-1, 1]
     */
    public static Block build(ArchitectureSpec spec) {
        int width = spec.seedWidth();
        int seed = DcganGenerator.SEED_SIZE;
        SequentialBlock net = new SequentialBlock();
        net.add(Linear.builder().setUnits((long) width * seed * seed).optBias(false).build());
        final int seedChannels = width;
        net.add(new LambdaBlock(list -> new NDList(list.singletonOrThrow()
                .reshape(-1, seedChannels, seed, seed)), "toSeedMap"));
        net.add(BatchNorm.builder().build());
        net.add(Activation.reluBlock());
        for (int step = 0; step < spec.upsamplingSteps(); step++) {
            int out = Math.max(1, width / 2);
            net.add(new ResizeConvUpsample(out, false));
            net.add(BatchNorm.builder().build());
            net.add(Activation.reluBlock());
            width = out;
        }
        // Few output channels: computed widened, see WideConvolution.
        net.add(new WideConv2d(spec.channels(), true));
        net.add(Activation.tanhBlock());
        return net;
    }
}
