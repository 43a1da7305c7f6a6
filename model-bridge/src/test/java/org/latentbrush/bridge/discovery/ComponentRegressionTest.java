package org.latentbrush.bridge.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComponentRegressionTest {

    @Test
    void directions_scoresLinearInZ_recoverTheirDirectionsOrthonormalised() {
        int n = 500;
        int size = 6;
        SplittableRandom random = new SplittableRandom(5);
        double[][] latents = new double[n][size];
        double[][] scores = new double[n][2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < size; j++) {
                latents[i][j] = 2 * random.nextDouble() - 1;
            }
            // Component 1 grows along (1, 1, 0, …); component 2 along (1, 0, 1, 0, …), which is not
            // orthogonal to the first: orthonormalised it becomes (1, −1, 2, 0, …)/√6.
            scores[i][0] = 4 * (latents[i][0] + latents[i][1]);
            scores[i][1] = latents[i][0] + latents[i][2] + 0.01 * random.nextDouble();
        }
        double[][] u = ComponentRegression.directions(latents,
                new PrincipalComponents(scores, new double[] {2, 1}, 3));
        double r2 = Math.sqrt(2);
        double r6 = Math.sqrt(6);
        double[][] expected = {{1 / r2, 1 / r2, 0, 0, 0, 0}, {1 / r6, -1 / r6, 2 / r6, 0, 0, 0}};
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < size; j++) {
                assertEquals(expected[k][j], u[k][j], 0.01, "direction " + (k + 1) + ", value " + j);
            }
        }
    }

    @Test
    void directions_fewerSamplesThanLatentValues_refused() {
        double[][] latents = new double[4][6];
        assertThrows(IllegalArgumentException.class, () -> ComponentRegression.directions(latents,
                new PrincipalComponents(new double[4][1], new double[] {1}, 1)));
    }

    @Test
    void orthonormalised_aDirectionInTheSpanOfTheOthers_refused() {
        assertThrows(IllegalArgumentException.class, () -> ComponentRegression.orthonormalised(
                new double[][] {{1, 0}, {0, 1}, {1, 1}}));
    }
}
