package org.latentbrush.bridge.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.directions.Confirmation;
import org.latentbrush.bridge.directions.DirectionsOrigin;
import org.latentbrush.bridge.directions.DirectionsWriter;
import org.latentbrush.bridge.directions.LatentDirection;
import org.latentbrush.bridge.directions.LatentDirections;
import org.latentbrush.bridge.generator.GanModel;

/** The engine offers the sliders of a model's directions.json, and opens without them when it cannot. */
class BrushEngineSlidersTest {

    @TempDir
    Path dir;

    private Path folder;
    private String fingerprint;

    @BeforeEach
    void tinyModel() throws Exception {
        folder = dir.resolve("tiny");
        try (GanModel model = TinyModels.random(11)) {
            model.save(folder);
            fingerprint = model.fingerprint();
        }
    }

    private LatentDirections twoDirections(String weights) {
        float[] first = new float[8];
        first[2] = 1;
        float[] second = new float[8];
        second[5] = -0.6f;
        second[6] = 0.8f;
        DirectionsOrigin origin = new DirectionsOrigin("tiny-16", weights, "by hand", 100, 1);
        return new LatentDirections(origin, List.of(
                new LatentDirection(1, "Dusk", "all", "dusk share 10% \u2192 60%", first, 0.9, -3, 3,
                        Optional.of(new Confirmation("dusk share", 0.1, 0.2, 0.6, 50))),
                new LatentDirection(3, "Direction 3", "all", "no clear effect", second, 0.9, -2, 2,
                        Optional.empty())));
    }

    private static BrushEngine open(Path model) throws ModelOpenException {
        return BrushEngine.open(model.toString(), DevicePreference.CPU, s -> { }, e -> { });
    }

    @Test
    void sliders_fromTheModelsDirectionsFile_strongestFirst() throws Exception {
        LatentDirections directions = twoDirections(fingerprint);
        DirectionsWriter.write(directions, folder.resolve(LatentDirections.FILE_NAME));
        try (BrushEngine engine = open(folder)) {
            assertEquals(List.of(new SliderDirection(1, "Dusk", -3, 3, "dusk share 10% \u2192 60%"),
                    new SliderDirection(3, "Direction 3", -2, 2, "no clear effect")), engine.sliders());
            assertTrue(engine.slidersWarning().isEmpty());
            float[] z = engine.randomLatent(4);
            double[] amounts = {1.5, -2};
            assertArrayEquals(directions.apply(z, amounts), engine.applySliders(z, amounts));
            assertArrayEquals(z, engine.applySliders(z, new double[2]), "sliders at zero change nothing");
            assertThrows(IllegalArgumentException.class, () -> engine.applySliders(new float[7], amounts));
        }
    }

    @Test
    void sliders_withoutADirectionsFile_noneAndNoWarning() throws Exception {
        try (BrushEngine engine = open(folder)) {
            assertTrue(engine.sliders().isEmpty());
            assertTrue(engine.slidersWarning().isEmpty());
            float[] z = engine.randomLatent(4);
            assertArrayEquals(z, engine.applySliders(z, new double[0]));
        }
    }

    @Test
    void sliders_corruptFile_modelOpensWithoutThemAndSaysWhy() throws Exception {
        Files.writeString(folder.resolve(LatentDirections.FILE_NAME), "{\"format\": \"latent-brush-directions\"");
        try (BrushEngine engine = open(folder)) {
            assertTrue(engine.sliders().isEmpty());
            String warning = engine.slidersWarning().orElseThrow();
            assertTrue(warning.contains(LatentDirections.FILE_NAME) && warning.contains("not valid JSON"), warning);
        }
    }

    @Test
    void sliders_computedForOtherWeights_modelOpensWithoutThem() throws Exception {
        DirectionsWriter.write(twoDirections("0000000000000000"), folder.resolve(LatentDirections.FILE_NAME));
        try (BrushEngine engine = open(folder)) {
            assertTrue(engine.sliders().isEmpty());
            String warning = engine.slidersWarning().orElseThrow();
            assertTrue(warning.contains("computed for other weights"), warning);
            assertFalse(warning.isBlank());
        }
    }
}
