package org.latentbrush.bridge.photo;

/**
 * Tunables of per-photo generator tuning ({@link PivotalTuning}).
 *
 * @param steps the most Adam steps on the weights
 * @param learningRate Adam's step size on each weight tensor, relative to that tensor's root mean square
 * @param finalRate the fraction of the learning rate the cosine schedule falls to by the last step
 * @param targetPsnr stop as soon as G′(z₀) reaches this PSNR against the frame, in dB
 * @param budgetMillis stop once the tuning has taken this long, keeping the best weights measured
 * @param edgeWeight weight of the edge error beside the pixel MSE: the squared error of neighbouring
 *     pixels' differences ({@link ProjectionLoss})
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
        long budgetMillis, double edgeWeight, double localityWeight, double localityReach, int localityEvery,
        int localityPool, int frozenLayers, long seed, int publishEvery) {

    /**
     * Measured on ten real photographs with {@code landscape-64} (docs/PHOTO-EDITING.md), to reach
     * 30 dB within 10 s on two cores:
     *
     * <ul>
     *   <li>The dense layer from z stays the shared model's (a third of a step's time went to its
     *       backward pass and update; without it the photos climb as fast).
     *   <li>Pixel MSE plus 4 × the edge error (neighbouring pixels' differences): pixel MSE alone
     *       fits the broad areas first and the fine detail last, and left the three photos least
     *       like the renderer's scenes at 26–29 dB after 370 steps; with the edge error they pass
     *       30 dB in 220–370. The encoder's feature distance weighed 0.1 instead held the hardest
     *       photo back by 2 dB at 350 steps.
     *   <li>A constant rate of 1.5 % of each tensor's size per step (PTI's 3e-4 is absolute, on
     *       StyleGAN2's weights of size about 1: 0.03 %); 2–3 % climbed slower on two photos of
     *       three, a cosine fall to a tenth over the step limit slowed the middle of the climb,
     *       and the best weights are kept anyway.
     *   <li>PTI's locality term at PTI's weight, 0.1, every second step, at 32 uniform random
     *       latents drawn once (reach 1: PTI's α = 30 lies about as far from the pivot as a random
     *       latent in StyleGAN's W). Held only halfway from z₀ at 0.03, G′ kept the photo's look
     *       near z₀ but drew a washed-out grey far from it, so a sunset painted over a forest
     *       stream came 43 % of the way; held at random latents, 65–83 %, for a climb a fifth to
     *       two fifths longer. Without it G′ drifts 8–11 dB further from G.
     *   <li>Stopped at 30.5 dB, just past the 30 dB a reconstruction needs to look like the photo,
     *       or after 10 s. The hardest photo still climbs by half a decibel every 50 steps at
     *       step 400, so the step limit (1,000) is set well past what 10 s allow: time binds first.
     * </ul>
     */
    public static TuningSettings defaults() {
        return new TuningSettings(1_000, 0.015, 1, 30.5, 10_000, 4, 0.1, 1, 2, 32, 1, 1, 10);
    }

    public TuningSettings {
        if (steps < 0 || !(learningRate > 0) || !(finalRate > 0 && finalRate <= 1) || !(publishEvery > 0)
                || budgetMillis < 1 || !(edgeWeight >= 0) || !(localityWeight >= 0)
                || !(localityReach >= 0 && localityReach <= 1) || localityEvery < 1 || localityPool < 1
                || frozenLayers < 0 || Double.isNaN(targetPsnr)) {
            throw new IllegalArgumentException("bad tuning settings: " + steps + " steps, rate "
                    + learningRate + " falling to " + finalRate + " of it, budget " + budgetMillis + " ms, edge weight " + edgeWeight
                    + ", locality " + localityWeight + " at " + localityReach + " every " + localityEvery
                    + " steps from " + localityPool + " latents, " + frozenLayers + " frozen layers");
        }
    }

    /** These settings with another step count. */
    public TuningSettings withSteps(int newSteps) {
        return new TuningSettings(newSteps, learningRate, finalRate, targetPsnr, budgetMillis, edgeWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings with another time budget. */
    public TuningSettings withBudgetMillis(long millis) {
        return new TuningSettings(steps, learningRate, finalRate, targetPsnr, millis, edgeWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings with another target. */
    public TuningSettings withTargetPsnr(double newTarget) {
        return new TuningSettings(steps, learningRate, finalRate, newTarget, budgetMillis, edgeWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings keeping another number of first layers frozen. */
    public TuningSettings withFrozenLayers(int layers) {
        return new TuningSettings(steps, learningRate, finalRate, targetPsnr, budgetMillis, edgeWeight, localityWeight,
                localityReach, localityEvery, localityPool, layers, seed, publishEvery);
    }

    /** These settings with another learning rate and schedule. */
    public TuningSettings withRate(double rate, double finalFraction) {
        return new TuningSettings(steps, rate, finalFraction, targetPsnr, budgetMillis, edgeWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings with another weight of the edge error. */
    public TuningSettings withEdgeWeight(double weight) {
        return new TuningSettings(steps, learningRate, finalRate, targetPsnr, budgetMillis, weight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings with another weight of the locality term. */
    public TuningSettings withLocalityWeight(double weight) {
        return new TuningSettings(steps, learningRate, finalRate, targetPsnr, budgetMillis, edgeWeight, weight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, publishEvery);
    }

    /** These settings reporting progress every this many steps. */
    public TuningSettings withPublishEvery(int every) {
        return new TuningSettings(steps, learningRate, finalRate, targetPsnr, budgetMillis, edgeWeight, localityWeight,
                localityReach, localityEvery, localityPool, frozenLayers, seed, every);
    }
}
