package org.latentbrush.bridge.training;

/**
 * An exponential moving average of the step losses, for logs and the training record.
 *
 * <p>Single steps' losses are noisy; the average covers roughly the last hundred steps.
 */
final class LossAverage {

    /** Weight of the old average per step: a window of about 1 / (1 − 0.99) = 100 steps. */
    private static final double KEEP = 0.99;

    private double discriminator;
    private double generator;
    private double weight;

    /** Adds one step's losses. */
    void add(StepLosses losses) {
        discriminator = KEEP * discriminator + (1 - KEEP) * losses.discriminator();
        generator = KEEP * generator + (1 - KEEP) * losses.generator();
        weight = KEEP * weight + (1 - KEEP);
    }

    /** The bias-corrected average, or NaN before the first step. */
    StepLosses current() {
        if (weight == 0) {
            return new StepLosses(Double.NaN, Double.NaN);
        }
        return new StepLosses(discriminator / weight, generator / weight);
    }

    /** The raw state, for a checkpoint: discriminator, generator, weight. */
    double[] state() {
        return new double[] {discriminator, generator, weight};
    }

    /** Restores {@link #state()}. */
    void restore(double[] state) {
        discriminator = state[0];
        generator = state[1];
        weight = state[2];
    }
}
