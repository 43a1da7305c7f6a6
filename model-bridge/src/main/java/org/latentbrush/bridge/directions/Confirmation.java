package org.latentbrush.bridge.directions;

/**
 * What a measurement saw when latents were moved along a direction: the mean of one measure at
 * the slider's minimum, at zero and at its maximum, over the same sampled latents.
 *
 * @param measure what was measured, e.g. {@code "timeOfDay=dusk share"} or {@code "brightness"}
 * @param minus the mean at the slider's minimum
 * @param zero the mean of the unmoved latents
 * @param plus the mean at the slider's maximum
 * @param samples how many latents were moved
 */
public record Confirmation(String measure, double minus, double zero, double plus, int samples) {

    /** Checks the numbers. */
    public Confirmation {
        if (measure == null || measure.isBlank()) {
            throw new IllegalArgumentException("a confirmation names its measure");
        }
        if (!Double.isFinite(minus) || !Double.isFinite(zero) || !Double.isFinite(plus)) {
            throw new IllegalArgumentException("a confirmation's means must be finite numbers");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("a confirmation needs at least one sample, was " + samples);
        }
    }
}
