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

    /** Kernel taps each output pixel of a 4×4 stride-2 transposed convolution uses (2×2). */
    private static final int SUBPIXEL_TAPS = 4;
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
            macs += (double) side * side * width * out * SUBPIXEL_TAPS;
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
            // Computed as four 2x2 phase convolutions at the input's resolution (ResizeConvUpsample):
            // a quarter of the output pixels' worth of 16 taps, not 9 taps per output pixel.
            macs += (double) side * side * width * out * SUBPIXEL_TAPS;
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
