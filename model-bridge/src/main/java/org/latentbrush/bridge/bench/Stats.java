package org.latentbrush.bridge.bench;

import java.util.Arrays;

/**
 * Median and 90th percentile of a sample of timings.
 *
 * @param median the median
 * @param p90 the 90th percentile (nearest rank)
 * @param count the number of values
 */
public record Stats(double median, double p90, int count) {

    /** Summarises values; an empty sample gives NaNs. */
    public static Stats of(double[] values) {
        if (values.length == 0) {
            return new Stats(Double.NaN, Double.NaN, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p90 = sorted[Math.min(n - 1, (int) Math.ceil(0.9 * n) - 1)];
        return new Stats(median, p90, n);
    }
}
