package org.latentbrush.bridge.discovery;

/**
 * What moving the same latents along one direction did to every measure: the means at the
 * slider's minimum, unmoved and at its maximum, and the spread of the unmoved values.
 *
 * @param minus per measure, the mean at the slider's minimum
 * @param zero per measure, the mean of the unmoved latents
 * @param plus per measure, the mean at the slider's maximum
 * @param spread per measure, the standard deviation of the unmoved values
 * @param samples how many latents were moved
 */
record Effect(double[] minus, double[] zero, double[] plus, double[] spread, int samples) {

    /** The change of measure {@code m} from the slider's minimum to its maximum. */
    double change(int m) {
        return plus[m] - minus[m];
    }
}
