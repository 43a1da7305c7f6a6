package org.latentbrush.bridge.discovery;

import org.latentbrush.bridge.quality.SymmetricEigen;

/**
 * The latent direction that moves each principal component: GANSpace's step from activation
 * space back to z for generators whose components live in a layer, not in z itself.
 *
 * <p>For component k the least-squares fit score_k ≈ a_kᵀ·(z − z̄) over the samples gives a_k,
 * the direction in z along which the component grows fastest. The directions are then made
 * orthonormal by Gram–Schmidt in the components' order, so the strongest keeps its own direction
 * and each later one is what remains of it beside those before; sliders then move independent
 * amounts of the latent.
 */
final class ComponentRegression {

    /**
     * Relative eigenvalue of zᵀz below which a latent direction counts as unsampled; with far more
     * samples than latent dimensions none is.
     */
    private static final double RANK_TOLERANCE = 1e-10;

    private ComponentRegression() {}

    /**
     * Regresses each component's scores on the latents and orthonormalises the results.
     *
     * @param latents the sampled latents, one row per sample
     * @param components their activations' components, scores in the same sample order
     * @return one unit vector per component, strongest first, mutually orthogonal
     * @throws IllegalArgumentException if the counts disagree or there are fewer samples than latent
     *     dimensions
     */
    static double[][] directions(double[][] latents, PrincipalComponents components) {
        int n = latents.length;
        if (components.scores().length != n) {
            throw new IllegalArgumentException(n + " latents but " + components.scores().length + " scores");
        }
        int size = latents[0].length;
        if (n <= size) {
            throw new IllegalArgumentException("need more samples than the latent's " + size
                    + " dimensions to regress on it, had " + n);
        }
        double[][] centred = centred(latents);
        double[][] inverse = inverseGram(centred);
        double[][] directions = new double[components.count()][];
        for (int k = 0; k < directions.length; k++) {
            double[] cross = new double[size];
            for (int i = 0; i < n; i++) {
                double score = components.scores()[i][k];
                for (int j = 0; j < size; j++) {
                    cross[j] += centred[i][j] * score;
                }
            }
            directions[k] = times(inverse, cross);
        }
        return orthonormalised(directions);
    }

    private static double[][] centred(double[][] latents) {
        int size = latents[0].length;
        double[] mean = new double[size];
        for (double[] z : latents) {
            for (int j = 0; j < size; j++) {
                mean[j] += z[j] / latents.length;
            }
        }
        double[][] out = new double[latents.length][size];
        for (int i = 0; i < latents.length; i++) {
            for (int j = 0; j < size; j++) {
                out[i][j] = latents[i][j] - mean[j];
            }
        }
        return out;
    }

    /** (zᵀz)⁻¹ through its eigendecomposition, dropping directions the samples do not span. */
    private static double[][] inverseGram(double[][] centred) {
        int size = centred[0].length;
        double[][] gram = new double[size][size];
        for (double[] z : centred) {
            for (int a = 0; a < size; a++) {
                for (int b = 0; b <= a; b++) {
                    gram[a][b] += z[a] * z[b];
                }
            }
        }
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < a; b++) {
                gram[b][a] = gram[a][b];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(gram);
        double largest = 0;
        for (double v : eigen.values()) {
            largest = Math.max(largest, v);
        }
        double[][] inverse = new double[size][size];
        for (int k = 0; k < size; k++) {
            double v = eigen.values()[k];
            if (v <= RANK_TOLERANCE * largest) {
                continue;
            }
            for (int a = 0; a < size; a++) {
                double va = eigen.vectors()[a][k] / v;
                for (int b = 0; b < size; b++) {
                    inverse[a][b] += va * eigen.vectors()[b][k];
                }
            }
        }
        return inverse;
    }

    private static double[] times(double[][] matrix, double[] vector) {
        double[] out = new double[matrix.length];
        for (int a = 0; a < matrix.length; a++) {
            double s = 0;
            for (int b = 0; b < vector.length; b++) {
                s += matrix[a][b] * vector[b];
            }
            out[a] = s;
        }
        return out;
    }

    /**
     * Modified Gram–Schmidt in order.
     *
     * @throws IllegalArgumentException if a direction lies in the span of those before it
     */
    static double[][] orthonormalised(double[][] vectors) {
        double[][] out = new double[vectors.length][];
        for (int k = 0; k < vectors.length; k++) {
            double[] v = vectors[k].clone();
            double before = norm(v);
            for (int j = 0; j < k; j++) {
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * out[j][i];
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] -= dot * out[j][i];
                }
            }
            double norm = norm(v);
            if (!(norm > 1e-9 * before)) {
                throw new IllegalArgumentException("direction " + (k + 1) + " lies in the span of the "
                        + "stronger ones; keep fewer directions");
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
            out[k] = v;
        }
        return out;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
