package org.latentbrush.bridge.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PsdMatricesTest {

    private static final double TOLERANCE = 1e-10;

    @Test
    void sqrt_diagonalMatrix_takesRootsOfTheDiagonal() {
        double[][] root = PsdMatrices.sqrt(new double[][] {{4, 0}, {0, 9}});
        assertArrayEquals(new double[] {2, 0}, root[0], TOLERANCE);
        assertArrayEquals(new double[] {0, 3}, root[1], TOLERANCE);
    }

    @Test
    void sqrt_knownFullMatrix_matchesHandComputedRoot() {
        // [[2, 1], [1, 2]]² = [[5, 4], [4, 5]]; eigenvalues 9 and 1 with vectors (1, 1) and (1, −1).
        double[][] root = PsdMatrices.sqrt(new double[][] {{5, 4}, {4, 5}});
        assertArrayEquals(new double[] {2, 1}, root[0], TOLERANCE);
        assertArrayEquals(new double[] {1, 2}, root[1], TOLERANCE);
    }

    @Test
    void sqrt_randomCovariance_squaresBackToIt() {
        double[][] a = randomCovariance(30, new Random(7));
        double[][] root = PsdMatrices.sqrt(a);
        double[][] square = PsdMatrices.multiply(root, root);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], square[i], 1e-9, "row " + i);
            for (int j = 0; j < a.length; j++) {
                assertEquals(root[i][j], root[j][i], TOLERANCE, "the root is symmetric");
            }
        }
    }

    @Test
    void sqrt_singularMatrix_clampsRoundingNegativesToZero() {
        // Rank one: v·vᵀ with v = (1, 2, 3); its root is v·vᵀ / ‖v‖.
        double[] v = {1, 2, 3};
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = v[i] * v[j];
            }
        }
        double[][] root = PsdMatrices.sqrt(a);
        double norm = Math.sqrt(14);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(v[i] * v[j] / norm, root[i][j], 1e-7);
            }
        }
    }

    @Test
    void eigen_randomSymmetricMatrix_reconstructsFromOrthonormalVectors() {
        double[][] a = randomCovariance(12, new Random(3));
        SymmetricEigen eigen = SymmetricEigen.of(a);
        double[][] v = eigen.vectors();
        int n = a.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rebuilt = 0;
                double gram = 0;
                for (int k = 0; k < n; k++) {
                    rebuilt += v[i][k] * eigen.values()[k] * v[j][k];
                    gram += v[k][i] * v[k][j];
                }
                assertEquals(a[i][j], rebuilt, 1e-9);
                assertEquals(i == j ? 1 : 0, gram, 1e-12);
            }
        }
    }

    @Test
    void eigen_asymmetricMatrix_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.of(new double[][] {{1, 2}, {3, 4}}));
    }

    @Test
    void traceSqrtOfProduct_twoByTwo_matchesClosedForm() {
        // For a 2×2 matrix M with non-negative eigenvalues, Tr(√M) = √(Tr M + 2√det M).
        double[][] a = {{2, 0.5}, {0.5, 1}};
        double[][] b = {{1, -0.3}, {-0.3, 3}};
        double[][] m = PsdMatrices.multiply(a, b);
        double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        double expected = Math.sqrt(m[0][0] + m[1][1] + 2 * Math.sqrt(det));
        assertEquals(expected, PsdMatrices.traceSqrtOfProduct(a, b), 1e-12);
    }

    /** X·Xᵀ / n for a random n × n X: symmetric positive definite. */
    static double[][] randomCovariance(int n, Random random) {
        double[][] x = new double[n][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += x[i][k] * x[j][k] / n;
                }
            }
        }
        return a;
    }
}
