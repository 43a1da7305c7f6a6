package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/**
 * A penalty on a generator that ignores z: the mode-seeking term of Mao et al. (2019, MSGAN).
 *
 * <p>The batch is split into halves paired image by image; the term is the inverse of
 * {@code mean|G(z₁) − G(z₂)| / mean|z₁ − z₂|}, large when different latents give the same
 * image. On the landscape data, the plain hinge loss let the generator settle within fifty steps
 * on one dark "night" image for every z and stay there for thousands of steps; this term keeps
 * the images apart from the start. It costs no extra pass: it reads the batch G already made.
 */
final class ModeSeekingLoss {

    /** Keeps the inverse finite for a fully collapsed batch. */
    private static final float EPSILON = 1e-5f;

    private ModeSeekingLoss() {}

    /**
     * The term for one batch.
     *
     * @param images G(z), (batch, channels, height, width); the batch needs at least two images
     * @param latents z, (batch, latentSize)
     * @return the scalar penalty, differentiable with respect to the images
     */
    static NDArray of(NDArray images, NDArray latents) {
        long half = images.getShape().get(0) / 2;
        NDIndex first = new NDIndex("0:{}", half);
        NDIndex second = new NDIndex("{}:{}", half, 2 * half);
        NDArray imageDistance = images.get(first).sub(images.get(second)).abs().mean();
        NDArray latentDistance = latents.get(first).sub(latents.get(second)).abs().mean();
        return imageDistance.div(latentDistance).add(EPSILON).pow(-1);
    }
}
