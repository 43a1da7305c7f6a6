package org.latentbrush.bridge.quality;

import org.latentbrush.bridge.training.AdamSettings;

/**
 * The tunables of training a feature classifier.
 *
 * @param steps Adam steps
 * @param batchSize images per step
 * @param adam the optimiser's settings
 * @param seed seeds the weights and the order of the images
 */
public record ClassifierSettings(int steps, int batchSize, AdamSettings adam, long seed) {

    /** Adam's usual defaults for supervised training (Kingma and Ba 2015), learning rate 1e-3. */
    public static final AdamSettings DEFAULT_ADAM = new AdamSettings(1e-3f, 0.9f, 0.999f);
    /** Fixed, so every evaluation of every model uses the same feature network. */
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_BATCH = 64;

    /** Checks the numbers. */
    public ClassifierSettings {
        if (steps < 1 || batchSize < 1) {
            throw new IllegalArgumentException("steps and batch size must be positive");
        }
    }

    /** The standard settings with a given number of steps. */
    public static ClassifierSettings standard(int steps) {
        return new ClassifierSettings(steps, DEFAULT_BATCH, DEFAULT_ADAM, DEFAULT_SEED);
    }
}
