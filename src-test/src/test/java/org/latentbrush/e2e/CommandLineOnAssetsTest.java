package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentbrush.bridge.cli.LatentBrushCli;

/** The command line on the shipped assets: the built-in model and the example strokes. */
class CommandLineOnAssetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"landscape-64, landscape-strokes.json, 64, 3", "shoes-32, shoe-strokes.json, 32, 1"})
    void project_builtInModelOnExampleStrokes_writesCandidatesOfModelSize(
            String model, String strokes, int size, int channels) throws Exception {
        System.setProperty("latentbrush.assets", ROOT.resolve("assets").toString());
        Path out = dir.resolve("out");
        int code = LatentBrushCli.run("project", "--model", model, "--strokes",
                ROOT.resolve("assets/examples").resolve(strokes).toString(), "--out", out.toString(),
                "--candidates", "4", "--iterations", "5", "--keep", "2");
        assertEquals(0, code);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(model, report.get("model").asText());
        assertEquals(2, report.get("candidates").size());
        BufferedImage best = ImageIO.read(out.resolve("candidate-1.png").toFile());
        assertEquals(size, best.getWidth());
        assertEquals(channels, best.getRaster().getNumBands(), "a grey model writes grey PNGs");
    }

    @Test
    void everyExampleStrokesFile_parses() throws Exception {
        try (var files = Files.list(ROOT.resolve("assets/examples"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.toString().endsWith(".json")) {
                    assertTrue(org.latentbrush.bridge.constraint.StrokesFile.read(f).strokes().size() > 0, f.toString());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lake-photo.jpg", "aitzgorri-photo.jpg"})
    void invert_onTheBuiltInModel_tuningLiftsTheReconstructionWellAboveTheProjection(String photo) throws Exception {
        System.setProperty("latentbrush.assets", ROOT.resolve("assets").toString());
        Path out = dir.resolve("inverted");
        int code = LatentBrushCli.run("invert", "--model", "landscape-64", "--image",
                ROOT.resolve("assets/examples").resolve(photo).toString(), "--out", out.toString(),
                "--projection-iterations", "40", "--tuning-steps", "80");
        assertEquals(0, code);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        double before = report.get("psnrBeforeTuning").asDouble();
        double after = report.get("psnr").asDouble();
        assertTrue(after > before + 3, before + " dB -> " + after + " dB");
    }

    @Test
    void edit_onTheBuiltInModel_leavesEveryPixelBeyondOneAndAHalfRadiiByteIdentical() throws Exception {
        System.setProperty("latentbrush.assets", ROOT.resolve("assets").toString());
        Path photo = ROOT.resolve("assets/examples/lake-photo.jpg");
        BufferedImage original = ImageIO.read(photo.toFile());
        // Snow on the beach, in photo pixels: a 40-pixel brush from (300, 640) to (700, 650).
        Path strokes = dir.resolve("snow.json");
        Files.writeString(strokes, "{\"format\": \"latent-brush-strokes\", \"version\": 1, \"canvas\": "
                + "{\"width\": 1080, \"height\": 720}, \"strokes\": [{\"tool\": \"color\", \"color\": "
                + "\"#f2f4f7\", \"radius\": 40, \"points\": [[300, 640], [700, 650]]}]}");
        Path out = dir.resolve("edited.png");
        int code = LatentBrushCli.run("edit", "--model", "landscape-64", "--image", photo.toString(), "--strokes",
                strokes.toString(), "--out", out.toString(), "--projection-iterations", "20", "--tuning-steps",
                "20", "--iterations", "10", "--candidates", "8");
        assertEquals(0, code);
        BufferedImage edited = ImageIO.read(out.toFile());
        long changedNear = 0;
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                double t = Math.max(0, Math.min(1, ((x + 0.5 - 300) * 400 + (y + 0.5 - 640) * 10) / (400.0 * 400 + 100)));
                double d = Math.hypot(x + 0.5 - (300 + 400 * t), y + 0.5 - (640 + 10 * t));
                if (d >= 60) {
                    assertEquals(original.getRGB(x, y), edited.getRGB(x, y), "pixel " + x + "," + y);
                } else if (original.getRGB(x, y) != edited.getRGB(x, y)) {
                    changedNear++;
                }
            }
        }
        assertTrue(changedNear > 1000, "the stroke's area changed: " + changedNear);
    }

    @Test
    void builtInUpscaler_beatsBicubicOnHeldOutRenders_andOnlyTheLandscapeModelNamesOne() throws Exception {
        System.setProperty("latentbrush.assets", ROOT.resolve("assets").toString());
        Path json = dir.resolve("upscaler.json");
        assertEquals(0, LatentBrushCli.run("evaluate-upscaler", "--upscaler", "landscape-x4", "--renders", "4",
                "--json", json.toString()));
        JsonNode renders = new ObjectMapper().readTree(json.toFile()).get("held-out-renders");
        JsonNode learned = renders.get("landscape-x4 (SRGAN)");
        JsonNode bicubic = renders.get("bicubic");
        assertTrue(learned.get("psnr").asDouble() > bicubic.get("psnr").asDouble() + 0.5,
                "PSNR " + learned + " against bicubic " + bicubic);
        assertTrue(learned.get("sharpness").asDouble() > bicubic.get("sharpness").asDouble(),
                "sharpness " + learned + " against bicubic " + bicubic);
        var landscape = org.latentbrush.bridge.generator.ManifestReader.read(
                ROOT.resolve("assets/models/landscape-64/manifest.json"));
        var shoes = org.latentbrush.bridge.generator.ManifestReader.read(ROOT.resolve("assets/models/shoes-32/manifest.json"));
        assertEquals(java.util.Optional.of("landscape-x4"), landscape.upscaler());
        assertEquals(java.util.Optional.empty(), shoes.upscaler(), "grey shoes have no sharp originals to learn from");
    }
}
