package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import org.latentbrush.bridge.generator.WideConvolution;

/**
 * A differentiable edge map of a batch of images: where the image has an edge, in [0, 1].
 *
 * <p>Sobel gradients of the grey image give the edge strength; {@code 1 − exp(−|∇|/τ)} saturates it
 * so that any clear edge counts fully, however strong; a 3×3 max-pool lets an edge one pixel off the
 * user's sketch line still count, as iGAN's 8-pixel HOG cells tolerated misplacement.
 */
public final class EdgeMap {

    /** Contrast (in [0, 1] units) at which an edge counts as 63% present. */
    static final float SOFTNESS = 0.15f;

    /** Sobel's weights sum to 4 on each side, so a unit step has gradient 4 before this scale. */
    private static final float SOBEL_SCALE = 0.25f;

    private static final float[] SOBEL = {
        -1, 0, 1, -2, 0, 2, -1, 0, 1, // d/dx
        -1, -2, -1, 0, 0, 0, 1, 2, 1 // d/dy
    };

    /** Squared-magnitude floor that keeps sqrt's gradient finite on flat regions. */
    private static final float EPSILON = 1e-6f;

    private EdgeMap() {}

    /**
     * Computes the edge map.
     *
     * @param images01 images of shape (batch, channels, H, W) with values in [0, 1]
     * @return edge presence of shape (batch, 1, H, W) in [0, 1]
     */
    public static NDArray of(NDArray images01) {
        NDManager manager = images01.getManager();
        NDArray grey = images01.mean(new int[] {1}, true);
        NDArray kernel = manager.create(SOBEL, new Shape(2, 1, 3, 3)).toDevice(images01.getDevice(), false)
                .mul(SOBEL_SCALE);
        // Two output channels: computed widened, see WideConvolution.
        NDArray grad = WideConvolution.conv2d(grey, kernel, null, new Shape(1, 1), new Shape(1, 1));
        NDArray magnitude = grad.square().sum(new int[] {1}, true).add(EPSILON).sqrt();
        NDArray presence = magnitude.div(-SOFTNESS).exp().neg().add(1);
        return Pool.maxPool2d(presence, new Shape(3, 3), new Shape(1, 1), new Shape(1, 1), false);
    }
}
