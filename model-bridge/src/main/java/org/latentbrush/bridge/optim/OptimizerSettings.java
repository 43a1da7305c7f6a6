package org.latentbrush.bridge.optim;

import org.latentbrush.bridge.generator.LiveShape;
import org.latentbrush.bridge.generator.ModelManifest;

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
 * @param screened random starts drawn and scored by one forward pass before the first step, of
 *     which the cheapest fill the restart slots; when no more than the free slots, every draw is
 *     used as it is (iGAN's protocol)
 * @param continuityWeight λ_change, the weight of the continuity term: the mean squared change of
 *     the picture outside the strokes from the current result. It makes a new stroke change the
 *     picture only as much as it needs, so that a far start wins only when it meets the strokes
 *     clearly better; 0 lets any start win by a hair (iGAN's protocol)
 * @param earlyStop when an edit may end before {@code iterations}, once its best cost has stopped
 *     falling; {@link EarlyStop#NEVER} for iGAN's protocol
 * @param narrowing when an edit drops its costliest candidates to step the rest faster;
 *     {@link Narrowing#NEVER} steps all of them to the end
 * @param stepGroup steps at most this many candidates at a time and publishes a snapshot between
 *     the groups of one iteration; 0 steps the whole batch at once. Candidates do not interact and
 *     Adam's update is per element, so this changes only how often a picture arrives, not where
 *     the edit goes
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
        long seed,
        int screened,
        double continuityWeight,
        EarlyStop earlyStop,
        Narrowing narrowing,
        int stepGroup) {

    /** Candidates of the live protocol: a gallery's worth, small enough to step fast. */
    private static final int LIVE_CANDIDATES = 8;

    /**
     * The live protocol streams every step: a step costs 30–75 ms on one core, so the canvas gets a
     * new picture at least every 100 ms (every fifth step left gaps of up to 400 ms).
     */
    private static final int LIVE_PUBLISH_EVERY = 1;

    /** Adam steps of the live protocol. */
    private static final int LIVE_ITERATIONS = 36;

    /**
     * Random starts the live protocol screens. A forward pass over them costs about three steps at
     * batch 8, and starting from the best of many draws buys what iGAN's 64 restarts buy.
     */
    private static final int LIVE_SCREENED = 128;

    /**
     * λ_change of the live protocol. On the example sequence of strokes ({@code bench-continuity},
     * docs/PERFORMANCE.md), 0.15 cut the change a new stroke makes outside itself by 40 % for a
     * colour error 6.5 % higher; 0.25 cut it by 44 % for 13 %, 0.5 and 1.5 raised the colour error
     * by a quarter and twofold.
     */
    static final double LIVE_CONTINUITY_WEIGHT = 0.15;

    /**
     * When the live protocol's edits end: once the best cost fell by under 1 % over 8 iterations.
     * On the editor's workload ({@code bench-protocol}, landscape-64 v2, 7 strokes added one at a
     * time from 3 scenes) edits then ran 30.6 iterations instead of 36 for a colour error 3.5 %
     * higher; windows of 6 and 4 ran 21.6 and 15.2 for 15 % and 37 % more error (docs/PERFORMANCE.md).
     * Since the start bank a window of 6 costs landscape-64 under 2 %, and its manifest names it
     * ({@link #live(ModelManifest)}); shoes-32 would lose 40 %.
     */
    static final EarlyStop LIVE_EARLY_STOP = new EarlyStop(8, 0.01);

    /**
     * How the live protocol narrows its candidates: halved after 8 and 16 iterations, to 2. On the
     * editor's workload ({@code bench-protocol}, landscape-64 v2.1, 2 scenes, quiet machine) edits
     * took 1.3–1.6 s instead of 1.8–1.9 s for a colour error 2.8 % higher (3.2 % on 3 scenes) and
     * less change outside the strokes; halving every 4 iterations cost 7.7 % for no more speed
     * (docs/PERFORMANCE.md).
     */
    static final Narrowing LIVE_NARROWING = new Narrowing(8, 2);

    /**
     * Candidates the live protocol steps at a time. In the editor a step of all 8 takes 80–95 ms
     * on its one engine thread and one in ten to twenty takes over 100 ms; with a picture between
     * two groups of 4, the strokes of nine replays whose longest wait for a picture passed 100 ms
     * fell from 9 of 63 to 2 (docs/PERFORMANCE.md).
     */
    static final int LIVE_STEP_GROUP = 4;

    /** Half-width of a photo edit's restart noise around z₀: the whole cube [−1, 1] is in reach. */
    private static final double PHOTO_RESTART_NOISE = 1.0;

    public OptimizerSettings {
        java.util.Objects.requireNonNull(earlyStop, "earlyStop");
        java.util.Objects.requireNonNull(narrowing, "narrowing");
        if (candidates < 1 || iterations < 0 || publishEvery < 1 || keep < 1 || screened < 0
                || stepGroup < 0) {
            throw new IllegalArgumentException("candidates, publishEvery and keep must be positive "
                    + "and iterations, screened starts and the step group not negative");
        }
        if (!(learningRate > 0) || edgeWeight < 0 || priorWeight < 0 || restartNoise < 0
                || !(continuityWeight >= 0)) {
            throw new IllegalArgumentException("learning rate must be positive and weights not negative");
        }
    }

    /**
     * iGAN's protocol (Zhu et al. 2016): 64 random starts, 40 Adam iterations at lr 0.1, edge weight
     * 0.2, prior weight 5 after a fix, restarts at z₀ plus uniform noise of half-width 0.5, and no
     * continuity term.
     */
    public static OptimizerSettings igan() {
        return new OptimizerSettings(64, 40, 0.1, 0.9, 0.999, 0.2, 5.0, 0.5, 5, 16, 0L, 0,
                /* continuityWeight= */ 0, EarlyStop.NEVER, Narrowing.NEVER, /* stepGroup= */ 0);
    }

    /**
     * The project's live protocol: 8 candidates for 36 iterations, warm-started from the current
     * result and the encoder's guess, the other slots filled with the best of 128 screened random
     * draws, with the continuity term keeping what the strokes do not ask to change. Of the shapes
     * tried (docs/PERFORMANCE.md), fewer candidates stepped for longer from screened starts beat
     * more candidates stepped for less, and match iGAN's protocol's colour error in a fifth of its
     * time. Measured against {@link #igan()} by the {@code bench} command.
     */
    public static OptimizerSettings live() {
        return new OptimizerSettings(LIVE_CANDIDATES, LIVE_ITERATIONS, 0.1, 0.9, 0.999, 0.2, 5.0, 0.5,
                LIVE_PUBLISH_EVERY, LIVE_CANDIDATES, 0L, LIVE_SCREENED, LIVE_CONTINUITY_WEIGHT, LIVE_EARLY_STOP,
                LIVE_NARROWING, LIVE_STEP_GROUP);
    }

    public OptimizerSettings withCandidates(int k) {
        return new OptimizerSettings(k, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, Math.min(keep, k), seed, screened,
                continuityWeight, earlyStop, narrowing, stepGroup);
    }

    public OptimizerSettings withIterations(int n) {
        return new OptimizerSettings(candidates, n, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, seed, screened, continuityWeight, earlyStop, narrowing, stepGroup);
    }

    /** Returns these settings with Adam's step size {@code rate}. */
    public OptimizerSettings withLearningRate(double rate) {
        return new OptimizerSettings(candidates, iterations, rate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, seed, screened, continuityWeight, earlyStop, narrowing, stepGroup);
    }

    public OptimizerSettings withSeed(long s) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, s, screened, continuityWeight, earlyStop, narrowing, stepGroup);
    }

    /** Returns these settings keeping at most {@code k} ranked candidates per snapshot. */
    public OptimizerSettings withKeep(int k) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, Math.min(k, candidates), seed,
                screened, continuityWeight, earlyStop, narrowing, stepGroup);
    }

    public OptimizerSettings withPublishEvery(int every) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, every, keep, seed, screened, continuityWeight, earlyStop, narrowing, stepGroup);
    }

    /** Returns these settings drawing {@code n} screened random starts per edit. */
    public OptimizerSettings withScreened(int n) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, seed, n, continuityWeight, earlyStop, narrowing, stepGroup);
    }

    /** Returns these settings ending edits early by {@code stop}, or never for {@link EarlyStop#NEVER}. */
    public OptimizerSettings withEarlyStop(EarlyStop stop) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, seed, screened, continuityWeight, stop, narrowing, stepGroup);
    }

    /**
     * The live protocol for one model: {@link #live()} with the model's own continuity weight and
     * shape (iterations, early stop window, narrowing interval) where its manifest names them.
     *
     * @param manifest the model's manifest
     * @return the settings
     */
    public static OptimizerSettings live(ModelManifest manifest) {
        LiveShape shape = manifest.liveShape();
        return live().withContinuityWeight(manifest.continuityWeight().orElse(LIVE_CONTINUITY_WEIGHT))
                .withIterations(shape.iterations().orElse(LIVE_ITERATIONS))
                .withEarlyStop(new EarlyStop(shape.earlyStopWindow().orElse(LIVE_EARLY_STOP.window()),
                        LIVE_EARLY_STOP.tolerance()))
                .withNarrowing(new Narrowing(shape.narrowEvery().orElse(LIVE_NARROWING.every()), LIVE_NARROWING.floor()));
    }

    /** Returns these settings with λ_change {@code weight}; 0 switches the continuity term off. */
    public OptimizerSettings withContinuityWeight(double weight) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, seed, screened, weight, earlyStop, narrowing, stepGroup);
    }

    /** Returns these settings narrowing the candidates by {@code schedule}, or never for {@link Narrowing#NEVER}. */
    public OptimizerSettings withNarrowing(Narrowing schedule) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, seed, screened, continuityWeight, earlyStop, schedule, stepGroup);
    }

    /**
     * Returns these settings for editing a projected photo: no prior toward z₀, restarts drawn
     * across the whole latent cube around it, no continuity term. On a photo the strokes' own region
     * bounds the change (pixels beyond 1.5 brush radii stay byte-identical), so keeping z′ near z₀
     * and the model's picture unchanged outside the strokes no longer protects anything; it only kept
     * edits from colours far from the photo's. On the five test photos (docs/PHOTO-EDITING.md) the
     * sunset stroke's colour error fell by 35 % and 47 % on the two hardest with them and by 59 %
     * and 76 % without.
     */
    public OptimizerSettings forPhotos() {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                /* priorWeight= */ 0, PHOTO_RESTART_NOISE, publishEvery, keep, seed, screened,
                /* continuityWeight= */ 0, earlyStop, narrowing, stepGroup);
    }

    /** Returns these settings stepping at most {@code group} candidates at a time; 0 for all. */
    public OptimizerSettings withStepGroup(int group) {
        return new OptimizerSettings(candidates, iterations, learningRate, beta1, beta2, edgeWeight,
                priorWeight, restartNoise, publishEvery, keep, seed, screened, continuityWeight, earlyStop, narrowing,
                group);
    }
}
