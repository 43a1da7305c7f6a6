package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.initializer.XavierInitializer;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.DcganGenerator;
import org.latentbrush.bridge.generator.SeededWeights;

/**
 * Builds the discriminator D used to train a generator: DCGAN's strided convolutions with spectral
 * normalisation, ending in one unbounded score (a logit) per image.
 *
 * <p>Strided 4×4 convolutions halve the image down to the generator's 4×4 seed size, doubling the
 * channels from {@code baseWidth} at each step, with LeakyReLU(0.2) in between; a last 4×4
 * convolution without padding reduces the 4×4 map to one number. Every convolution is a
 * {@link SpectralNormConv2d} and there is no batch norm, as in Miyato et al. (2018), so each
 * image's score depends on that image alone and real and generated images can share one batch.
 *
 * <p>A deeper D ({@code depth} 2) follows each strided convolution with a 3×3 one of the same
 * width, as SNGAN's CNN discriminator does at every resolution: with spectral normalisation every
 * layer is 1-Lipschitz, so depth rather than width is what lets D's scores bend far enough to tell
 * close images apart.
 */
public final class Discriminator {

    /** Slope of LeakyReLU for negative inputs (Radford et al. 2016). */
    private static final float LEAKY_SLOPE = 0.2f;

    /** The most convolutions per resolution {@link #build} makes. */
    public static final int MAX_DEPTH = 2;

    private static final int KERNEL = 4;
    private static final int REFINE_KERNEL = 3;
    private static final int STRIDE = 2;
    private static final int PADDING = 1;

    /** Glorot's uniform bound sqrt(6 / (fan_in + fan_out)) in DJL's terms: sqrt(3 / average fan). */
    private static final float GLOROT_MAGNITUDE = 3f;

    private Discriminator() {}

    /**
     * Builds an uninitialised discriminator.
     *
     * @param spec the generator's shape, whose images D scores
     * @param baseWidth channels of the first convolution (DCGAN's "ndf")
     * @param depth convolutions per resolution, 1 to {@link #MAX_DEPTH} ({@link GanTrainingConfig} checks it)
     * @return a block mapping (batch, channels, size, size) to (batch) scores
     */
    public static Block build(ArchitectureSpec spec, int baseWidth, int depth) {
        SequentialBlock net = new SequentialBlock();
        int in = spec.channels();
        int width = baseWidth;
        for (int step = 0; step < spec.upsamplingSteps(); step++) {
            net.add(new SpectralNormConv2d(in, width, KERNEL, STRIDE, PADDING));
            net.add(Activation.leakyReluBlock(LEAKY_SLOPE));
            for (int extra = 1; extra < depth; extra++) {
                net.add(new SpectralNormConv2d(width, width, REFINE_KERNEL, 1, 1));
                net.add(Activation.leakyReluBlock(LEAKY_SLOPE));
            }
            in = width;
            width *= 2;
        }
        // The feature map is now the generator's seed size; one unpadded convolution spans it.
        net.add(new SpectralNormConv2d(in, 1, DcganGenerator.SEED_SIZE, 1, 0));
        net.add(new LambdaBlock(list -> new NDList(flatten(list.singletonOrThrow())), "toScores"));
        return net;
    }

    /**
     * Builds and initialises a discriminator.
     *
     * <p>Weights start Glorot-uniform: with spectral normalisation their scale does not change
     * the output, only how large Adam's fixed-size steps are relative to them.
     *
     * @param spec the generator's shape
     * @param baseWidth channels of the first convolution
     * @param depth convolutions per resolution
     * @param manager the manager that will own the weights
     * @return the initialised block
     */
    public static Block initialised(ArchitectureSpec spec, int baseWidth, int depth,
            NDManager manager) {
        Block block = build(spec, baseWidth, depth);
        block.setInitializer(new XavierInitializer(XavierInitializer.RandomType.UNIFORM,
                XavierInitializer.FactorType.AVG, GLOROT_MAGNITUDE), Parameter.Type.WEIGHT);
        int size = spec.imageSize();
        SeededWeights.initialise(block, manager, DataType.FLOAT32, new Shape(1, spec.channels(), size, size));
        return block;
    }

    private static NDArray flatten(NDArray scores) {
        return scores.reshape(scores.getShape().get(0));
    }
}
