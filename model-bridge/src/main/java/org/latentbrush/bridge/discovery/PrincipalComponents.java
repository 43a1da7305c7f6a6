package org.latentbrush.bridge.discovery;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.latentbrush.bridge.quality.SymmetricEigen;

/**
 * The strongest principal components of a set of activation vectors, as each sample's coordinate
 * on them (its score).
 *
 * <p>Activations have thousands of features, too many for a covariance matrix and a full
 * eigendecomposition; the strongest few components come from randomised subspace iteration
 * (Halko, Martinsson and Tropp 2011, algorithm 4.4): a random projection of the centred samples,
 * a few power iterations that sharpen it toward the leading subspace, then the exact
 * decomposition of the small matrix the subspace leaves. The two large products run on the
 * engine; everything small is plain Java.
 *
 * @param scores per sample, its coordinate on each component, strongest first: {@code scores[i][k]}
 * @param variances each component's variance, strongest first
 * @param totalVariance the samples' variance summed over all features
 */
record PrincipalComponents(double[][] scores, double[] variances, double totalVariance) {

    /** Extra random directions beyond those wanted: they make the leading ones converge faster. */
    private static final int OVERSAMPLING = 10;
    /** Power iterations: each raises the spectrum's decay to a higher power. */
    private static final int POWER_ITERATIONS = 4;

    /**
     * Finds the strongest components.
     *
     * @param samples (count, features) activations; not modified
     * @param wanted how many components, at most the smaller of count and features
     * @param seed picks the random projection
     * @return the components
     */
    static PrincipalComponents of(NDArray samples, int wanted, long seed) {
        int n = Math.toIntExact(samples.getShape().get(0));
        int d = Math.toIntExact(samples.getShape().get(1));
        if (wanted < 1 || wanted > Math.min(n, d)) {
            throw new IllegalArgumentException("can find 1 to " + Math.min(n, d) + " components of "
                    + n + " samples of " + d + " features, not " + wanted);
        }
        int width = Math.min(wanted + OVERSAMPLING, Math.min(n, d));
        try (NDManager scope = samples.getManager().newSubManager()) {
            NDArray mean = samples.mean(new int[] {0}, true);
            mean.attach(scope);
            NDArray centred = samples.sub(mean);
            centred.attach(scope);
            double total = centred.square().sum().getFloat() / n;
            NDArray basis = orthonormal(centred.matMul(gaussian(scope, d, width, seed)), scope);
            for (int i = 0; i < POWER_ITERATIONS; i++) {
                basis = orthonormal(centred.matMul(centred.transpose().matMul(basis)), scope);
            }
            // B = Qᵀ·Y spans the leading components; the eigenvectors w of B·Bᵀ (small) give each
            // sample's score on component k as √λ_k · Q·w_k.
            NDArray projected = basis.transpose().matMul(centred);
            double[][] gram = square(projected.matMul(projected.transpose()).toFloatArray(), width);
            SymmetricEigen eigen = SymmetricEigen.of(gram);
            double[] q = toDoubles(basis.toFloatArray());
            return fromEigen(eigen, q, n, width, wanted, total);
        }
    }

    private static PrincipalComponents fromEigen(SymmetricEigen eigen, double[] basis, int n, int width,
            int wanted, double total) {
        Integer[] order = IntStream.range(0, width).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> eigen.values()[k]).reversed());
        double[][] scores = new double[n][wanted];
        double[] variances = new double[wanted];
        for (int k = 0; k < wanted; k++) {
            int column = order[k];
            double lambda = Math.max(0, eigen.values()[column]);
            variances[k] = lambda / n;
            double sigma = Math.sqrt(lambda);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < width; j++) {
                    s += basis[i * width + j] * eigen.vectors()[j][column];
                }
                scores[i][k] = sigma * s;
            }
        }
        return new PrincipalComponents(scores, variances, total);
    }

    /** Share of the total variance that component {@code k} holds. */
    double varianceShare(int k) {
        return totalVariance == 0 ? 0 : variances[k] / totalVariance;
    }

    /** Number of components. */
    int count() {
        return variances.length;
    }

    private static NDArray gaussian(NDManager scope, int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) gaussian(random);
        }
        return scope.create(values, new Shape(rows, columns));
    }

    /** A standard normal draw (Box–Muller), so the projection depends on the seed alone. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Orthonormalises the columns of an (n, width) matrix by modified Gram–Schmidt, in double. */
    private static NDArray orthonormal(NDArray matrix, NDManager scope) {
        int n = Math.toIntExact(matrix.getShape().get(0));
        int width = Math.toIntExact(matrix.getShape().get(1));
        double[] a = toDoubles(matrix.toFloatArray());
        for (int k = 0; k < width; k++) {
            for (int j = 0; j < k; j++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += a[i * width + k] * a[i * width + j];
                }
                for (int i = 0; i < n; i++) {
                    a[i * width + k] -= dot * a[i * width + j];
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += a[i * width + k] * a[i * width + k];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                // A column the others already span stays zero rather than dividing noise up.
                a[i * width + k] = norm > 0 ? a[i * width + k] / norm : 0;
            }
        }
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) a[i];
        }
        return scope.create(out, new Shape(n, width));
    }

    private static double[][] square(float[] values, int size) {
        double[][] m = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                // Symmetrised: float rounding in the product leaves the halves a few bits apart.
                m[i][j] = (values[i * size + j] + values[j * size + i]) / 2.0;
            }
        }
        return m;
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
