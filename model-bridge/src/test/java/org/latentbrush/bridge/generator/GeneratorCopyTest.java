package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;

/** Private generator copies: identical pictures, their own weights, weights checked as a model's. */
class GeneratorCopyTest {

    private static final float[] Z = {0.1f, -0.2f, 0.3f, -0.4f, 0.5f, -0.6f, 0.7f, -0.8f};

    @Test
    void copy_drawsTheSamePictureAndComesBackFromItsWeights() {
        try (GanModel model = TinyModels.random(3); GanModel copy = model.generatorCopy();
                GanModel again = model.generatorCopy(copy.generatorWeights())) {
            float[] original = model.render(List.of(Z)).get(0).data();
            assertArrayEquals(original, copy.render(List.of(Z)).get(0).data());
            assertArrayEquals(original, again.render(List.of(Z)).get(0).data());
            assertEquals(model.fingerprint(), copy.fingerprint(), "latents keep their meaning");
        }
    }

    @Test
    void copy_refusesWeightsThatAreNotThisArchitectures() {
        try (GanModel model = TinyModels.random(3)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.generatorCopy(new byte[] {1, 2, 3, 4}));
            assertTrue(e.getMessage().startsWith("the weights do not fit model tiny-16"), e.getMessage());
        }
    }
}
