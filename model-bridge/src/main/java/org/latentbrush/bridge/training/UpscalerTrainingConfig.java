package org.latentbrush.bridge.training;

import java.util.Locale;
import org.latentbrush.bridge.upscale.UpscalerSpec;

/**
 * The settings of an upscaler training run.
 *
 * @param spec the network's shape
 * @param steps updates to train for
 * @param batchSize patch pairs per step
 * @param patch the sharp patches' side in pixels, a multiple of the scale
 * @param seed seeds the weights and every patch draw
 * @param adam the upscaler's optimiser
 * @param adversarialWeight weight of the adversarial loss against a patch discriminator; 0 trains
 *     with L1 alone (the SRResNet baseline)
 * @param featureWeight weight of the feature loss: L1 between the discriminator's feature maps of the
 *     upscaled and the sharp patch; only with an adversary
 * @param checkpointEvery steps between checkpoints (and updates of the upscaler folder)
 */
public record UpscalerTrainingConfig(UpscalerSpec spec, int steps, int batchSize, int patch,
        long seed, AdamSettings adam, float adversarialWeight, float featureWeight,
        int checkpointEvery) {

    /** ESRGAN's pre-training rate for the L1 network. */
    public static final AdamSettings L1_ADAM = new AdamSettings(2e-4f, 0.9f, 0.99f);
    /** ESRGAN's rate for the adversarial stage, with its D at the same rate. */
    public static final AdamSettings GAN_ADAM = new AdamSettings(1e-4f, 0.9f, 0.99f);

    public UpscalerTrainingConfig {
        if (steps < 1 || batchSize < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("steps, batch size and checkpoint interval must be at "
                    + "least 1, were " + steps + ", " + batchSize + ", " + checkpointEvery);
        }
        if (patch < 2 * spec.scale() || patch % spec.scale() != 0 || patch > 512) {
            throw new IllegalArgumentException("the patch side must be a multiple of the scale "
                    + spec.scale() + " from " + 2 * spec.scale() + " to 512, was " + patch);
        }
        if (!(adversarialWeight >= 0) || !(featureWeight >= 0)) {
            throw new IllegalArgumentException("loss weights must not be negative, were "
                    + adversarialWeight + " and " + featureWeight);
        }
        if (featureWeight > 0 && adversarialWeight == 0) {
            throw new IllegalArgumentException("the feature loss reads the discriminator's features; "
                    + "it needs an adversarial weight above 0");
        }
    }

    /** Whether a discriminator takes part. */
    public boolean adversarial() {
        return adversarialWeight > 0;
    }

    /** What must match for a checkpoint to be resumed by this run. */
    String fingerprint(String data) {
        return String.format(Locale.ROOT, "upscaler x%d c%d w%d d%d; batch %d patch %d seed %d; "
                + "adam %s; adversarial %s feature %s; data %s", spec.scale(), spec.channels(),
                spec.width(), spec.depth(), batchSize, patch, seed, adam, adversarialWeight,
                featureWeight, data);
    }
}
