package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.cli.LatentBrushCli;

/** The command line on the shipped assets: the built-in model and the example strokes. */
class CommandLineOnAssetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void project_builtInModelOnExampleStrokes_writesCandidatesOfModelSize() throws Exception {
        System.setProperty("latentbrush.assets", ROOT.resolve("assets").toString());
        Path out = dir.resolve("out");
        int code = LatentBrushCli.run("project", "--model", "landscape-64", "--strokes",
                ROOT.resolve("assets/examples/landscape-strokes.json").toString(), "--out", out.toString(),
                "--candidates", "4", "--iterations", "5", "--keep", "2");
        assertEquals(0, code);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("landscape-64", report.get("model").asText());
        assertEquals(2, report.get("candidates").size());
        assertEquals(64, ImageIO.read(out.resolve("candidate-1.png").toFile()).getWidth());
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
