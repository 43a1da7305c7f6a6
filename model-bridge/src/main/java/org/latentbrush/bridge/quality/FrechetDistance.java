package org.latentbrush.bridge.quality;

/**
 * The Fréchet distance between two Gaussians (Heusel et al. 2017, "FID" with Inception features):
 * d² = ‖μ₁ − μ₂‖² + Tr(Σ₁ + Σ₂ − 2(Σ₁Σ₂)^½).
 *
 * <p>Like FID, this reports d², not d. Fitted to a finite set, it is biased upward (two draws of
 * the same distribution give a positive value that shrinks with the set size), so only distances
 * measured with the same feature network and the same number of images compare; the distance
 * between two real draws of that size is the floor a perfect generator would reach.
 */
public final class FrechetDistance {

    private FrechetDistance() {}

    /**
     * The squared Fréchet distance between two fitted Gaussians.
     *
     * @param a one fit
     * @param b another, of the same dimension
     * @return d², not negative
     * @throws IllegalArgumentException if the dimensions differ
     */
    public static double between(FeatureStatistics a, FeatureStatistics b) {
        return between(a.mean(), a.covariance(), b.mean(), b.covariance());
    }

    /**
     * The squared Fréchet distance between N(μ₁, Σ₁) and N(μ₂, Σ₂).
     *
     * @param mean1 μ₁
     * @param cov1 Σ₁, symmetric positive semi-definite
     * @param mean2 μ₂
     * @param cov2 Σ₂, of the same size
     * @return d², not negative
     */
    public static double between(double[] mean1, double[][] cov1, double[] mean2, double[][] cov2) {
        int d = mean1.length;
        if (mean2.length != d || cov1.length != d || cov2.length != d) {
            throw new IllegalArgumentException("the two Gaussians differ in dimension");
        }
        double meanTerm = 0;
        for (int i = 0; i < d; i++) {
            double diff = mean1[i] - mean2[i];
            meanTerm += diff * diff;
        }
        double covTerm = PsdMatrices.trace(cov1) + PsdMatrices.trace(cov2)
                - 2 * PsdMatrices.traceSqrtOfProduct(cov1, cov2);
        // Equal covariances cancel up to rounding, which must not make the distance negative.
        return Math.max(0, meanTerm + covTerm);
    }
}
