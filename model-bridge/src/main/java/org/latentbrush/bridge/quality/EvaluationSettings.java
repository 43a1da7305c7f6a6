package org.latentbrush.bridge.quality;

import org.latentbrush.bridge.photo.ProjectionSettings;

/**
 * How much an evaluation measures.
 *
 * @param samples generated images, and real images in each of the two real draws
 * @param projections held-out real images projected by each method (0 skips projection)
 * @param diversityImages images per side whose pixels enter the diversity measure, all pairs
 *     among them (its cost grows with the square)
 * @param projection the projection's settings (iterations, random starts); the method is varied
 * @param seed picks latents, real images and random starts
 */
public record EvaluationSettings(int samples, int projections, int diversityImages,
        ProjectionSettings projection, long seed) {

    /** A thousand images per set keep the Fréchet estimate's bias small next to real-vs-real. */
    public static final int DEFAULT_SAMPLES = 1_000;
    /** Ten held-out images per method: about three minutes at 64×64 on two busy cores. */
    public static final int DEFAULT_PROJECTIONS = 10;
    /** 500 images make 124,750 pairs: a stable mean in a few seconds. */
    public static final int DEFAULT_DIVERSITY_IMAGES = 500;

    /** Checks the numbers. */
    public EvaluationSettings {
        if (samples < 2) {
            throw new IllegalArgumentException("--samples must be at least 2, was " + samples);
        }
        if (projections < 0) {
            throw new IllegalArgumentException("--projections must not be negative, was " + projections);
        }
        if (diversityImages < 2) {
            throw new IllegalArgumentException("diversity needs at least 2 images");
        }
    }
}
