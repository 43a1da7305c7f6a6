package org.latentbrush.bridge.training;

/**
 * The settings of an encoder training run.
 *
 * @param steps updates of E
 * @param batchSize latents (and, with data, real images) per step
 * @param width channels of E's first convolution
 * @param seed seeds E's weights and the latents
 * @param adam E's optimiser
 * @param pixelWeight weight of the pixel loss ‖G(E(G(z))) − G(z)‖² against the latent loss
 *     ‖E(G(z)) − z‖²; the latent loss alone wastes effort on directions G ignores
 * @param dataWeight weight of the pixel loss ‖G(E(x)) − x‖² on real images x, 0 for none
 */
public record EncoderTrainingConfig(int steps, int batchSize, int width, long seed,
        AdamSettings adam, float pixelWeight, float dataWeight) {

    /** Plain Adam suits a regression; no adversary to chase. */
    public static final AdamSettings DEFAULT_ADAM = new AdamSettings(3e-4f, 0.9f, 0.999f);
    /** Pixel errors are about as large as latent errors early on; equal weights work. */
    public static final float DEFAULT_PIXEL_WEIGHT = 1f;

    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException naming the first bad value
     */
    public EncoderTrainingConfig {
        if (steps < 1 || batchSize < 1 || width < 1) {
            throw new IllegalArgumentException("steps, batch size and width must be at least 1, were "
                    + steps + ", " + batchSize + ", " + width);
        }
        if (!(pixelWeight >= 0) || !(dataWeight >= 0)) {
            throw new IllegalArgumentException("loss weights must not be negative, were "
                    + pixelWeight + " and " + dataWeight);
        }
    }

    /**
     * The default recipe: latent and pixel loss on generated images only.
     *
     * @param steps updates of E
     * @param batchSize latents per step
     * @param width E's first convolution's channels
     * @param seed the run's seed
     * @return the settings
     */
    public static EncoderTrainingConfig standard(int steps, int batchSize, int width, long seed) {
        return new EncoderTrainingConfig(steps, batchSize, width, seed, DEFAULT_ADAM,
                DEFAULT_PIXEL_WEIGHT, 0f);
    }

    /** Returns a copy that also reconstructs real images with this weight. */
    public EncoderTrainingConfig withDataWeight(float newDataWeight) {
        return new EncoderTrainingConfig(steps, batchSize, width, seed, adam, pixelWeight,
                newDataWeight);
    }
}
