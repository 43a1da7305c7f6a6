package org.latentbrush.bridge.upscale;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * The sub-pixel layer of ESPCN (Shi et al. 2016): rearranges {@code channels·s²} maps of H×W into
 * {@code channels} maps of sH×sW. Input channel {@code c·s² + i·s + j} fills the output pixels at
 * row phase {@code i} and column phase {@code j} of channel {@code c}, as PyTorch's
 * {@code pixel_shuffle} does. A reshape and a transpose: differentiable, no arithmetic.
 */
public final class PixelShuffle {

    private PixelShuffle() {}

    /**
     * Interleaves the phase maps into the enlarged image.
     *
     * @param x maps of shape (batch, channels·s², H, W)
     * @param scale s
     * @return maps of shape (batch, channels, sH, sW)
     */
    public static NDArray apply(NDArray x, int scale) {
        Shape shape = x.getShape();
        long batch = shape.get(0);
        long phases = (long) scale * scale;
        if (shape.get(1) % phases != 0) {
            throw new IllegalArgumentException("channels " + shape.get(1) + " are not a multiple of "
                    + phases);
        }
        long channels = shape.get(1) / phases;
        long height = shape.get(2);
        long width = shape.get(3);
        return x.reshape(batch, channels, scale, scale, height, width)
                .transpose(0, 1, 4, 2, 5, 3)
                .reshape(batch, channels, height * scale, width * scale);
    }
}
