package org.latentbrush.bridge.upscale;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/**
 * Linear interpolation by a whole factor, written as a fixed grouped 3×3 convolution followed by
 * {@link PixelShuffle}, with edges repeated outward.
 *
 * <p>The upscaler adds its learned detail to this base (a global residual, as in VDSR and
 * Real-ESRGAN's compact network), so an untrained network already scales smoothly and training
 * spends itself on the detail. Output pixel phase {@code i} of factor {@code s} sits at source
 * offset {@code (i + 0.5)/s − 0.5}, between two neighbours, whose weights the kernel holds; the
 * result equals {@link org.latentbrush.bridge.image.SmoothScaling}'s enlargement.
 *
 * <p>The kernel never changes, so it is made once, when the network is built, and belongs to the
 * manager that owns the network's weights: it is closed with the upscaler (or trainer), and every
 * forward pass only reads it. What a pass computes belongs to the input's manager.
 */
final class SmoothBase {

    private final NDArray kernel;
    private final int channels;
    private final int scale;

    /**
     * Makes the kernel.
     *
     * @param owner the long-lived manager that owns the network's weights and closes the kernel with them
     * @param channels the channels of the maps to enlarge
     * @param scale the factor
     */
    SmoothBase(NDManager owner, int channels, int scale) {
        this.kernel = owner.create(kernel(scale, channels), new Shape((long) channels * scale * scale, 1, 3, 3));
        this.channels = channels;
        this.scale = scale;
    }

    /**
     * Enlarges maps smoothly.
     *
     * @param x maps of shape (batch, channels, H, W), on the owner's device
     * @return maps of shape (batch, channels, sH, sW), in x's manager
     */
    NDArray apply(NDArray x) {
        NDArray padded = repeatEdges(x);
        NDArray phases = Conv2d.conv2d(padded, kernel, null, new Shape(1, 1), new Shape(0, 0),
                new Shape(1, 1), channels).singletonOrThrow();
        return PixelShuffle.apply(phases, scale);
    }

    /** The kernel: for each channel, s² separable 3×3 taps, one per output phase. */
    static float[] kernel(int scale, int channels) {
        float[][] taps = new float[scale][3];
        for (int i = 0; i < scale; i++) {
            double offset = (i + 0.5) / scale - 0.5;
            if (offset < 0) {
                taps[i][0] = (float) -offset;
                taps[i][1] = (float) (1 + offset);
            } else {
                taps[i][1] = (float) (1 - offset);
                taps[i][2] = (float) offset;
            }
        }
        int phases = scale * scale;
        float[] kernel = new float[channels * phases * 9];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < scale; i++) {
                for (int j = 0; j < scale; j++) {
                    int base = ((c * phases) + i * scale + j) * 9;
                    for (int ky = 0; ky < 3; ky++) {
                        for (int kx = 0; kx < 3; kx++) {
                            kernel[base + ky * 3 + kx] = taps[i][ky] * taps[j][kx];
                        }
                    }
                }
            }
        }
        return kernel;
    }

    private static NDArray repeatEdges(NDArray x) {
        NDArray rows = NDArrays.concat(new ai.djl.ndarray.NDList(x.get(new NDIndex(":, :, :1, :")), x,
                x.get(new NDIndex(":, :, -1:, :"))), 2);
        return NDArrays.concat(new ai.djl.ndarray.NDList(rows.get(new NDIndex(":, :, :, :1")), rows,
                rows.get(new NDIndex(":, :, :, -1:"))), 3);
    }
}
