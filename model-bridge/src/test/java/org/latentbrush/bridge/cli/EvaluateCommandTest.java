package org.latentbrush.bridge.cli;

import static org.latentbrush.bridge.cli.CapturedRun.runCapturing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.generator.GanModel;

class EvaluateCommandTest {

    @TempDir
    Path dir;

    private Path model;

    @BeforeEach
    void tinyModel() {
        model = TinyCliModel.writeTo(dir);
    }

    /**
     * A short evaluation of the tiny model against 16×16 landscapes; {@code changes} replace the
     * value of an option already there ({@code "--samples", "1"}) or add a flag or option.
     */
    private String[] tinyEvaluation(String... changes) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--model", model.toString(),
                "--data", "landscapes", "--samples", "6", "--projections", "1",
                "--projection-iterations", "2", "--classifier", dir.resolve("classifier").toString(),
                "--classifier-steps", "2", "--device", "cpu"));
        for (int i = 0; i < changes.length; i++) {
            int at = args.indexOf(changes[i]);
            boolean hasValue = i + 1 < changes.length && !changes[i + 1].startsWith("--");
            if (at >= 0 && hasValue) {
                args.set(at + 1, changes[++i]);
            } else {
                args.add(changes[i]);
                if (hasValue) {
                    args.add(changes[++i]);
                }
            }
        }
        return args.toArray(String[]::new);
    }

    @Test
    void evaluate_tinyModel_writesValidJsonAndKeepsTheClassifier() throws Exception {
        Path json = dir.resolve("quality.json");
        Path sheet = dir.resolve("projections.png");
        assertEquals(0, LatentBrushCli.run(tinyEvaluation("--json", json.toString(),
                "--projection-sheet", sheet.toString())));
        BufferedImage picture = ImageIO.read(sheet.toFile());
        // The real image and one reconstruction, 16 pixels enlarged 8 times to reach 128, and
        // three 4-pixel gutters.
        assertEquals(2 * 16 * 8 + 3 * 4, picture.getWidth(), "the real image and one reconstruction");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("latent-brush-quality", report.get("format").asText());
        assertEquals("tiny-16", report.get("model").asText());
        assertEquals(6, report.at("/frechetDistance/imagesPerSet").asInt());
        assertTrue(report.at("/frechetDistance/generated").asDouble() >= 0);
        assertTrue(report.at("/frechetDistance/realFloor").asDouble() >= 0);
        assertTrue(report.at("/diversity/pixelRms/generated").asDouble() > 0, "an untrained model varies");
        assertTrue(report.at("/diversity/features/real").isNumber());
        assertTrue(report.at("/featureNetwork/heldOutAccuracy/timeOfDay").isNumber());
        double shares = 0;
        for (JsonNode share : report.at("/predictedLabels/timeOfDay")) {
            shares += share.get("generated").asDouble();
        }
        assertEquals(1, shares, 0.01, "each head's predicted shares add up to one");
        JsonNode methods = report.at("/projection/methods");
        assertEquals(1, methods.size(), "without an encoder only optimisation runs");
        assertEquals("optimize", methods.get(0).get("method").asText());
        assertTrue(methods.get(0).get("meanPsnr").asDouble() > 0);
        assertTrue(Files.isRegularFile(dir.resolve("classifier").resolve("classifier.json")));
    }

    @Test
    void evaluate_writeManifest_storesQualityInTheTrainingRecord() throws Exception {
        assertEquals(0, LatentBrushCli.run(tinyEvaluation("--projections", "0", "--write-manifest")));
        try (GanModel loaded = GanModel.load(model, Device.cpu())) {
            Object quality = loaded.manifest().training().get("quality");
            assertTrue(quality instanceof Map<?, ?>, "quality entry: " + quality);
            assertTrue(((Map<?, ?>) quality).containsKey("frechetDistance"));
            assertEquals(0, ((Number) loaded.manifest().training().get("steps")).intValue(),
                    "the rest of the record is kept");
        }
    }

    @Test
    void evaluate_threeDraws_givesEachSeedsMeasurementAndTheMeans() throws Exception {
        Path json = dir.resolve("quality.json");
        assertEquals(0, LatentBrushCli.run(tinyEvaluation("--projections", "0", "--draws", "3",
                "--json", json.toString())));
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode each = report.at("/frechetDraws/each");
        assertEquals(3, each.size());
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, each.get(i).get("seed").asLong());
            sum += each.get(i).get("generated").asDouble();
        }
        assertEquals(sum / 3, report.at("/frechetDraws/generatedMean").asDouble(), 1e-3);
        assertEquals(report.at("/frechetDistance/generated").asDouble(), each.get(0).get("generated").asDouble(),
                1e-4, "the first draw is the report's own");
        // A further draw measures what a whole evaluation under its seed does.
        Path second = dir.resolve("seed2.json");
        assertEquals(0, LatentBrushCli.run(tinyEvaluation("--projections", "0", "--seed", "2",
                "--json", second.toString())));
        JsonNode alone = new ObjectMapper().readTree(second.toFile());
        assertEquals(alone.at("/frechetDistance/generated").asDouble(), each.get(1).get("generated").asDouble(), 1e-4);
        assertEquals(alone.at("/frechetDistance/realFloor").asDouble(), each.get(1).get("realFloor").asDouble(), 1e-4);
        assertTrue(each.get(0).get("realFloor").asDouble() != each.get(1).get("realFloor").asDouble(),
                "each draw has real images of its own");
    }

    @Test
    void evaluate_tooFewSamples_failsWithOneLine() {
        assertOneLineError(runCapturing(tinyEvaluation("--samples", "1")), "--samples must be at least 2");
    }

    @Test
    void evaluate_negativeProjections_failsWithOneLine() {
        assertOneLineError(runCapturing(tinyEvaluation("--projections", "-1")),
                "--projections must not be negative");
    }

    @Test
    void evaluate_unknownData_failsWithOneLineNamingTheChoices() {
        assertOneLineError(runCapturing(tinyEvaluation("--data", "mars")), "landscapes or shoes");
    }

    @Test
    void evaluate_dataTheManifestDoesNotName_asksForData() {
        String[] args = {"evaluate", "--model", model.toString(), "--device", "cpu"};
        assertOneLineError(runCapturing(args), "--data");
    }

    @Test
    void evaluate_missingModel_failsWithOneLine() {
        assertOneLineError(runCapturing("evaluate", "--model", dir.resolve("nowhere").toString()),
                "no such model");
    }

    @Test
    void evaluate_writeManifestOfZip_isRefused() throws Exception {
        Path zip = dir.resolve("m.zip");
        Files.write(zip, new byte[] {'P', 'K', 5, 6});
        String[] args = tinyEvaluation("--write-manifest");
        args[2] = zip.toString();
        assertOneLineError(runCapturing(args), "model folder");
    }

    private static void assertOneLineError(String[] result, String expected) {
        assertEquals("1", result[0], result[1]);
        String err = result[1].strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("latent-brush: ") && err.contains(expected), err);
    }
}
