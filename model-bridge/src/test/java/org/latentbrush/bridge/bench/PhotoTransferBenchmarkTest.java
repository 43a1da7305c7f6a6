package org.latentbrush.bridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;

class PhotoTransferBenchmarkTest {

    @Test
    void time_smallPhoto_reportsEveryRunAndChangedPixels() {
        try (GanModel model = TinyModels.random(3)) {
            PhotoTransferBenchmark.Timing t = PhotoTransferBenchmark.time(model,
                    PhotoTransferBenchmark.syntheticPhoto(300, 200), 0.5, 3);
            assertEquals(3, t.millis().count());
            // Each run was timed: real, positive durations in order.
            assertTrue(t.millis().median() > 0, t.millis().toString());
            assertTrue(t.millis().p90() >= t.millis().median(), t.millis().toString());
            assertTrue(t.changedPixels() > 0 && t.changedPixels() <= 200 * 200, "changed " + t.changedPixels());
        }
    }
}
