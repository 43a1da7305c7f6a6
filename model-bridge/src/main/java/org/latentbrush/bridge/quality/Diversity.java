package org.latentbrush.bridge.quality;

/**
 * How spread out a set of images is: the mean distance between two of its members, over all pairs.
 *
 * <p>A collapsed generator (every z giving nearly the same image) scores far below real images;
 * a healthy one scores about as high. Comparing with real images of the same kind is what gives the
 * number meaning.
 */
public final class Diversity {

    private Diversity() {}

    /**
     * The mean Euclidean distance over all pairs of distinct vectors.
     *
     * @param vectors at least two vectors of the same length
     * @return the mean of ‖xᵢ − xⱼ‖ over i &lt; j
     */
    public static double meanPairwiseDistance(double[][] vectors) {
        int n = checked(vectors);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sum += Math.sqrt(squaredDistance(vectors[i], vectors[j]));
            }
        }
        return sum / ((double) n * (n - 1) / 2);
    }

    /**
     * The mean root-mean-square difference over all pairs of distinct images: the typical
     * per-value difference between two images, on the images' own scale.
     *
     * @param images at least two images as flat arrays of the same length
     * @return the mean of √(mean((xᵢ − xⱼ)²)) over i &lt; j
     */
    public static double meanPairwiseRms(float[][] images) {
        int n = images.length;
        if (n < 2) {
            throw new IllegalArgumentException("diversity needs at least two images, got " + n);
        }
        int length = images[0].length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            float[] a = images[i];
            if (a.length != length) {
                throw new IllegalArgumentException("images differ in size");
            }
            for (int j = i + 1; j < n; j++) {
                float[] b = images[j];
                double s = 0;
                for (int k = 0; k < length; k++) {
                    double d = a[k] - b[k];
                    s += d * d;
                }
                sum += Math.sqrt(s / length);
            }
        }
        return sum / ((double) n * (n - 1) / 2);
    }

    private static int checked(double[][] vectors) {
        if (vectors.length < 2) {
            throw new IllegalArgumentException("diversity needs at least two vectors, got "
                    + vectors.length);
        }
        for (double[] v : vectors) {
            if (v.length != vectors[0].length) {
                throw new IllegalArgumentException("vectors differ in length");
            }
        }
        return vectors.length;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
        }
        return s;
    }
}
