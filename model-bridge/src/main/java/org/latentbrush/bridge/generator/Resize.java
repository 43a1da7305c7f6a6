package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Nearest-neighbour ×2 enlargement of feature maps, differentiable. */
public final class Resize {

    private Resize() {}

    /**
     * Repeats every pixel of every map into a 2×2 block.
     *
     * <p>A reshape and a broadcast (PyTorch's {@code expand}): no copy until the final reshape,
     * and the gradient of each output pixel flows back to its source pixel.
     *
     * @param x maps of shape (batch, channels, H, W)
     * @return maps of shape (batch, channels, 2H, 2W), in x's manager
     */
    public static NDArray doubleNearest(NDArray x) {
        Shape s = x.getShape();
        long batch = s.get(0);
        long channels = s.get(1);
        long height = s.get(2);
        long width = s.get(3);
        return x.reshape(batch, channels, height, 1, width, 1)
                .broadcast(new Shape(batch, channels, height, 2, width, 2))
                .reshape(batch, channels, 2 * height, 2 * width);
    }
}
