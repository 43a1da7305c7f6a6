package org.latentbrush.bridge.bench;

import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.DcganGenerator;

/**
 * Counts the floating-point operations of the built-in generator, from its architecture.
 *
 * <p>A multiply-add counts as two operations. The optimiser's backward pass computes gradients for
 * activations only (the weights are frozen), which costs about as much as the forward pass, so a
 * step is counted as twice the forward pass; the loss and Adam are negligible beside it.
 */
public final class GeneratorFlops {

    /** Kernel taps each output pixel of a 4×4 stride-2 transposed convolution uses (2×2). */
    private static final int TAPS_PER_OUTPUT = 4;

    private GeneratorFlops() {}

    /** Operations of one forward pass for one image. */
    public static double forward(ArchitectureSpec spec) {
        int steps = spec.upsamplingSteps();
        long width = (long) spec.baseWidth() << (steps - 1);
        int seed = DcganGenerator.SEED_SIZE;
        double macs = (double) spec.latentSize() * width * seed * seed;
        long side = seed;
        for (int step = 1; step <= steps; step++) {
            long out = step == steps ? spec.channels() : width / 2;
            side *= 2;
            macs += (double) side * side * width * out * TAPS_PER_OUTPUT;
            width = out;
        }
        return 2 * macs;
    }

    /** Operations of one optimiser step (forward and backward to z) for a batch. */
    public static double optimizerStep(ArchitectureSpec spec, int batch) {
        return 2 * forward(spec) * batch;
    }
}
