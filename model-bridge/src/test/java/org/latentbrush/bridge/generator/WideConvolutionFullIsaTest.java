package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Convolutions with few output channels give the gradients of the same convolution in double
 * precision (which PyTorch runs without oneDNN), with oneDNN's vector kernels unrestricted.
 *
 * <p>Runs in the test execution without the {@code ONEDNN_MAX_CPU_ISA} cap, as the editor does. On
 * a CPU with AVX2 or AVX-512 a plain convolution to 3 or 2 channels fails this test (relative
 * errors of 0.6–1.0 were measured), so it checks the widening, not the arithmetic alone.
 */
class WideConvolutionFullIsaTest {

    private static final Shape ONE = new Shape(1, 1);

    @ParameterizedTest(name = "{0} -> {1} channels, {2}x{2} kernel, padding {3}, batch {4}")
    @CsvSource({
        "16, 3, 3, 1, 8",  // a generator's last layer to RGB
        "16, 3, 3, 1, 1",
        "1, 2, 3, 1, 8",   // a sketch stroke's Sobel filter
        "32, 3, 2, 0, 8",  // a sub-pixel layer's phase to RGB
        "16, 16, 3, 1, 8", // a multiple of 16: computed unchanged
    })
    void gradientsMatchDoublePrecision(int in, int out, int kernel, int padding, int batch) {
        try (NDManager manager = NDManager.newBaseManager()) {
            manager.getEngine().setRandomSeed(11);
            NDArray x = manager.randomNormal(new Shape(batch, in, 24, 24));
            NDArray w = manager.randomNormal(new Shape(out, in, kernel, kernel)).mul(0.1f);
            NDArray b = manager.randomNormal(new Shape(out));
            Shape pad = new Shape(padding, padding);

            NDArray[] reference = gradients(x.toType(DataType.FLOAT64, true),
                    w.toType(DataType.FLOAT64, true), b.toType(DataType.FLOAT64, true), pad, false);
            NDArray[] widened = gradients(x, w, b, pad, true);

            assertEquals(reference[0].getShape(), widened[0].getShape(), "output shape");
            String[] names = {"output", "input gradient", "weight gradient", "bias gradient"};
            for (int i = 0; i < names.length; i++) {
                double error = relativeError(widened[i], reference[i]);
                assertTrue(error < 1e-4, names[i] + " differs from double precision by " + error);
            }
        }
    }

    /** Output and the gradients of a fixed quadratic loss of it, for the input, weight and bias. */
    private static NDArray[] gradients(NDArray x0, NDArray w0, NDArray b0, Shape pad, boolean widen) {
        NDArray x = x0.duplicate();
        NDArray w = w0.duplicate();
        NDArray b = b0.duplicate();
        x.setRequiresGradient(true);
        w.setRequiresGradient(true);
        b.setRequiresGradient(true);
        NDArray y;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            y = widen ? WideConvolution.conv2d(x, w, b, ONE, pad)
                    : Conv2d.conv2d(x, w, b, ONE, pad).singletonOrThrow();
            collector.backward(y.sub(0.3).square().sum());
        }
        return new NDArray[] {y.duplicate(), x.getGradient().duplicate(), w.getGradient().duplicate(),
            b.getGradient().duplicate()};
    }

    private static double relativeError(NDArray actual, NDArray expected) {
        double[] a = actual.toType(DataType.FLOAT64, false).toDoubleArray();
        double[] e = expected.toType(DataType.FLOAT64, false).toDoubleArray();
        assertEquals(e.length, a.length, "element count");
        double worst = 0;
        double scale = 0;
        for (int i = 0; i < e.length; i++) {
            if (!Double.isFinite(a[i])) {
                return Double.POSITIVE_INFINITY;
            }
            worst = Math.max(worst, Math.abs(a[i] - e[i]));
            scale = Math.max(scale, Math.abs(e[i]));
        }
        return worst / scale;
    }

    @ParameterizedTest
    @CsvSource({"1, 16", "3, 16", "16, 16", "17, 32", "48, 48"})
    void outputChannelsRoundUpToTheBlock(long out, long widened) {
        assertEquals(widened, WideConvolution.widened(out));
    }
}
