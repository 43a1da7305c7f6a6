package org.latentbrush.bridge.quality;

/**
 * The Gaussian fitted to a set of feature vectors: their mean and covariance, the two things the
 * Fréchet distance compares.
 *
 * @param mean the mean vector
 * @param covariance the unbiased sample covariance (divided by count − 1, like numpy's {@code cov})
 * @param count how many vectors were fitted
 */
public record FeatureStatistics(double[] mean, double[][] covariance, int count) {

    /**
     * Fits the Gaussian to feature vectors.
     *
     * @param features one row per image, all of the same length; at least two rows
     * @return the fit
     * @throws IllegalArgumentException if there are fewer than two rows or the rows differ in length
     */
    public static FeatureStatistics of(double[][] features) {
        int n = features.length;
        if (n < 2) {
            throw new IllegalArgumentException("a covariance needs at least two feature vectors, got " + n);
        }
        int d = features[0].length;
        double[] mean = new double[d];
        for (double[] row : features) {
            if (row.length != d) {
                throw new IllegalArgumentException("feature vectors differ in length: " + d + " and "
                        + row.length);
            }
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (double[] row : features) {
            for (int j = 0; j < d; j++) {
                centred[j] = row[j] - mean[j];
            }
            for (int i = 0; i < d; i++) {
                double ci = centred[i];
                double[] covRow = cov[i];
                for (int j = i; j < d; j++) {
                    covRow[j] += ci * centred[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                cov[i][j] /= n - 1;
                cov[j][i] = cov[i][j];
            }
        }
        return new FeatureStatistics(mean, cov, n);
    }
}
