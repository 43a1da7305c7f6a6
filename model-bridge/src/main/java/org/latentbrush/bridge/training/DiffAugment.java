package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;

/**
 * Differentiable augmentation (Zhao et al. 2020, "Differentiable Augmentation for Data-Efficient
 * GAN Training"): the same random colour, translation and cutout applied to real and generated
 * images before the discriminator sees them, built from differentiable operations so G's gradient
 * passes through. D then cannot win by memorising the exact training images.
 *
 * <p>Images are (batch, channels, size, size) in [−1, 1]. Per image: brightness shift in
 * [−0.5, 0.5], saturation scale in [0, 2] (RGB only), contrast scale in [0.5, 1.5]; a translation
 * of up to 1/8 of the side with zero padding; a cutout of a zeroed square of half the side. The
 * random numbers come from the caller's generator, so a step's augmentation is a function of the
 * run's seed and the step and a resumed run matches the uninterrupted one.
 */
final class DiffAugment {

    private static final double TRANSLATION = 1.0 / 8;
    private static final double CUTOUT = 0.5;

    private DiffAugment() {}

    /**
     * Augments a batch.
     *
     * @param x images (batch, channels, size, size), in their step's manager
     * @param random the step's random numbers
     * @return the augmented images, differentiable with respect to x
     */
    static NDArray apply(NDArray x, SplittableRandom random) {
        return cutout(translate(color(x, random), random), random);
    }

    /** Brightness, saturation (colour images) and contrast, each drawn per image. */
    static NDArray color(NDArray x, SplittableRandom random) {
        NDManager scope = x.getManager();
        int batch = (int) x.getShape().get(0);
        long channels = x.getShape().get(1);
        Shape perImage = new Shape(batch, 1, 1, 1);
        NDArray y = x.add(scope.create(uniform(random, batch, -0.5, 0.5), perImage));
        if (channels > 1) {
            NDArray mean = y.mean(new int[] {1}, true);
            y = y.sub(mean).mul(scope.create(uniform(random, batch, 0, 2), perImage)).add(mean);
        }
        NDArray all = y.reshape(batch, -1).mean(new int[] {1}, true).reshape(perImage);
        return y.sub(all).mul(scope.create(uniform(random, batch, 0.5, 1.5), perImage)).add(all);
    }

    /** Shifts each image by up to 1/8 of its side in each direction, filling with zeros. */
    static NDArray translate(NDArray x, SplittableRandom random) {
        int batch = (int) x.getShape().get(0);
        int size = (int) x.getShape().get(2);
        int pad = (int) Math.round(size * TRANSLATION);
        if (pad == 0) {
            return x;
        }
        NDArray padded = x.pad(new Shape(pad, pad, pad, pad), 0);
        NDList shifted = new NDList(batch);
        for (int i = 0; i < batch; i++) {
            int dy = random.nextInt(-pad, pad + 1);
            int dx = random.nextInt(-pad, pad + 1);
            // Reading the padded image at (pad − dy, pad − dx) moves its content by (dy, dx).
            shifted.add(padded.get("{}:{}, :, {}:{}, {}:{}", i, i + 1, pad - dy, pad - dy + size,
                    pad - dx, pad - dx + size));
        }
        return NDArrays.concat(shifted);
    }

    /** Zeroes a square of half the side at a random place in each image. */
    static NDArray cutout(NDArray x, SplittableRandom random) {
        int batch = (int) x.getShape().get(0);
        int size = (int) x.getShape().get(2);
        int side = (int) Math.round(size * CUTOUT);
        float[] mask = new float[batch * size * size];
        java.util.Arrays.fill(mask, 1f);
        for (int i = 0; i < batch; i++) {
            // The square's centre may lie anywhere; the part outside the image is ignored.
            int cy = random.nextInt(size + side % 2) - side / 2;
            int cx = random.nextInt(size + side % 2) - side / 2;
            for (int y = Math.max(0, cy); y < Math.min(size, cy + side); y++) {
                for (int xx = Math.max(0, cx); xx < Math.min(size, cx + side); xx++) {
                    mask[(i * size + y) * size + xx] = 0f;
                }
            }
        }
        return x.mul(x.getManager().create(mask, new Shape(batch, 1, size, size)));
    }

    private static float[] uniform(SplittableRandom random, int count, double low, double high) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (low + (high - low) * random.nextDouble());
        }
        return values;
    }
}
