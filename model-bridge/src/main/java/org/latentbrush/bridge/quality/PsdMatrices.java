package org.latentbrush.bridge.quality;

/**
 * Square roots and products of symmetric positive semi-definite matrices, in plain double math.
 *
 * <p>Covariances estimated from fewer samples than dimensions, or of features that are often
 * zero (ReLU units that rarely fire), are singular; their eigenvalues then come out as tiny
 * negatives from rounding, which the square root clamps to zero.
 */
final class PsdMatrices {

    private PsdMatrices() {}

    /**
     * The symmetric square root S of a symmetric positive semi-definite matrix A, with S·S = A.
     *
     * @param matrix a symmetric matrix; negative eigenvalues (rounding noise) count as zero
     * @return V·diag(√max(λ, 0))·Vᵀ
     */
    static double[][] sqrt(double[][] matrix) {
        SymmetricEigen eigen = SymmetricEigen.of(matrix);
        int n = eigen.size();
        double[] roots = new double[n];
        for (int k = 0; k < n; k++) {
            roots[k] = Math.sqrt(Math.max(0, eigen.values()[k]));
        }
        double[][] v = eigen.vectors();
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += v[i][k] * roots[k] * v[j][k];
                }
                s[i][j] = sum;
                s[j][i] = sum;
            }
        }
        return s;
    }

    /**
     * Tr((A·B)^½) for symmetric positive semi-definite A and B, the cross term of the Fréchet
     * distance.
     *
     * <p>A·B is not symmetric, but it has the same eigenvalues as the symmetric S·B·S with
     * S = A^½; they are real and non-negative, so the trace of the root is the sum of their roots.
     *
     * @param a a symmetric positive semi-definite matrix
     * @param b another of the same size
     * @return the trace, not negative
     */
    static double traceSqrtOfProduct(double[][] a, double[][] b) {
        double[][] s = sqrt(a);
        double[][] sbs = symmetrise(multiply(multiply(s, b), s));
        double trace = 0;
        for (double lambda : SymmetricEigen.of(sbs).values()) {
            trace += Math.sqrt(Math.max(0, lambda));
        }
        return trace;
    }

    /** The product of two square matrices of the same size. */
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] row = c[i];
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                double[] bk = b[k];
                for (int j = 0; j < n; j++) {
                    row[j] += aik * bk[j];
                }
            }
        }
        return c;
    }

    /** (M + Mᵀ) / 2: removes the rounding asymmetry of a product that is symmetric in theory. */
    private static double[][] symmetrise(double[][] m) {
        int n = m.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = (m[i][j] + m[j][i]) / 2;
            }
        }
        return s;
    }

    /** The sum of the diagonal. */
    static double trace(double[][] m) {
        double t = 0;
        for (int i = 0; i < m.length; i++) {
            t += m[i][i];
        }
        return t;
    }
}
