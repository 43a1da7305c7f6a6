package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/**
 * A 2-D convolution computed with its output channels widened to a multiple of 16 by zero filters,
 * then narrowed back: the same result, through kernels that compute the right gradients.
 *
 * <p>PyTorch 2.7.1's oneDNN convolutions with AVX-512 kernels return wrong input gradients when a
 * convolution has fewer than 16 output channels or a number that is not a multiple of 16: a
 * generator's last layer to RGB (3), a sketch stroke's Sobel filter (2). Measured on the project's
 * machines against the same convolution in double precision (which oneDNN does not run): relative
 * errors of 0.3–1.0 and NaN now and then for 1, 2, 3, 4, 8 and 24 output channels, 10⁻⁷ for 16,
 * 32, 48, 64, 128 and 256 (docs/PERFORMANCE.md). Zero filters add nothing to the result, and the
 * narrowing gives them a zero gradient, so the widened convolution's input gradient is the narrow
 * one's, computed by a kernel that gets it right. Layers whose output channels are a multiple of 16
 * run unchanged.
 */
public final class WideConvolution {

    /** Output channels are rounded up to a multiple of this. */
    static final int CHANNEL_BLOCK = 16;

    private WideConvolution() {}

    /**
     * Convolves without dilation or groups.
     *
     * @param x input (batch, in, H, W); the result and its intermediates belong to its manager
     * @param weight kernel (out, in, kH, kW)
     * @param bias per-channel bias (out), or {@code null}
     * @param stride the stride
     * @param padding zero padding on each side
     * @return (batch, out, H', W')
     */
    public static NDArray conv2d(NDArray x, NDArray weight, NDArray bias, Shape stride, Shape padding) {
        Shape kernel = weight.getShape();
        long out = kernel.get(0);
        long wide = widened(out);
        if (wide == out) {
            return Conv2d.conv2d(x, weight, bias, stride, padding).singletonOrThrow();
        }
        NDManager owner = x.getManager();
        NDArray zeros = owner.zeros(new Shape(wide - out, kernel.get(1), kernel.get(2), kernel.get(3)),
                weight.getDataType(), weight.getDevice());
        // A concatenation belongs to its first array's manager, here the weight's long-lived one:
        // hand it to the step's.
        NDArray widenedWeight = NDArrays.concat(new NDList(weight, zeros), 0);
        widenedWeight.attach(owner);
        NDArray y = Conv2d.conv2d(x, widenedWeight, null, stride, padding).singletonOrThrow()
                .get(new NDIndex(":, 0:{}", out));
        if (bias == null) {
            return y;
        }
        NDArray column = bias.reshape(1, out, 1, 1);
        column.attach(owner);
        return y.add(column);
    }

    /** The output channels a convolution of {@code out} channels is computed with. */
    static long widened(long out) {
        return (out + CHANNEL_BLOCK - 1) / CHANNEL_BLOCK * CHANNEL_BLOCK;
    }
}
