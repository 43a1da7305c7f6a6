package org.latentbrush.bridge.quality;

/**
 * The eigendecomposition A = V·diag(λ)·Vᵀ of a real symmetric matrix, by the cyclic Jacobi method.
 *
 * <p>Jacobi rotations are slower than the QR algorithm of a linear-algebra library but simple,
 * unconditionally stable and accurate to the last few bits even for tiny eigenvalues, which is what
 * a matrix square root of a nearly singular covariance needs. At the feature sizes used here (a
 * few hundred) a decomposition takes milliseconds; the project has no linear-algebra dependency.
 * Public for the lab's other packages (principal directions of a generator use it too).
 *
 * @param values the eigenvalues, in no particular order
 * @param vectors the eigenvectors as columns: {@code vectors[row][k]} belongs to {@code values[k]}
 */
public record SymmetricEigen(double[] values, double[][] vectors) {

    /** Sweeps after which a matrix that has not converged is reported; ten usually suffice. */
    private static final int MAX_SWEEPS = 100;
    /** Off-diagonal energy, relative to the whole matrix, at which the matrix counts as diagonal. */
    private static final double TOLERANCE = 1e-30;

    /**
     * Decomposes a symmetric matrix.
     *
     * @param matrix a square, symmetric matrix; it is not modified
     * @return its eigenvalues and eigenvectors
     * @throws IllegalArgumentException if the matrix is not square or not symmetric
     * @throws ArithmeticException if it holds NaN or infinite values, or does not converge
     */
    public static SymmetricEigen of(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("the matrix is not square");
            }
            a[i] = matrix[i].clone();
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                if (!Double.isFinite(v)) {
                    throw new ArithmeticException("the matrix holds a non-finite value");
                }
                if (j < i && Math.abs(v - a[j][i]) > 1e-9 * (Math.abs(v) + Math.abs(a[j][i]) + 1e-300)) {
                    throw new IllegalArgumentException("the matrix is not symmetric at (" + i + ", " + j + ")");
                }
                total += v * v;
            }
        }
        double[][] v = identity(n);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            if (offDiagonal(a) <= TOLERANCE * total) {
                return new SymmetricEigen(diagonal(a), v);
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, p, q);
                }
            }
        }
        if (offDiagonal(a) <= TOLERANCE * total * 1e6) {
            return new SymmetricEigen(diagonal(a), v);
        }
        throw new ArithmeticException("the Jacobi eigenvalue iteration did not converge");
    }

    /** The dimension n of the n × n matrix. */
    public int size() {
        return values.length;
    }

    /**
     * Applies the rotation in the (p, q) plane that zeroes a[p][q]: A ← JᵀAJ, V ← VJ.
     *
     * <p>The angle follows Rutishauser's formulation (as in Numerical Recipes): t = tan θ is the
     * smaller root of t² + 2ϑt − 1 = 0 with ϑ = (a_qq − a_pp) / (2 a_pq), which keeps the rotation
     * below 45° and the update stable.
     */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double apq = a[p][q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.abs(theta) > 1e150 ? 1 / (2 * theta)
                : Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        // Exactly zero, not rounding noise, so later sweeps skip the pair.
        a[p][q] = 0;
        a[q][p] = 0;
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    sum += a[i][j] * a[i][j];
                }
            }
        }
        return sum;
    }

    private static double[] diagonal(double[][] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i][i];
        }
        return d;
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }
}
