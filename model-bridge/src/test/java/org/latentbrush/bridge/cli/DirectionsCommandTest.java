package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latentbrush.bridge.cli.CapturedRun.runCapturing;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.directions.DirectionsReader;
import org.latentbrush.bridge.directions.LatentDirections;
import org.latentbrush.bridge.generator.GanModel;

/** {@code latent-brush directions} on the tiny model, with a briefly trained 16×16 landscape classifier. */
class DirectionsCommandTest {

    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void tinyModel() {
        model = TinyCliModel.writeTo(dir);
    }

    /** A short run on a model folder, keeping {@code keep} directions; {@code more} adds options. */
    private static String[] directions(Path folder, int keep, String... more) {
        List<String> args = new ArrayList<>(List.of("directions", "--model", folder.toString(),
                "--data", "landscapes", "--samples", "120", "--keep", String.valueOf(keep), "--probes", "12",
                "--classifier",
                dir.resolve("classifier").toString(), "--classifier-steps", "2", "--device", "cpu"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String fingerprint(Path folder) throws Exception {
        try (GanModel m = GanModel.load(folder, Device.cpu())) {
            return m.fingerprint();
        }
    }

    @Test
    void directions_tinyModel_writesTheModelsFileAndASheet() throws Exception {
        Path sheet = dir.resolve("sheet.png");
        assertEquals(0, LatentBrushCli.run(directions(model, 3, "--sheet", sheet.toString())));
        LatentDirections written = DirectionsReader.read(model.resolve(LatentDirections.FILE_NAME), 8,
                fingerprint(model));
        assertEquals(3, written.size());
        assertEquals("tiny-16", written.origin().model());
        BufferedImage picture = ImageIO.read(sheet.toFile());
        // Three rows of 16-pixel pictures enlarged to 64, with a 3-pixel gap above each and below the last.
        assertEquals(3 * (64 + 3) + 3, picture.getHeight());
        assertEquals(0, LatentBrushCli.run("directions", "--model", model.toString(), "--list"));
    }

    @Test
    void directions_withJson_leavesTheModelFolderAlone() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        for (String name : new String[] {"manifest.json", "generator.params"}) {
            Files.copy(model.resolve(name), copy.resolve(name));
        }
        Path json = dir.resolve("elsewhere").resolve("d.json");
        Files.createDirectories(json.getParent());
        assertEquals(0, LatentBrushCli.run(directions(copy, 2, "--json", json.toString())));
        assertFalse(Files.exists(copy.resolve(LatentDirections.FILE_NAME)));
        assertEquals(2, DirectionsReader.read(json, 8, fingerprint(copy)).size());
    }

    @Test
    void directions_modelOfOwnPictures_namedByStatisticsAlone() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("own"));
        for (String name : new String[] {"manifest.json", "generator.params"}) {
            Files.copy(model.resolve(name), copy.resolve(name));
        }
        // The tiny model's manifest names no data set a classifier knows.
        String[] run = runCapturing("directions", "--model", copy.toString(), "--samples", "120", "--keep",
                "3", "--probes", "12", "--device", "cpu");
        assertEquals("0", run[0], run[1]);
        assertTrue(run[1].contains("naming its directions by image statistics only"), run[1]);
        LatentDirections written = DirectionsReader.read(copy.resolve(LatentDirections.FILE_NAME), 8,
                fingerprint(copy));
        for (var d : written.directions()) {
            assertTrue(d.name().startsWith("Direction ") || List.of("Brightness", "Warmth", "Horizon height")
                    .contains(d.name()), d.name());
        }
    }

    @Test
    void list_corruptFile_oneLineNamingIt() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        for (String name : new String[] {"manifest.json", "generator.params"}) {
            Files.copy(model.resolve(name), broken.resolve(name));
        }
        Path file = broken.resolve(LatentDirections.FILE_NAME);
        Files.writeString(file, "{\"format\": \"latent-brush-directions\", \"version\": 1}");
        String[] run = runCapturing("directions", "--model", broken.toString(), "--list");
        assertEquals("1", run[0]);
        String err = run[1].strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("latent-brush: " + file + ": field 'model' is missing"), err);
    }
}
