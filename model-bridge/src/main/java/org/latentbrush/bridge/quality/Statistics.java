package org.latentbrush.bridge.quality;

import java.util.Arrays;
import org.latentbrush.bridge.bench.Stats;

/** Means and medians of measured values. */
final class Statistics {

    private Statistics() {}

    /** The arithmetic mean, NaN for no values. */
    static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }

    /** The median (the mean of the middle two for an even count), NaN for no values. */
    static double median(double[] values) {
        return Stats.of(values).median();
    }
}
