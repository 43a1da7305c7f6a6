package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * How a sharp patch becomes an upscaler's input: an optional Gaussian blur, exact area shrinking,
 * optional Gaussian noise.
 *
 * @param blurChance how often the patch is blurred before shrinking, 0 to 1
 * @param maxBlurSigma the largest blur, in sharp pixels; each blurred patch draws σ uniformly below it
 * @param noiseChance how often noise is added after shrinking, 0 to 1
 * @param maxNoiseSigma the largest noise standard deviation, in [0, 1] units
 */
public record Degradation(double blurChance, double maxBlurSigma, double noiseChance,
        double maxNoiseSigma) {

    /**
     * The default: GAN outputs are soft and a little noisy, never blocky; half the inputs blurred
     * by up to 1.5 sharp pixels, a third given noise of up to 1.5 %.
     */
    public static final Degradation GAN_LIKE = new Degradation(0.5, 1.5, 0.33, 0.015);

    /** No softening: exact area shrinking only, as the measurements use. */
    public static final Degradation NONE = new Degradation(0, 0, 0, 0);

    public Degradation {
        if (!(blurChance >= 0 && blurChance <= 1) || !(noiseChance >= 0 && noiseChance <= 1)
                || !(maxBlurSigma >= 0) || !(maxNoiseSigma >= 0)) {
            throw new IllegalArgumentException("chances must be in [0, 1] and sigmas not negative");
        }
    }

    /**
     * Degrades one patch.
     *
     * @param sharp channel-major RGB patch of side {@code side}
     * @param side the patch's side
     * @param scale the shrinking factor
     * @param random the draw's randomness
     * @return channel-major RGB of side {@code side / scale}, in [0, 1]
     */
    public float[] apply(float[] sharp, int side, int scale, SplittableRandom random) {
        float[] source = sharp;
        if (random.nextDouble() < blurChance && maxBlurSigma > 0) {
            source = blur(sharp, side, random.nextDouble() * maxBlurSigma);
        }
        float[] small = shrink(source, side, scale);
        if (random.nextDouble() < noiseChance && maxNoiseSigma > 0) {
            double sigma = random.nextDouble() * maxNoiseSigma;
            for (int i = 0; i < small.length; i++) {
                small[i] = (float) Math.min(1, Math.max(0, small[i] + sigma * gaussian(random)));
            }
        }
        return small;
    }

    /** Area-averages {@code scale × scale} blocks. */
    static float[] shrink(float[] image, int side, int scale) {
        int small = side / scale;
        float[] out = new float[3 * small * small];
        float norm = 1f / (scale * scale);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < small; y++) {
                for (int x = 0; x < small; x++) {
                    float sum = 0;
                    for (int dy = 0; dy < scale; dy++) {
                        int row = (c * side + y * scale + dy) * side + x * scale;
                        for (int dx = 0; dx < scale; dx++) {
                            sum += image[row + dx];
                        }
                    }
                    out[(c * small + y) * small + x] = sum * norm;
                }
            }
        }
        return out;
    }

    /** A separable Gaussian blur with edges repeated outward. */
    static float[] blur(float[] image, int side, double sigma) {
        if (sigma < 0.05) {
            return image.clone();
        }
        int radius = (int) Math.ceil(3 * sigma);
        float[] taps = new float[2 * radius + 1];
        float total = 0;
        for (int k = -radius; k <= radius; k++) {
            taps[k + radius] = (float) Math.exp(-k * k / (2 * sigma * sigma));
            total += taps[k + radius];
        }
        for (int k = 0; k < taps.length; k++) {
            taps[k] /= total;
        }
        float[] across = new float[image.length];
        float[] out = new float[image.length];
        for (int c = 0; c < 3; c++) {
            int plane = c * side * side;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    float sum = 0;
                    for (int k = -radius; k <= radius; k++) {
                        int sx = Math.min(side - 1, Math.max(0, x + k));
                        sum += taps[k + radius] * image[plane + y * side + sx];
                    }
                    across[plane + y * side + x] = sum;
                }
            }
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    float sum = 0;
                    for (int k = -radius; k <= radius; k++) {
                        int sy = Math.min(side - 1, Math.max(0, y + k));
                        sum += taps[k + radius] * across[plane + sy * side + x];
                    }
                    out[plane + y * side + x] = sum;
                }
            }
        }
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian before Java 17's RandomGenerator default.
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
