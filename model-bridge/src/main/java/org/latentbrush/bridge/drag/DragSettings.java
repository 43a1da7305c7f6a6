package org.latentbrush.bridge.drag;

/**
 * The tunables of a drag (DragGAN, Pan et al. 2023), each named and explained; distances are in
 * model pixels.
 *
 * @param featureReduction the generator's feature map that is supervised and tracked is this many
 *     times smaller than the image (4: the 16×16 map of a 64-pixel model; 2: the 32×32 one; 1: the
 *     image itself)
 * @param supervisionRadius r1: features within this distance of a handle are pulled toward its target
 * @param trackingRadius r2: the handle is searched for within this distance of where it was
 * @param trackingPatchRadius the tracker compares the features within this distance of a point (0:
 *     the one vector at the point, as DragGAN does)
 * @param stepLength how far each step pulls the features around a handle (DragGAN: one pixel)
 * @param arrivalDistance a handle this close to its target has arrived: it is no longer pulled, and
 *     the drag stops once every handle has
 * @param learningRate Adam's step size on w, where z = tanh(w)
 * @param maskWeight weight of holding the features outside the movable region to the starting ones
 *     (DragGAN's λ)
 * @param continuityWeight without a movable region, the weight of holding the features farther than
 *     {@code continuityRadius} from every handle's path to its target (0: none, as in DragGAN)
 * @param continuityRadius how far from a handle's path the continuity term leaves features free
 */
public record DragSettings(
        int featureReduction,
        double supervisionRadius,
        double trackingRadius,
        double trackingPatchRadius,
        double stepLength,
        double arrivalDistance,
        double learningRate,
        double maskWeight,
        double continuityWeight,
        double continuityRadius) {

    /** Adam's first-moment decay, as in the edit optimiser. */
    static final double BETA1 = 0.9;

    /** Adam's second-moment decay. */
    static final double BETA2 = 0.999;

    /** Checks that every value can mean something. */
    public DragSettings {
        if (featureReduction < 1) {
            throw new IllegalArgumentException("featureReduction must be at least 1, was " + featureReduction);
        }
        if (!(supervisionRadius >= 0) || !(trackingRadius >= 1) || !(trackingPatchRadius >= 0)
                || !(stepLength > 0)
                || !(arrivalDistance > 0) || !(learningRate > 0) || !(maskWeight >= 0)
                || !(continuityWeight >= 0) || !(continuityRadius >= 0)) {
            throw new IllegalArgumentException("drag settings out of range: " + this);
        }
    }

    /**
     * The settings chosen by measurement on the built-in landscape model (docs/DRAG-AND-SLIDERS.md):
     * the map 4 times smaller than the image (16×16 on a 64-pixel model): on the shipped v2.2
     * weights the ten example drags moved their pixels within 40 % of the way far more often with
     * it than with the 32×32 map that v2 preferred, and changed the rest of the picture no more;
     * r1 = 3 and r2 = 3 pixels, a 2-pixel tracking patch (one vector let handles slide along
     * horizons), 2-pixel steps, Adam at 0.05 (0.01 hardly moved the content, 0.08 changed the
     * picture more), DragGAN's λ = 10 for a mask, and without one a continuity term of weight 1
     * beyond 16 pixels of each path (3 held everything still; none changed the whole picture about
     * three times as much).
     */
    public static DragSettings defaults() {
        return new DragSettings(4, 3, 3, 2, 2, 1, 0.05, 10, 1, 16);
    }

    /** The side of the feature map the defaults drag on, whatever the model's size. */
    static final int FEATURE_MAP_SIDE = 16;

    /**
     * {@link #defaults()} for a model of any size: the 16×16 map whatever the image's size, so that
     * a 32-pixel model (shoes-32) keeps the 16×16 map it was dragged on before the landscape model's
     * measurement moved the default; its drags were not measured on an 8×8 one.
     *
     * @param imageSize the model's image side
     * @return the settings
     */
    public static DragSettings defaultsFor(int imageSize) {
        return defaults().withFeatureReduction(Math.max(1, imageSize / FEATURE_MAP_SIDE));
    }

    public DragSettings withFeatureReduction(int reduction) {
        return new DragSettings(reduction, supervisionRadius, trackingRadius, trackingPatchRadius,
                stepLength, arrivalDistance, learningRate, maskWeight,
                continuityWeight, continuityRadius);
    }

    public DragSettings withLearningRate(double rate) {
        return new DragSettings(featureReduction, supervisionRadius, trackingRadius, trackingPatchRadius,
                stepLength, arrivalDistance, rate, maskWeight, continuityWeight,
                continuityRadius);
    }

    public DragSettings withRadii(double supervision, double tracking) {
        return new DragSettings(featureReduction, supervision, tracking, trackingPatchRadius, stepLength,
                arrivalDistance, learningRate, maskWeight,
                continuityWeight, continuityRadius);
    }

    public DragSettings withTrackingPatchRadius(double radius) {
        return new DragSettings(featureReduction, supervisionRadius, trackingRadius, radius, stepLength,
                arrivalDistance, learningRate, maskWeight,
                continuityWeight, continuityRadius);
    }

    public DragSettings withContinuity(double weight, double radius) {
        return new DragSettings(featureReduction, supervisionRadius, trackingRadius, trackingPatchRadius,
                stepLength, arrivalDistance, learningRate, maskWeight, weight, radius);
    }

    public DragSettings withStepLength(double length) {
        return new DragSettings(featureReduction, supervisionRadius, trackingRadius, trackingPatchRadius,
                length, arrivalDistance, learningRate, maskWeight,
                continuityWeight, continuityRadius);
    }
}
