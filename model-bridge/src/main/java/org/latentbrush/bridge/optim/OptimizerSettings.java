package org.latentbrush.bridge.optim;

/**
 * The tunables of the latent optimiser, each named and explained.
 *
 * @param candidates K, the batch of latents optimised together (current z, encoder guess, restarts)
 * @param iterations Adam steps per edit
 * @param learningRate Adam's step size on w, where z = tanh(w)
 * @param beta1 Adam's first-moment decay
 * @param beta2 Adam's second-moment decay
 * @param edgeWeight λ_edge, the weight of the sketch (edge) term against the colour term
 * @param priorWeight λ_prior, the weight of ‖z − z₀‖² once the user has fixed a result z₀
 * @param restartNoise half-width of the uniform noise added to z₀ for restarts after a fix
 * @param publishEvery stream a snapshot every this many iterations (and after the first)
 * @param keep how many ranked candidates a snapshot carries
 * @param seed seed of the random restarts
 */
public record OptimizerSettings(
        int candidates,
        int iterations,
        double learningRate,
        double beta1,
        double beta2,
        double edgeWeight,
        double priorWeight,
        double restartNoise,
        int publishEvery,
        int keep,
        long seed) {

    public OptimizerSettings {
        if (candidates < 1 || iterations < 0 || publishEvery < 1 || keep < 1) {
            throw new IllegalArgumentException("candidates, publishEvery and keep must be positive "
                    + "and iterations not negative");
        }
        if (!(learningRate > 0) || edgeWeight < 0 || priorWeight < 0 || restartNoise < 0) {
            throw new IllegalArgumentException("learning rate must be positive and weights not negative");
        }
    }

    /**
     * iGAN's protocol (Zhu et al. 2016): 64 random starts, 40 Adam iterations at lr 0.1, edge weight
     * 0.2, prior weight 5 after a fix, restarts at z₀ plus uniform noise of half-width 0.5.
     */
    public static OptimizerSettings igan() {
        return new OptimizerSettings(64, 40, 0.1, 0.9, 0.999, 0.2, 5.0, 0.5, 5, 16, 0L);
    }

    /**
     * The project's live protocol: 16 candidates for 30 iterations, warm-started from the current
     * result and the encoder's guess: about 1.2 s per edit of the 64×64 model on two CPU cores,
     * a fifth of iGAN's protocol. Of the shapes tried within that time, more iterations beat more
     * candidates. Measured against {@link #igan()} by the {@code bench} command.
     */
    public static OptimizerSettings live() {
        return new OptimizerSettings(16, 30, 0.1, 0.9, 0.999, 0.2, 5.0, 0.5, 5, 16, 0L);
    }

    public OptimizerSettings withCandidates(int k) {
        return new OptimizerSettings(k, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, Math.min(keep, k), seed);
    }

    public OptimizerSettings withIterations(int n) {
        return new OptimizerSettings(candidates, n, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, seed);
    }

    public OptimizerSettings withSeed(long s) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, s);
    }

    /** Returns these settings keeping at most {@code k} ranked candidates per snapshot. */
    public OptimizerSettings withKeep(int k) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, Math.min(k, candidates), seed);
    }

    public OptimizerSettings withPublishEvery(int every) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, every, keep, seed);
    }
}
