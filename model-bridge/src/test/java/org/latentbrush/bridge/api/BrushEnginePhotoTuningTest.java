package org.latentbrush.bridge.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;

/** The engine projects a photo, tunes a generator to it, edits with it, and gives it back exactly. */
class BrushEnginePhotoTuningTest {

    @TempDir
    Path dir;

    @Test
    void project_tunesAGeneratorThatRendersCloserAndComesBackFromItsWeights() throws Exception {
        Path folder = dir.resolve("tiny");
        RasterImage frame;
        try (GanModel model = TinyModels.random(5)) {
            model.save(folder);
            // A frame the model cannot draw exactly: its own picture with a bright square on top.
            float[] data = model.render(List.of(new float[] {0.2f, -0.4f, 0.1f, 0.6f, -0.3f, 0.5f, 0f, -0.7f}))
                    .get(0).data().clone();
            for (int y = 4; y < 9; y++) {
                for (int x = 4; x < 9; x++) {
                    data[y * 16 + x] = 1f;
                }
            }
            frame = new RasterImage(16, 16, 3, data);
        }
        List<ProjectionStatus> statuses = new ArrayList<>();
        try (BrushEngine engine = BrushEngine.open(folder.toString(), DevicePreference.CPU, s -> { }, e -> { })) {
            PhotoProjection p = engine.project(frame, statuses::add, () -> false).get(2, TimeUnit.MINUTES);
            assertNotNull(p.tunedWeights());
            assertTrue(p.psnr() > p.psnrBeforeTuning() + 3, p.psnrBeforeTuning() + " -> " + p.psnr());
            assertTrue(statuses.stream().anyMatch(ProjectionStatus::tuning), "tuning progress is streamed");
            RasterImage tuned = engine.render(List.of(p.z0())).get(1, TimeUnit.MINUTES).get(0);
            assertArrayEquals(p.reconstruction().data(), tuned.data(), "renders use the tuned generator");

            engine.usePhotoGenerator(null).get(1, TimeUnit.MINUTES);
            RasterImage shared = engine.render(List.of(p.z0())).get(1, TimeUnit.MINUTES).get(0);
            assertFalse(java.util.Arrays.equals(tuned.data(), shared.data()), "back on the shared model");

            engine.usePhotoGenerator(p.tunedWeights()).get(1, TimeUnit.MINUTES);
            RasterImage again = engine.render(List.of(p.z0())).get(1, TimeUnit.MINUTES).get(0);
            assertArrayEquals(tuned.data(), again.data(), "the saved weights give the same generator exactly");
        }
    }

    @Test
    void project_withoutTuning_keepsTheSharedModel() throws Exception {
        Path folder = dir.resolve("tiny");
        try (GanModel model = TinyModels.random(6)) {
            model.save(folder);
        }
        try (BrushEngine engine = BrushEngine.open(folder.toString(), DevicePreference.CPU, s -> { }, e -> { })) {
            RasterImage grey = new RasterImage(16, 16, 3, new float[3 * 16 * 16]);
            PhotoProjection p = engine.project(grey, false, s -> { }, () -> false).get(2, TimeUnit.MINUTES);
            assertNull(p.tunedWeights());
            assertFalse(p.tuned());
        }
    }
}
