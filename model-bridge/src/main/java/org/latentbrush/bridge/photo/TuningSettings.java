package org.latentbrush.bridge.photo;

/**
 * Tunables of per-photo generator tuning ({@link PivotalTuning}).
 *
 * @param steps the most Adam steps on the weights
 * @param learningRate Adam's step size on each weight tensor, relative to that tensor's root mean square
 * @param finalRate the fraction of the learning rate the cosine schedule falls to by the last step
 * @param targetPsnr stop as soon as G′(z₀) reaches this PSNR against the frame, in dB
 * @param budgetMillis stop once the tuning has taken this long, keeping the best weights measured
 * @param featureWeight weight of the feature distance beside the pixel MSE, as in projection
 * @param localityWeight weight of PTI's locality term: G′ keeps G's image at a latent away from z₀
 * @param localityReach how far toward a random latent that latent lies, 0 (z₀) to 1 (the random one)
 * @param localityEvery the locality term is added on every this many steps, from the first
 * @param localityPool how many such latents are drawn per tuning; the steps take them in turn
 * @param frozenLayers how many of the generator's first weighted layers (the dense layer, the
 *     convolutions) stay the shared model's, with the normalisations after them; the rest are tuned
 * @param seed seeds the locality latents, so a tuning can be repeated exactly
 * @param publishEvery progress is reported after the first step and every this many steps
 */
public record TuningSettings(int steps, double learningRate, double finalRate, double targetPsnr,
        long budgetMillis, double featureWeight, double localityWeight, double localityReach, int localityEvery,
        int localityPool, int frozenLayers, long seed, int publishEvery) {

    /**
     * Measured on five real photographs with {@code landscape-64} (docs/PHOTO-EDITING.md), to reach
     * 30 dB within 10 s on two cores:
     *
     * <ul>
     *   <li>The dense layer from z stays the shared model's (a third of a step's time went to its
     *       backward pass and update; without it the photos climb as fast).
     *   <li>Pixel MSE alone: the feature distance weighed 0.1 dominated the objective and held the
     *       PSNR back by 2 dB at 350 steps on the hardest photo.
     *   <li>A constant rate of 1.5 % of each tensor's size per step (PTI's 3e-4 is absolute, on
     *       StyleGAN2's weights of size about 1: 0.03 %); a cosine fall to a tenth over the step
     *       limit slowed the middle of the climb, and the best weights are kept anyway.
     *   <li>The locality term at 0.01, every second step, from 32 latents drawn once: at PTI's 0.1
     *       it halved the climb; at 0.01 G′ stays as close to G around z₀ as it did with 0.1 and
     *       a fresh latent every step, and without it G′ drifts 8–11 dB further from G.
     *   <li>Stopped at 30.5 dB, just past the 30 dB a reconstruction needs to look like the photo,
     *       or after 10 s. The hardest photo still climbs by half a decibel every 50 steps at
     *       step 400, so the step limit (1,000) is set well past what 10 s allow: time binds first.
     * </ul>
     */
    public static TuningSettings defaults() {
        return new TuningSettings(1_000, 0.015, 1, 30.5, 10_000, 0, 0.01, 0.5, 2, 32, 1, 1, 10);
    }

    public TuningSettings {
        if (steps < 0 || !(learningRate > 0) || !(finalRate > 0 && finalRate <= 1) || !(publishEvery > 0)
                || budgetMillis < 1 || !(featureWeight >= 0) || !(localityWeight >= 0)
                || !(localityReach >= 0 && localityReach <= 1) || localityEvery < 1 || localityPool < 1
                || frozenLayers < 0 || Double.isNaN(targetPsnr)) {
            throw new IllegalArgumentException("bad tuning settings: " + steps + " steps, rate "
                    + learningRate + " falling to " + finalRate + " of it, budget " + budgetMillis + " ms, feature weight " + featureWeight
                    + ", locality " + localityWeight + " at " + localityReach + " every " + localityEvery
                    + " steps from " + localityPool + " latents, " + frozenLayers + " frozen layers");
        }
    }

    /** These settings with another step count. */
    public TuningSettings withSteps(int newSteps) {
        return new TuningSettings(newSteps, learningRate, finalRate, targetPsnr, budgetMillis, featureWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings with another time budget. */
    public TuningSettings withBudgetMillis(long millis) {
        return new TuningSettings(steps, learningRate, finalRate, targetPsnr, millis, featureWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings with another target. */
    public TuningSettings withTargetPsnr(double newTarget) {
        return new TuningSettings(steps, learningRate, finalRate, newTarget, budgetMillis, featureWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings keeping another number of first layers frozen. */
    public TuningSettings withFrozenLayers(int layers) {
        return new TuningSettings(steps, learningRate, finalRate, targetPsnr, budgetMillis, featureWeight, localityWeight,
                localityReach, localityEvery, localityPool, layers, seed, publishEvery);
    }

    /** These settings with another learning rate and schedule. */
    public TuningSettings withRate(double rate, double finalFraction) {
        return new TuningSettings(steps, rate, finalFraction, targetPsnr, budgetMillis, featureWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings with another weight of the locality term. */
    public TuningSettings withLocalityWeight(double weight) {
        return new TuningSettings(steps, learningRate, finalRate, targetPsnr, budgetMillis, featureWeight, weight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings reporting progress every this many steps. */
    public TuningSettings withPublishEvery(int every) {
        return new TuningSettings(steps, learningRate, finalRate, targetPsnr, budgetMillis, featureWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, every);
    }
}
