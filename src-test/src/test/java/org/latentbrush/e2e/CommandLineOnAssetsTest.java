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
}
