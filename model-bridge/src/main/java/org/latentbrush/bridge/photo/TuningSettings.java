package org.latentbrush.bridge.photo;

/**
 * Tunables of per-photo generator tuning ({@link PivotalTuning}).
 *
 * @param steps the most Adam steps on the weights
 * @param learningRate Adam's step size on each weight tensor, relative to that tensor's root mean square
 * @param targetPsnr stop as soon as G′(z₀) reaches this PSNR against the frame, in dB
 * @param featureWeight weight of the feature distance beside the pixel MSE, as in projection
 * @param localityWeight weight of PTI's locality term: G′ keeps G's image at a latent away from z₀
 * @param localityReach how far toward a random latent that latent lies, 0 (z₀) to 1 (the random one)
 * @param seed seeds the locality latents, so a tuning can be repeated exactly
 * @param publishEvery progress is reported after the first step and every this many steps
 */
public record TuningSettings(int steps, double learningRate, double targetPsnr, double featureWeight,
        double localityWeight, double localityReach, long seed, int publishEvery) {

    /**
     * PTI's 350 steps and locality weight; a rate of 1 % of each tensor's size per step (PTI's
     * 3e-4 is absolute, on StyleGAN2's weights of size about 1: 0.03 %; measured on real photos,
     * 1 % climbs furthest in the steps there is time for, docs/PHOTO-EDITING.md); stopped at 32 dB,
     * past the 30 dB a reconstruction needs to look like the photo.
     */
    public static TuningSettings defaults() {
        return new TuningSettings(350, 0.01, 32, 0.1, 0.1, 0.5, 1, 10);
    }

    public TuningSettings {
        if (steps < 0 || !(learningRate > 0) || !(publishEvery > 0) || !(featureWeight >= 0)
                || !(localityWeight >= 0) || !(localityReach >= 0 && localityReach <= 1)
                || Double.isNaN(targetPsnr)) {
            throw new IllegalArgumentException("bad tuning settings: " + steps + " steps, rate "
                    + learningRate + ", feature weight " + featureWeight + ", locality "
                    + localityWeight + " at " + localityReach);
        }
    }

    /** These settings with another step count. */
    public TuningSettings withSteps(int newSteps) {
        return new TuningSettings(newSteps, learningRate, targetPsnr, featureWeight, localityWeight,
                localityReach, seed, publishEvery);
    }
}
