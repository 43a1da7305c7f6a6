package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.NetworkValues;
import org.latentbrush.bridge.TinyModels;

/** Tests {@link SeededWeights}: a seed gives the same weights whatever other threads initialise. */
class SeededWeightsTest {

    @Test
    void sameSeed_sameWeights_whileAnotherThreadKeepsInitialising() throws Exception {
        float[] alone = weights(7);
        AtomicBoolean stop = new AtomicBoolean();
        // Another engine loading models meanwhile: each load initialises (then overwrites) weights,
        // drawing from the engine's one generator, and another trainer seeds it with its own seed.
        Thread other = new Thread(() -> {
            for (long seed = 100; !stop.get(); seed++) {
                TinyModels.random(seed).close();
            }
        }, "other-initialisations");
        other.start();
        try {
            for (int round = 0; round < 20; round++) {
                assertArrayEquals(alone, weights(7), "round " + round);
            }
        } finally {
            stop.set(true);
            other.join();
        }
    }

    private static float[] weights(long seed) {
        try (GanModel model = TinyModels.random(seed)) {
            return NetworkValues.flatten(model.generatorBlock());
        }
    }
}
