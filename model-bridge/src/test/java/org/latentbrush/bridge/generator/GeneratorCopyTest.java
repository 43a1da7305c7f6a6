package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Parameter;
import java.nio.ByteBuffer;
import java.util.Arrays;
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
    void copy_weightsDeclaringAnArrayLargerThanThemselves_areRefusedBeforeTheEngineReservesIt() {
        try (GanModel model = TinyModels.random(3)) {
            byte[] weights = model.generatorWeights();
            // The first array's length field, found from the engine's own encoding of its shape.
            Parameter first = model.generatorBlock().getParameters().get(0).getValue();
            int marker = indexOf(weights, new byte[] {0, 4, 'N', 'D', 'A', 'R'});
            int field = marker + first.getArray().encode().length - (int) first.getArray().size() * 4 - 4;
            assertEquals(first.getArray().size() * 4, ByteBuffer.wrap(weights, field, 4).getInt(), "test setup");
            ByteBuffer.wrap(weights, field, 4).putInt(Integer.MAX_VALUE);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.generatorCopy(weights));
            assertTrue(e.getMessage().contains("tuned-generator.params: file is truncated or corrupt: array 1 "
                    + "declares 2147483647 bytes"), e.getMessage());
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
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
