package org.latentbrush.bridge.cli;

import static org.latentbrush.bridge.cli.CapturedRun.runCapturing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokesFile;

class CommandLineTest {

    @TempDir
    Path dir;

    private Path model;

    @BeforeEach
    void tinyModel() {
        model = TinyCliModel.writeTo(dir);
    }

    @Test
    void project_strokesFile_writesRankedCandidatesAndReport() throws Exception {
        Path strokes = dir.resolve("strokes.json");
        StrokesFile.write(ConstraintSet.empty(512, 512).with(Stroke.color(0xFF0000, 60, 100, 256, 400, 256)), strokes);
        Path out = dir.resolve("out");
        assertEquals(0, LatentBrushCli.run("project", "--model", model.toString(), "--strokes",
                strokes.toString(), "--out", out.toString(), "--candidates", "6", "--iterations", "10",
                "--keep", "4"));
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(4, report.get("candidates").size());
        assertEquals(10, report.get("iterations").asInt());
        assertTrue(report.get("millis").asLong() >= 0);
        double previous = -1;
        for (JsonNode c : report.get("candidates")) {
            for (String field : new String[] {"colorError", "edgeError", "priorCost", "cost"}) {
                assertTrue(c.get(field).isNumber(), field);
            }
            assertTrue(c.get("cost").asDouble() >= previous, "ranked by cost");
            previous = c.get("cost").asDouble();
            assertEquals(16, ImageIO.read(out.resolve(c.get("file").asText()).toFile()).getWidth());
        }
    }

    @Test
    void project_malformedStrokes_exitsNonZeroWithOneLineReason() throws Exception {
        Path strokes = dir.resolve("bad.json");
        Files.writeString(strokes, "{\"format\": \"latent-brush-strokes\", \"version\": 1}");
        String[] result = runCapturing("project", "--model", model.toString(), "--strokes",
                strokes.toString(), "--out", dir.resolve("o").toString());
        assertEquals("1", result[0]);
        assertEquals("latent-brush: bad.json: field 'canvas.width' must be a positive integer",
                result[1].strip());
    }

    @Test
    void project_negativeScreening_exitsNonZeroWithOneLineReason() throws Exception {
        Path strokes = dir.resolve("strokes.json");
        StrokesFile.write(ConstraintSet.empty(512, 512).with(Stroke.color(0xFF0000, 60, 100, 256)), strokes);
        String[] result = runCapturing("project", "--model", model.toString(), "--strokes",
                strokes.toString(), "--out", dir.resolve("o").toString(), "--screened", "-3");
        assertEquals("1", result[0]);
        assertEquals("latent-brush: --screened must be between 0 and 16384, was -3", result[1].strip());
    }

    @Test
    void project_screenedStarts_keepTheCandidateCount() throws Exception {
        Path strokes = dir.resolve("strokes.json");
        StrokesFile.write(ConstraintSet.empty(512, 512).with(Stroke.color(0x00FF00, 60, 100, 256)), strokes);
        Path out = dir.resolve("screened");
        assertEquals(0, LatentBrushCli.run("project", "--model", model.toString(), "--strokes",
                strokes.toString(), "--out", out.toString(), "--candidates", "3", "--iterations", "2",
                "--screened", "20", "--keep", "3"));
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(3, report.get("candidates").size());
    }

    @Test
    void bench_tinyModel_writesEveryFigureAsJson() throws Exception {
        Path strokes = dir.resolve("strokes.json");
        StrokesFile.write(ConstraintSet.empty(512, 512).with(Stroke.color(0x00FF00, 60, 100, 256)), strokes);
        Path json = dir.resolve("bench.json");
        assertEquals(0, LatentBrushCli.run("bench", "--model", model.toString(), "--strokes",
                strokes.toString(), "--steps", "3", "--edits", "1", "--memory-edits", "10",
                "--json", json.toString()));
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        for (String batch : new String[] {"1", "8", "16", "64"}) {
            assertTrue(figures.at("/stepMillis/" + batch + "/median").asDouble() > 0, batch);
        }
        assertTrue(figures.get("matmulGflops").asDouble() > 0);
        assertTrue(figures.at("/firstPreviewMillis/median").asDouble() > 0);
        assertTrue(figures.at("/residentBytes/afterAllEdits").asLong() > 0);
        // Ten edits give no reading after the 100th, so the growth is counted from the 10th.
        assertTrue(figures.at("/residentBytes/afterHundredEdits").isMissingNode());
        assertTrue(figures.at("/residentBytes/growthAfterWarmUp").isNumber());
        // Not compared with the readings after 10 edits: Linux updates its high-water mark lazily,
        // so it can read below an earlier resident size.
        assertTrue(figures.at("/residentBytes/peak").asLong() > 0);
    }

    @Test
    void benchContinuity_tinyModel_writesBothColumnsPerStrokeAsJson() throws Exception {
        Path sequence = dir.resolve("sequence.json");
        StrokesFile.write(ConstraintSet.empty(512, 512).with(Stroke.color(0x00FF00, 60, 100, 256))
                .with(Stroke.sketch(8, 50, 50, 450, 60)), sequence);
        Path json = dir.resolve("continuity.json");
        assertEquals(0, LatentBrushCli.run("bench-continuity", "--model", model.toString(), "--sequence",
                sequence.toString(), "--scenes", "1", "--json", json.toString()));
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, figures.get("strokes").size());
        assertEquals("sketch", figures.at("/strokes/1/tool").asText());
        for (String field : new String[] {"changeWith", "changeWithout", "colorErrorWith", "colorErrorWithout"}) {
            assertTrue(figures.at("/strokes/0/" + field).asDouble() >= 0, field);
        }
        assertTrue(figures.at("/strokes/0/changeWithout").asDouble() > 0, "an edit changes the picture");
        assertTrue(figures.get("continuityWeight").asDouble() > 0);
        assertTrue(figures.get("randomColorErrorWithout").isNumber());
    }

    @Test
    void benchProtocol_tinyModel_runsTheShapeAskedForAndWritesItsFigures() throws Exception {
        Path sequence = dir.resolve("sequence.json");
        StrokesFile.write(ConstraintSet.empty(512, 512).with(Stroke.color(0x00FF00, 60, 100, 256))
                .with(Stroke.color(0x0000FF, 40, 400, 100)), sequence);
        Path json = dir.resolve("protocol.json");
        assertEquals(0, LatentBrushCli.run("bench-protocol", "--model", model.toString(), "--sequence",
                sequence.toString(), "--scenes", "1", "--candidates", "3", "--iterations", "4",
                "--screened", "10", "--json", json.toString()));
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        assertEquals(3, figures.get("candidates").asInt());
        assertEquals(4, figures.get("iterations").asInt());
        assertEquals(10, figures.get("screened").asInt());
        assertEquals(2, figures.get("strokes").asInt());
        assertTrue(figures.get("meanColorError").asDouble() > 0, "a random tiny model misses the colours");
        assertTrue(figures.get("meanChangeOutside").asDouble() > 0, "an edit changes the picture");
        assertTrue(figures.get("medianMillis").asDouble() > 0);
    }

    @Test
    void sample_missingModel_exitsNonZeroNamingIt() {
        String[] result = runCapturing("sample", "--model", dir.resolve("nowhere").toString(),
                "--out", dir.resolve("s.png").toString());
        assertEquals("1", result[0]);
        assertTrue(result[1].strip().startsWith("latent-brush: nowhere: no such model"), result[1]);
    }

    @Test
    void unknownOption_exitsWithUsageCode() {
        String[] result = runCapturing("sample", "--out", dir.resolve("x.png").toString(), "--bogus");
        assertEquals("2", result[0]);
        assertTrue(result[1].contains("Unknown option: '--bogus'"), result[1]);
    }

    @Test
    void sampleAndInterpolate_writeImages() throws Exception {
        Path grid = dir.resolve("grid.png");
        assertEquals(0, LatentBrushCli.run("sample", "--model", model.toString(), "--out",
                grid.toString(), "--count", "6", "--columns", "3", "--scale", "1"));
        assertEquals(3 * 16 + 2, ImageIO.read(grid.toFile()).getWidth());
        Path frames = dir.resolve("frames");
        assertEquals(0, LatentBrushCli.run("interpolate", "--model", model.toString(), "--out",
                frames.toString(), "--frames", "5"));
        assertTrue(Files.exists(frames.resolve("frame-005.png")));
    }

    @Test
    void gpuRequested_runsOnTheGpuOrRefusesWithClearMessage() {
        // The test build bundles the CPU engine, which reports no GPU; a CUDA build runs it there.
        boolean hasGpu = ai.djl.engine.Engine.getInstance().getGpuCount() > 0;
        Path out = dir.resolve("g.png");
        String[] result = runCapturing("sample", "--model", model.toString(), "--device", "gpu",
                "--out", out.toString());
        if (hasGpu) {
            assertEquals("0", result[0], result[1]);
            assertTrue(Files.exists(out));
        } else {
            assertEquals("1", result[0]);
            assertTrue(result[1].contains("no GPU is available"), result[1]);
            assertFalse(Files.exists(out));
        }
    }
}
