package org.latentbrush.bridge.upscale;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;
import java.util.List;
import org.latentbrush.bridge.generator.SeededWeights;

/**
 * Builds the upscaler: a compact ESPCN/SRVGG-style network that works at the input's resolution
 * and enlarges only at its end.
 *
 * <p>x → 3×3 conv to {@code width} → LeakyReLU → ({@code depth} × 3×3 conv, LeakyReLU) → 3×3 conv
 * to {@code channels·s²} → {@link PixelShuffle}, added to {@link SmoothBase}'s linear enlargement of
 * x. Every convolution runs on the small image, so the cost is about {@code 9·width²·depth}
 * multiply-adds per input pixel; the sub-pixel end adds no checkerboard (each output phase has its
 * own filters, and the smooth base carries the low frequencies).
 */
public final class UpscalerNetwork {

    /** LeakyReLU's slope for negative inputs. */
    private static final float SLOPE = 0.1f;
    /** The last layer's initial weights, as a share of Xavier's. */
    private static final float LAST_LAYER_GAIN = 0.1f;
    private static final Shape KERNEL = new Shape(3, 3);
    private static final Shape SAME = new Shape(1, 1);

    private UpscalerNetwork() {}

    /**
     * Builds an uninitialised network.
     *
     * @param spec the network's shape
     * @param owner owns the smooth base's fixed kernel, made here once, as it will own the weights
     * @return a block mapping (batch, channels, H, W) in [0, 1] to (batch, channels, sH, sW)
     */
    private static Block build(UpscalerSpec spec, NDManager owner) {
        SequentialBlock detail = new SequentialBlock();
        detail.add(conv(spec.width())).add(leaky());
        for (int i = 0; i < spec.depth(); i++) {
            detail.add(conv(spec.width())).add(leaky());
        }
        Conv2d last = conv(spec.channels() * spec.scale() * spec.scale());
        // The last layer starts small, so an untrained network is the smooth base plus a little;
        // scaled at creation, since changing a parameter in place later trips autograd.
        Initializer xavier = new XavierInitializer();
        last.setInitializer((manager, shape, type) -> xavier.initialize(manager, shape, type).mul(LAST_LAYER_GAIN),
                Parameter.Type.WEIGHT);
        detail.add(last);
        int scale = spec.scale();
        detail.add(new LambdaBlock(list -> new NDList(PixelShuffle.apply(list.singletonOrThrow(), scale)),
                "pixelShuffle"));
        SmoothBase smooth = new SmoothBase(owner, spec.channels(), scale);
        Block base = new LambdaBlock(list -> new NDList(smooth.apply(list.singletonOrThrow())), "smoothBase");
        return new ParallelBlock(outputs -> new NDList(outputs.get(0).singletonOrThrow()
                .add(outputs.get(1).singletonOrThrow())), List.of(detail, base));
    }

    /**
     * Builds and initialises a network: default (Xavier) weights, the last layer's a tenth of that.
     *
     * @param spec the network's shape
     * @param manager owns the weights and the smooth base's kernel; closing it frees them
     * @return the initialised block
     */
    public static Block initialised(UpscalerSpec spec, NDManager manager) {
        Block block = build(spec, manager);
        SeededWeights.initialise(block, manager, DataType.FLOAT32, new Shape(1, spec.channels(), 8, 8));
        return block;
    }

    /** Weights in a network of this shape. */
    public static long parameterCount(UpscalerSpec spec) {
        long w = spec.width();
        long out = (long) spec.channels() * spec.scale() * spec.scale();
        return 9L * spec.channels() * w + w
                + spec.depth() * (9L * w * w + w)
                + 9L * w * out + out;
    }

    private static Conv2d conv(int filters) {
        return Conv2d.builder().setKernelShape(KERNEL).optPadding(SAME).setFilters(filters).build();
    }

    private static Block leaky() {
        return new LambdaBlock(list -> new NDList(Activation.leakyRelu(list.singletonOrThrow(), SLOPE)),
                "leakyRelu");
    }
}
