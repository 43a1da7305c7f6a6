package org.latentbrush.bridge.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiversityTest {

    @Test
    void meanPairwiseRms_collapsedSet_isZero() {
        float[] image = {0.1f, 0.5f, 0.9f, 0.3f};
        assertEquals(0, Diversity.meanPairwiseRms(new float[][] {image, image.clone(), image.clone()}));
    }

    @Test
    void meanPairwiseRms_imagesApartByAConstant_isThatConstant() {
        float[] dark = new float[16];
        float[] grey = new float[16];
        float[] light = new float[16];
        Arrays.fill(grey, 0.5f);
        Arrays.fill(light, 1f);
        // Pairs differ by 0.5, 1 and 0.5.
        assertEquals(2.0 / 3, Diversity.meanPairwiseRms(new float[][] {dark, grey, light}), 1e-6);
    }

    @Test
    void meanPairwiseDistance_pointsOfATriangle_averagesTheSides() {
        double[][] points = {{0, 0}, {3, 0}, {0, 4}};
        assertEquals((3 + 4 + 5) / 3.0, Diversity.meanPairwiseDistance(points), 1e-12);
    }

    @Test
    void meanPairwiseDistance_oneVector_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Diversity.meanPairwiseDistance(new double[][] {{1, 2}}));
    }
}
