package org.latentbrush.bridge.discovery;

/**
 * How large a measured change names a direction.
 *
 * @param shareChange the least change of a class's share from the slider's minimum to its
 *     maximum, e.g. 0.10 for ten points
 * @param statisticChange the least change of a statistic, in standard deviations of its values
 *     over unmoved images
 */
public record NamingThresholds(double shareChange, double statisticChange) {

    /** Checks that both are positive. */
    public NamingThresholds {
        if (!(shareChange > 0) || !(statisticChange > 0)) {
            throw new IllegalArgumentException("naming thresholds must be positive");
        }
    }

    /** How many times over its bar a measure's change is: 1 or more names a direction. */
    double strength(Measure measure, Effect effect, int m) {
        double change = Math.abs(effect.change(m));
        if (measure.kind() == Measure.Kind.SHARE) {
            return change / shareChange;
        }
        return effect.spread()[m] > 0 ? change / effect.spread()[m] / statisticChange : 0;
    }
}
