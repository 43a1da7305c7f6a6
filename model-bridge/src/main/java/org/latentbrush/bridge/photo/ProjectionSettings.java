package org.latentbrush.bridge.photo;

/**
 * The tunables of projecting a photo, each named and explained.
 *
 * @param method which solver
 * @param iterations Adam steps (ignored by {@link ProjectionMethod#ENCODER})
 * @param randomStarts random latents optimised beside the encoder's guess; with
 *     {@link ProjectionMethod#OPTIMIZE} one more takes the guess's place, so the batch is the same size
 * @param learningRate Adam's step size on w, where z = tanh(w)
 * @param featureWeight weight of the feature distance against the pixel MSE (see {@link ProjectionLoss})
 * @param publishEvery report progress every this many iterations (and after the first)
 * @param seed seed of the random starts
 */
public record ProjectionSettings(
        ProjectionMethod method,
        int iterations,
        int randomStarts,
        double learningRate,
        double featureWeight,
        int publishEvery,
        long seed) {

    /** Adam's first-moment decay, as in the edit optimiser. */
    static final double BETA1 = 0.9;

    /** Adam's second-moment decay. */
    static final double BETA2 = 0.999;

    public ProjectionSettings {
        if (method == null) {
            throw new IllegalArgumentException("method is missing");
        }
        if (iterations < 0 || randomStarts < 0 || publishEvery < 1) {
            throw new IllegalArgumentException("iterations and random starts must not be negative, "
                    + "publishEvery must be positive");
        }
        if (!(learningRate > 0) || !(featureWeight >= 0)) {
            throw new IllegalArgumentException("learning rate must be positive and the feature weight "
                    + "not negative");
        }
    }

    /**
     * The hybrid method with 200 Adam steps over the guess and 4 random starts: iGAN allowed its
     * L-BFGS solver 200 iterations; a batch of 5 keeps a 64-pixel projection to seconds on two cores.
     */
    public static ProjectionSettings defaults() {
        return new ProjectionSettings(ProjectionMethod.HYBRID, 200, 4, 0.05, 0.1, 10, 0L);
    }

    public ProjectionSettings withMethod(ProjectionMethod m) {
        return new ProjectionSettings(m, iterations, randomStarts, learningRate, featureWeight,
                publishEvery, seed);
    }

    public ProjectionSettings withIterations(int n) {
        return new ProjectionSettings(method, n, randomStarts, learningRate, featureWeight,
                publishEvery, seed);
    }

    public ProjectionSettings withSeed(long s) {
        return new ProjectionSettings(method, iterations, randomStarts, learningRate, featureWeight,
                publishEvery, s);
    }
}
