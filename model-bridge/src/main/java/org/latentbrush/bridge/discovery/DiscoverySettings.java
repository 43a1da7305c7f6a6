package org.latentbrush.bridge.discovery;

/**
 * How directions are found and named.
 *
 * @param samples latents whose activations the principal components are taken over
 * @param keep how many of the strongest directions to keep
 * @param probes latents moved along every direction to measure its effect, and again (other
 *     latents) to confirm the names
 * @param range the sliders' ends, ±range in standard deviations of the prior along a direction
 * @param upsamplingSteps the layer: activations after the seed map and this many upsampling steps
 * @param thresholds how large a change names a direction
 * @param seed draws every latent and the random projection
 */
public record DiscoverySettings(int samples, int keep, int probes, double range, int upsamplingSteps,
        NamingThresholds thresholds, long seed) {

    /** Latents for the components: enough for stable leading components of a few thousand features. */
    public static final int DEFAULT_SAMPLES = 4_000;
    /** GANSpace's editors show the first 10 to 20 components; past 12 few are named. */
    public static final int DEFAULT_KEEP = 12;
    /** Latents per measurement: a share's standard error is then at most 3.5 points. */
    public static final int DEFAULT_PROBES = 200;
    /**
     * Slider ends at ±2 standard deviations of the prior: clear changes that stay the model's
     * images; at ±3 the strongest directions wash skies out and melt shoes into blobs.
     */
    public static final double DEFAULT_RANGE = 2;
    /** After the first upsampling step (8×8): the layer whose components were the most nameable. */
    public static final int DEFAULT_UPSAMPLING_STEPS = 1;
    /** A class's share must move by ten points, as the issue asks, to name a direction. */
    public static final double DEFAULT_SHARE_CHANGE = 0.10;
    /** A statistic must move by one standard deviation of its spread over unmoved images. */
    public static final double DEFAULT_STATISTIC_CHANGE = 1.0;

    /** Checks the numbers. */
    public DiscoverySettings {
        if (samples < 2 || keep < 1 || probes < 1) {
            throw new IllegalArgumentException("samples, directions kept and probes must be positive");
        }
        if (!(range > 0) || !Double.isFinite(range)) {
            throw new IllegalArgumentException("the range must be a positive number, was " + range);
        }
        if (upsamplingSteps < 0) {
            throw new IllegalArgumentException("upsampling steps cannot be negative, was " + upsamplingSteps);
        }
    }

    /** The defaults, with a seed. */
    public static DiscoverySettings defaults(long seed) {
        return new DiscoverySettings(DEFAULT_SAMPLES, DEFAULT_KEEP, DEFAULT_PROBES, DEFAULT_RANGE,
                DEFAULT_UPSAMPLING_STEPS, new NamingThresholds(DEFAULT_SHARE_CHANGE,
                        DEFAULT_STATISTIC_CHANGE), seed);
    }

    /** The same settings with other counts. */
    public DiscoverySettings withCounts(int newSamples, int newKeep, int newProbes) {
        return new DiscoverySettings(newSamples, newKeep, newProbes, range, upsamplingSteps, thresholds, seed);
    }

    /** The same settings with another range. */
    public DiscoverySettings withRange(double newRange) {
        return new DiscoverySettings(samples, keep, probes, newRange, upsamplingSteps, thresholds, seed);
    }
}
