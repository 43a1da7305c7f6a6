package org.latentbrush.bridge.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrokesFileTest {

    @TempDir
    Path dir;

    @Test
    void writeThenRead_roundTripsEveryStroke() throws Exception {
        ConstraintSet set = ConstraintSet.empty(512, 384)
                .with(Stroke.color(0x3a8f2c, 12, 10, 400, 200, 410.5))
                .with(Stroke.sketch(2, 5, 5, 6, 7, 8, 9))
                .with(Stroke.erase(20, 100, 100));
        Path file = dir.resolve("s.json");
        StrokesFile.write(set, file);
        assertEquals(set, StrokesFile.read(file));
    }

    @Test
    void read_documentedExample_parses() throws Exception {
        Path file = dir.resolve("example.json");
        Files.writeString(file, "{\"format\": \"latent-brush-strokes\", \"version\": 1,"
                + " \"canvas\": {\"width\": 512, \"height\": 512},"
                + " \"strokes\": [{\"tool\": \"color\", \"color\": \"#3a8f2c\", \"radius\": 12,"
                + " \"points\": [[10,400],[200,410]]}]}");
        ConstraintSet set = StrokesFile.read(file);
        assertEquals(1, set.strokes().size());
        assertEquals(0x3a8f2c, set.strokes().get(0).rgb());
        assertEquals(2, set.strokes().get(0).pointCount());
    }

    private static final String HEAD = "{\"format\": \"latent-brush-strokes\", \"version\": 1, "
            + "\"canvas\": {\"width\": 64, \"height\": 64}, \"strokes\": ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json | {oops | not valid JSON",
        "array at top | [] | must be a JSON object",
        "wrong format | {\"format\": \"x\", \"version\": 1} | field 'format'",
        "future version | {\"format\": \"latent-brush-strokes\", \"version\": 2} | version 2 is not supported",
        "no canvas | {\"format\": \"latent-brush-strokes\", \"version\": 1, \"strokes\": []} | canvas.width",
        "zero canvas | {\"format\": \"latent-brush-strokes\", \"version\": 1, \"canvas\": {\"width\": 0, \"height\": 5}, \"strokes\": []} | canvas.width",
        "strokes not array | HEAD{} } | field 'strokes' must be an array",
        "unknown tool | HEAD[{\"tool\": \"spray\", \"radius\": 1, \"points\": [[1,1]]}]} | stroke 1: unknown tool",
        "bad colour | HEAD[{\"tool\": \"color\", \"color\": \"green\", \"radius\": 1, \"points\": [[1,1]]}]} | stroke 1: field 'color'",
        "negative radius | HEAD[{\"tool\": \"sketch\", \"radius\": -2, \"points\": [[1,1]]}]} | stroke 1: field 'radius' must be above 0",
        "no points | HEAD[{\"tool\": \"sketch\", \"radius\": 2, \"points\": []}]} | stroke 1: field 'points'",
        "short point | HEAD[{\"tool\": \"erase\", \"radius\": 2, \"points\": [[1,1],[3]]}]} | stroke 1: point 2 must be [x, y]",
        "text coordinate | HEAD[{\"tool\": \"erase\", \"radius\": 2, \"points\": [[\"a\",1]]}]} | stroke 1: point 1",
    })
    void read_malformedFile_namesProblem(String name, String json, String message) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json.replace("HEAD", HEAD));
        StrokesFormatException e = assertThrows(StrokesFormatException.class, () -> StrokesFile.read(file));
        assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), name + ": got \"" + e.getMessage() + "\"");
    }

    @Test
    void read_fileWithMoreValuesThanItsPointsAllow_isRefusedWhileParsing() throws Exception {
        // 4 MB, far under the byte limit, but 3.2 million values: its tree would take hundreds of MB.
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 800_000; i++) {
            points.append(i == 0 ? "" : ",").append("[1,2]");
        }
        Path file = dir.resolve("dense.json");
        Files.writeString(file, HEAD + "[{\"tool\": \"sketch\", \"radius\": 2, \"points\": [" + points + "]}]}");
        StrokesFormatException e = assertThrows(StrokesFormatException.class, () -> StrokesFile.read(file));
        assertEquals("dense.json: holds more than " + StrokesFile.MAX_TOKENS + " JSON values; a strokes file may "
                + "have at most " + StrokesFile.MAX_POINTS + " points", e.getMessage());
    }

    @Test
    void read_mostPointsAFileMayHave_inSingleStrokes_isWithinTheValueLimit() throws Exception {
        // The value limit must never refuse what the points limit allows: every stroke a single point.
        StringBuilder strokes = new StringBuilder();
        for (int i = 0; i < StrokesFile.MAX_POINTS; i++) {
            strokes.append(i == 0 ? "" : ",").append("{\"tool\":\"color\",\"color\":\"#102030\",\"radius\":1,"
                    + "\"points\":[[1,2]]}");
        }
        Path file = dir.resolve("dots.json");
        Files.writeString(file, HEAD + "[" + strokes + "]}");
        assertEquals(StrokesFile.MAX_POINTS, StrokesFile.read(file).strokes().size());
    }

    @Test
    void read_missingFile_saysNotFound() {
        StrokesFormatException e = assertThrows(StrokesFormatException.class,
                () -> StrokesFile.read(dir.resolve("absent.json")));
        assertEquals("absent.json: file not found", e.getMessage());
    }
}
