package org.latentbrush.bridge.training;

/**
 * The two losses of one training step.
 *
 * @param discriminator D's hinge loss; 2 means D cannot tell real from generated, 0 that it
 *     separates them by the full margin
 * @param generator G's loss, −mean(D(G(z))); it drifts with D's scale, so watch trends, not values
 */
public record StepLosses(double discriminator, double generator) {

    /** Whether both are finite numbers. */
    public boolean finite() {
        return Double.isFinite(discriminator) && Double.isFinite(generator);
    }
}
