package org.latentbrush.bridge.bench;

import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.DcganGenerator;
import org.latentbrush.bridge.generator.StyleGenerator;

/**
 * Counts the floating-point operations of a generator, from its architecture.
 *
 * <p>A multiply-add counts as two operations; only convolutions and dense layers are counted.
 * The optimiser's backward pass computes gradients for activations only (the weights are frozen),
 * which costs about as much as the forward pass, so a step is counted as twice the forward pass;
 * the loss and Adam are negligible beside it.
 */
public final class GeneratorFlops {

    /**
     * Taps computed per output pixel of an upsampling layer: its four 2×2 phase kernels run as one
     * 3×3 convolution at the input's resolution with four times the outputs
     * ({@code SubPixelUpsample.windowKernel}), 36 taps per input pixel, 9 per output pixel. The
     * rate reported is the arithmetic the engine does, not the least the layer needs (4 taps).
     */
    private static final int UPSAMPLING_TAPS = 9;
    /** Taps of a 3×3 convolution. */
    private static final int CONV_TAPS = 9;

    private GeneratorFlops() {}

    /** Operations of one forward pass for one image. */
    public static double forward(ArchitectureSpec spec) {
        double macs = switch (spec.type()) {
            case DCGAN_SUBPIXEL -> dcganMacs(spec);
            case RESIZE_CONV -> resizeConvMacs(spec);
            case STYLE -> styleMacs(spec);
        };
        return 2 * macs;
    }

    private static double dcganMacs(ArchitectureSpec spec) {
        long width = spec.seedWidth();
        int seed = DcganGenerator.SEED_SIZE;
        double macs = (double) spec.latentSize() * width * seed * seed;
        long side = seed;
        for (int step = 1; step <= spec.upsamplingSteps(); step++) {
            long out = step == spec.upsamplingSteps() ? spec.channels() : width / 2;
            side *= 2;
            macs += (double) side * side * width * out * UPSAMPLING_TAPS;
            width = out;
        }
        return macs;
    }

    private static double resizeConvMacs(ArchitectureSpec spec) {
        long width = spec.seedWidth();
        int seed = DcganGenerator.SEED_SIZE;
        double macs = (double) spec.latentSize() * width * seed * seed;
        long side = seed;
        for (int step = 1; step <= spec.upsamplingSteps(); step++) {
            long out = Math.max(1, width / 2);
            side *= 2;
            macs += (double) side * side * width * out * UPSAMPLING_TAPS;
            width = out;
        }
        return macs + (double) side * side * width * spec.channels() * CONV_TAPS;
    }

    private static double styleMacs(ArchitectureSpec spec) {
        long in = spec.seedWidth();
        int style = StyleGenerator.STYLE_SIZE;
        double macs = (double) spec.latentSize() * style + (double) style * style;
        long side = DcganGenerator.SEED_SIZE;
        for (int r = 0; r <= spec.upsamplingSteps(); r++) {
            long out = r == 0 ? in : Math.max(1, in / 2);
            macs += (double) side * side * in * out * CONV_TAPS;
            macs += (double) side * side * out * spec.channels();
            macs += (double) style * (in + out);
            in = out;
            side *= 2;
        }
        return macs;
    }

    /** Operations of one optimiser step (forward and backward to z) for a batch. */
    public static double optimizerStep(ArchitectureSpec spec, int batch) {
        return 2 * forward(spec) * batch;
    }
}
