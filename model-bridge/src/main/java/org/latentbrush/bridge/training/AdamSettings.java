package org.latentbrush.bridge.training;

/**
 * The tunables of one Adam optimiser (Kingma and Ba 2015).
 *
 * @param learningRate step size
 * @param beta1 decay of the gradient's running mean; 0 as in SAGAN, where momentum chases a moving
 *     adversary
 * @param beta2 decay of the squared gradient's running mean
 */
public record AdamSettings(float learningRate, float beta1, float beta2) {

    /** Keeps the update finite where the squared gradient's mean is zero. */
    public static final float EPSILON = 1e-8f;

    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException naming the first bad value
     */
    public AdamSettings {
        if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), was " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), was " + beta2);
        }
    }
}
