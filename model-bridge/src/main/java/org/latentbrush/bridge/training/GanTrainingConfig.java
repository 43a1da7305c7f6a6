package org.latentbrush.bridge.training;

import java.util.Locale;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.training.data.ImageSource;

/**
 * The settings of a GAN training run: what it builds, how long it runs, how it learns.
 *
 * <p>{@link #standard} gives the recipe that works at this project's sizes: hinge loss, spectral
 * normalisation in D, two time-scale learning rates (D 4e-4, G 1e-4; Heusel et al. 2017), Adam with
 * β = (0, 0.9) as in SAGAN, and an average of G's weights with decay 0.999.
 *
 * @param architecture the generator's shape and width
 * @param discriminatorWidth channels of D's first convolution
 * @param batchSize images per step, real and generated each
 * @param steps the step to stop after, counted over resumes
 * @param checkpointEvery steps between checkpoints (and model saves)
 * @param sampleEvery steps between sample grids
 * @param seed seeds the weights, the data order and the latents
 * @param discriminatorAdam D's optimiser
 * @param generatorAdam G's optimiser
 * @param averageDecay decay of the average of G's weights
 * @param diversityWeight weight of the {@link ModeSeekingLoss} in G's loss, 0 for none
 * @param diffAugment whether D sees real and generated images through {@link DiffAugment}
 * @param discriminatorDepth convolutions per resolution in D: 1 for the strided one alone, 2 to
 *     add a 3×3 one after it, as in SNGAN's CNN discriminator (see {@link Discriminator})
 * @param diversityCap whether the mode-seeking term stops once G's images differ as much as real
 *     ones ({@link ModeSeekingLoss#capped})
 */
public record GanTrainingConfig(
        ArchitectureSpec architecture,
        int discriminatorWidth,
        int batchSize,
        long steps,
        int checkpointEvery,
        int sampleEvery,
        long seed,
        AdamSettings discriminatorAdam,
        AdamSettings generatorAdam,
        double averageDecay,
        float diversityWeight,
        boolean diffAugment,
        int discriminatorDepth,
        boolean diversityCap) {

    /** D's learning rate in the two time-scale recipe. */
    public static final float DISCRIMINATOR_RATE = 4e-4f;
    /** G's learning rate in the two time-scale recipe. */
    public static final float GENERATOR_RATE = 1e-4f;
    /** SAGAN's Adam β1: no momentum against a moving adversary. */
    public static final float BETA1 = 0f;
    /** SAGAN's Adam β2. */
    public static final float BETA2 = 0.9f;
    /** Decay of the average of G's weights. */
    public static final double AVERAGE_DECAY = 0.999;
    /** Weight of the mode-seeking term: MSGAN's λ = 1. */
    public static final float DIVERSITY_WEIGHT = 1f;
    /** Default steps between checkpoints and between sample grids. */
    public static final int DEFAULT_EVERY = 250;

    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException naming the first bad value
     */
    public GanTrainingConfig {
        positive("discriminator width", discriminatorWidth);
        if (discriminatorDepth < 1 || discriminatorDepth > Discriminator.MAX_DEPTH) {
            throw new IllegalArgumentException("discriminator depth must be 1 to "
                    + Discriminator.MAX_DEPTH + ", was " + discriminatorDepth);
        }
        positive("batch size", batchSize);
        positive("steps", steps);
        positive("checkpoint interval", checkpointEvery);
        positive("sample interval", sampleEvery);
        if (!(averageDecay >= 0 && averageDecay < 1)) {
            throw new IllegalArgumentException("average decay must be in [0, 1), was " + averageDecay);
        }
        if (!(diversityWeight >= 0) || Float.isInfinite(diversityWeight)) {
            throw new IllegalArgumentException("diversity weight must not be negative, was "
                    + diversityWeight);
        }
        if (diversityWeight > 0 && batchSize < 2) {
            throw new IllegalArgumentException("the diversity term compares images in pairs: "
                    + "batch size must be at least 2");
        }
    }

    /**
     * The standard recipe for an architecture, D as wide as G.
     *
     * @param architecture the generator's shape
     * @param batchSize images per step
     * @param steps steps to train
     * @param seed the run's seed
     * @return the settings
     */
    public static GanTrainingConfig standard(ArchitectureSpec architecture, int batchSize, long steps,
            long seed) {
        return new GanTrainingConfig(architecture, architecture.baseWidth(), batchSize, steps,
                DEFAULT_EVERY, DEFAULT_EVERY, seed,
                new AdamSettings(DISCRIMINATOR_RATE, BETA1, BETA2),
                new AdamSettings(GENERATOR_RATE, BETA1, BETA2), AVERAGE_DECAY, DIVERSITY_WEIGHT, false, 1, false);
    }

    /**
     * Checks that a model's manifest and the training images fit these settings.
     *
     * @param manifest the model to train (without an encoder: that is trained afterwards)
     * @param data the training images
     * @throws IllegalArgumentException naming the first mismatch
     */
    public void checkFits(ModelManifest manifest, ImageSource data) {
        if (!manifest.architecture().equals(architecture)) {
            throw new IllegalArgumentException("the manifest's architecture "
                    + manifest.architecture() + " differs from the run's " + architecture);
        }
        if (manifest.encoder().isPresent()) {
            throw new IllegalArgumentException("train the GAN first, then its encoder: the "
                    + "manifest must not name an encoder");
        }
        int size = manifest.imageSize();
        if (data.width() != size || data.height() != size || data.channels() != manifest.channels()) {
            throw new IllegalArgumentException("the data are " + data.width() + "x" + data.height()
                    + " with " + data.channels() + " channel(s) but the model makes " + size + "x"
                    + size + " with " + manifest.channels() + ": " + data.describe());
        }
    }

    /**
     * What a checkpoint must agree on with the run that resumes it.
     *
     * @param dataDescription the training images' description
     * @return one line; only runs with augmentation, a deeper D or a capped diversity term
     *     mention them, so older checkpoints still match
     */
    public String fingerprint(String dataDescription) {
        return String.format(Locale.ROOT, "%s, D width %d, batch %d, seed %d, D %s, G %s, "
                        + "average %s, diversity %s, data: %s", architecture, discriminatorWidth,
                batchSize, seed, discriminatorAdam, generatorAdam, averageDecay, diversityWeight,
                dataDescription) + (diffAugment ? ", DiffAugment" : "")
                + (discriminatorDepth > 1 ? ", D depth " + discriminatorDepth : "")
                + (diversityCap ? ", diversity capped at the real images'" : "");
    }

    /** Returns a copy with other checkpoint and sample intervals. */
    public GanTrainingConfig withIntervals(int newCheckpointEvery, int newSampleEvery) {
        return new GanTrainingConfig(architecture, discriminatorWidth, batchSize, steps,
                newCheckpointEvery, newSampleEvery, seed, discriminatorAdam, generatorAdam,
                averageDecay, diversityWeight, diffAugment, discriminatorDepth, diversityCap);
    }

    /** Returns a copy that stops after another step, e.g. to extend a finished run. */
    public GanTrainingConfig withSteps(long newSteps) {
        return new GanTrainingConfig(architecture, discriminatorWidth, batchSize, newSteps,
                checkpointEvery, sampleEvery, seed, discriminatorAdam, generatorAdam, averageDecay,
                diversityWeight, diffAugment, discriminatorDepth, diversityCap);
    }

    /** Returns a copy with a discriminator of another base width. */
    public GanTrainingConfig withDiscriminatorWidth(int newDiscriminatorWidth) {
        return new GanTrainingConfig(architecture, newDiscriminatorWidth, batchSize, steps,
                checkpointEvery, sampleEvery, seed, discriminatorAdam, generatorAdam, averageDecay,
                diversityWeight, diffAugment, discriminatorDepth, diversityCap);
    }

    /** Returns a copy with differentiable augmentation in front of D turned on or off. */
    public GanTrainingConfig withDiffAugment(boolean newDiffAugment) {
        return new GanTrainingConfig(architecture, discriminatorWidth, batchSize, steps,
                checkpointEvery, sampleEvery, seed, discriminatorAdam, generatorAdam, averageDecay,
                diversityWeight, newDiffAugment, discriminatorDepth, diversityCap);
    }

    /** Returns a copy with another weight of the mode-seeking term. */
    public GanTrainingConfig withDiversityWeight(float newDiversityWeight) {
        return new GanTrainingConfig(architecture, discriminatorWidth, batchSize, steps,
                checkpointEvery, sampleEvery, seed, discriminatorAdam, generatorAdam, averageDecay,
                newDiversityWeight, diffAugment, discriminatorDepth, diversityCap);
    }

    /** Returns a copy whose two optimisers take steps of these sizes, their βs unchanged. */
    public GanTrainingConfig withLearningRates(float discriminatorRate, float generatorRate) {
        return new GanTrainingConfig(architecture, discriminatorWidth, batchSize, steps,
                checkpointEvery, sampleEvery, seed,
                new AdamSettings(discriminatorRate, discriminatorAdam.beta1(), discriminatorAdam.beta2()),
                new AdamSettings(generatorRate, generatorAdam.beta1(), generatorAdam.beta2()),
                averageDecay, diversityWeight, diffAugment, discriminatorDepth, diversityCap);
    }

    /** Returns a copy whose mode-seeking term stops, or not, at the real images' diversity. */
    public GanTrainingConfig withDiversityCap(boolean newDiversityCap) {
        return new GanTrainingConfig(architecture, discriminatorWidth, batchSize, steps,
                checkpointEvery, sampleEvery, seed, discriminatorAdam, generatorAdam, averageDecay,
                diversityWeight, diffAugment, discriminatorDepth, newDiversityCap);
    }

    /** Returns a copy whose D has this many convolutions per resolution. */
    public GanTrainingConfig withDiscriminatorDepth(int newDiscriminatorDepth) {
        return new GanTrainingConfig(architecture, discriminatorWidth, batchSize, steps,
                checkpointEvery, sampleEvery, seed, discriminatorAdam, generatorAdam, averageDecay,
                diversityWeight, diffAugment, newDiscriminatorDepth, diversityCap);
    }

    private static void positive(String what, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + value);
        }
    }
}
