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
 *
 * <p>{@link #capped} stops pushing once G's pairs differ as much as the real batch's pairs do.
 * Uncapped, the term keeps rewarding any pixel difference: on Fashion-MNIST's black backgrounds
 * the cheapest is a bright smear, and `shoes-32` runs drew a quarter more pixel diversity than the
 * real shoes, many of it such smears.
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
        return inverse(pairDistance(images).div(pairDistance(latents)));
    }

    /**
     * The term, zero once G's pairs are as far apart as the real images' pairs: {@code
     * max(0, 1/r − 1/r_real)}, where r is the ratio above and r_real the same ratio with the real
     * batch's images over the same latent distance.
     *
     * @param images G(z), (batch, channels, height, width); the batch needs at least two images
     * @param latents z, (batch, latentSize)
     * @param real a real batch of the same shape as {@code images}; no gradient flows into it
     * @return the scalar penalty, differentiable with respect to the images
     */
    static NDArray capped(NDArray images, NDArray latents, NDArray real) {
        NDArray latentDistance = pairDistance(latents);
        NDArray floor = inverse(pairDistance(real).div(latentDistance)).stopGradient();
        return inverse(pairDistance(images).div(latentDistance)).sub(floor).maximum(0f);
    }

    /** Mean absolute difference between the batch's first half and its second, paired in order. */
    private static NDArray pairDistance(NDArray batch) {
        long half = batch.getShape().get(0) / 2;
        return batch.get(new NDIndex("0:{}", half)).sub(batch.get(new NDIndex("{}:{}", half, 2 * half)))
                .abs().mean();
    }

    private static NDArray inverse(NDArray ratio) {
        return ratio.add(EPSILON).pow(-1);
    }
}
