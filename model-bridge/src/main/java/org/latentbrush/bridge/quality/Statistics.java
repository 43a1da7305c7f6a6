package org.latentbrush.bridge.quality;

import java.util.Arrays;

/** Means and medians of measured values. */
final class Statistics {

    private Statistics() {}

    /** The arithmetic mean, NaN for no values. */
    static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }

    /** The median (the mean of the middle two for an even count), NaN for no values. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
