package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import org.latentbrush.bridge.generator.WideConvolution;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed feature distance for models without an encoder: a downsampled pyramid and Sobel gradients.
 *
 * <p>Pixel MSE alone is dominated by fine detail a GAN cannot reproduce, and lets the optimiser trade
 * a blurred layout for it. Comparing 2× and 4× area-averaged copies weights the coarse layout, and
 * comparing Sobel gradients per channel weights where edges lie, the two things a perceptual
 * feature (iGAN's AlexNet conv4) mostly captures, with no network to train. The distance is the mean
 * of the terms' MSEs on the [0, 1] scale, comparable to the pixel MSE.
 */
final class PyramidFeatures implements FeatureDistance {

    /** Downsampling factors of the pyramid's levels; a level needs at least 2×2 pixels. */
    private static final int[] FACTORS = {2, 4};
    private static final int MIN_LEVEL_SIDE = 2;

    /** Sobel's weights sum to 4 on each side, so a unit step has gradient 4 before this scale. */
    private static final float SOBEL_SCALE = 0.25f;
    private static final float[] SOBEL = {
        -1, 0, 1, -2, 0, 2, -1, 0, 1, // d/dx
        -1, -2, -1, 0, 0, 0, 1, 2, 1 // d/dy
    };

    private final double valueLow;
    private final double valueSpan;
    private final List<Integer> factors = new ArrayList<>();
    private final List<NDArray> targetLevels = new ArrayList<>();
    private final NDArray kernel;
    private final NDArray targetGradients;

    /**
     * Precomputes the target's pyramid and gradients.
     *
     * @param target the target image, shape (1, channels, S, S), in the model's value range
     * @param valueLow the model's lowest output value
     * @param valueHigh the model's highest output value
     * @param run owns the precomputed arrays
     */
    PyramidFeatures(NDArray target, double valueLow, double valueHigh, NDManager run) {
        this.valueLow = valueLow;
        this.valueSpan = valueHigh - valueLow;
        this.kernel = run.create(SOBEL, new Shape(2, 1, 3, 3)).mul(SOBEL_SCALE);
        NDArray target01 = to01(target);
        long side = target.getShape().get(2);
        for (int f : FACTORS) {
            if (side / f >= MIN_LEVEL_SIDE) {
                factors.add(f);
                targetLevels.add(pool(target01, f));
            }
        }
        targetGradients = gradients(target01);
    }

    @Override
    public NDArray distance(NDArray images) {
        NDArray x01 = to01(images);
        NDArray total = ProjectionLoss.meanPerImage(gradients(x01).sub(targetGradients).square());
        for (int i = 0; i < factors.size(); i++) {
            total = total.add(ProjectionLoss.meanPerImage(
                    pool(x01, factors.get(i)).sub(targetLevels.get(i)).square()));
        }
        return total.div(1 + factors.size());
    }

    private NDArray to01(NDArray images) {
        return images.sub(valueLow).div(valueSpan);
    }

    private static NDArray pool(NDArray x, int factor) {
        Shape window = new Shape(factor, factor);
        return Pool.avgPool2d(x, window, window, new Shape(0, 0), false, true);
    }

    /** Sobel x and y gradients of each channel: shape (batch, 2·channels, S, S). */
    private NDArray gradients(NDArray x) {
        Shape shape = x.getShape();
        long batch = shape.get(0);
        long channels = shape.get(1);
        NDArray perChannel = x.reshape(batch * channels, 1, shape.get(2), shape.get(3));
        // Two output channels: computed widened, see WideConvolution.
        NDArray g = WideConvolution.conv2d(perChannel, kernel, null, new Shape(1, 1), new Shape(1, 1));
        return g.reshape(batch, 2 * channels, shape.get(2), shape.get(3));
    }
}
