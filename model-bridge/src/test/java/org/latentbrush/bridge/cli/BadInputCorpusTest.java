package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, as a hostile user would type it: each case is generated here (nothing large is
 * committed) and must end with the documented exit code (1 for a bad file or value, 2 for a
 * command line that does not parse), one line on standard error that names the file or option and
 * says what is wrong, no Java exception name or stack frame, and nothing written where the command
 * would have written.
 */
class BadInputCorpusTest {

    /** What a line may not contain: exception class names and stack frames. */
    private static final Pattern JAVA_NOISE = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]|java\\.|\\.java:|Error:");

    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void writeInputs() throws IOException {
        model = TinyCliModel.writeTo(dir);
        write("good.json", strokes("{\"tool\": \"color\", \"color\": \"#ff0000\", \"radius\": 10, "
                + "\"points\": [[10, 10], [200, 10]]}"));
        write("trailing.json", strokes("{\"tool\": \"color\", \"color\": \"#ff0000\", \"radius\": 10, "
                + "\"points\": [[10, 10]]}") + "\n{\"another\": \"document\"}");
        write("huge-radius.json", strokes("{\"tool\": \"color\", \"color\": \"#ff0000\", "
                + "\"radius\": 1e8, \"points\": [[10, 10]]}"));
        write("zero-radius.json", strokes("{\"tool\": \"sketch\", \"radius\": 0, \"points\": [[1, 1]]}"));
        write("nan-like.json", strokes("{\"tool\": \"sketch\", \"radius\": \"NaN\", \"points\": [[1, 1]]}"));
        write("bad-colour.json", strokes("{\"tool\": \"color\", \"color\": \"red\", \"radius\": 3, "
                + "\"points\": [[1, 1]]}"));
        write("bad-tool.json", strokes("{\"tool\": \"airbrush\", \"radius\": 3, \"points\": [[1, 1]]}"));
        write("no-points.json", strokes("{\"tool\": \"sketch\", \"radius\": 3, \"points\": []}"));
        write("bad-point.json", strokes("{\"tool\": \"sketch\", \"radius\": 3, \"points\": [[1]]}"));
        write("huge-canvas.json", "{\"format\": \"latent-brush-strokes\", \"version\": 1, "
                + "\"canvas\": {\"width\": 1000000, \"height\": 512}, \"strokes\": []}");
        write("version-9.json", "{\"format\": \"latent-brush-strokes\", \"version\": 9, "
                + "\"canvas\": {\"width\": 512, \"height\": 512}, \"strokes\": []}");
        write("not-json.json", "this is not JSON");
        write("array.json", "[1, 2, 3]");
        write("empty.json", "");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 200_001; i++) {
            many.append(i == 0 ? "" : ",").append("[1,2]");
        }
        write("too-many-points.json", strokes("{\"tool\": \"sketch\", \"radius\": 3, \"points\": ["
                + many + "]}"));
    }

    private static String strokes(String stroke) {
        return "{\"format\": \"latent-brush-strokes\", \"version\": 1, "
                + "\"canvas\": {\"width\": 512, \"height\": 512}, \"strokes\": [" + stroke + "]}";
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    /** A case: its name, the arguments (given the folder of inputs), and what the line must say. */
    private static Arguments bad(String name, Function<Path, List<String>> args, String mentions) {
        return Arguments.of(name, args, mentions);
    }

    private static List<String> project(Path d, String strokes, String... more) {
        List<String> args = new ArrayList<>(List.of("project", "--model", model.toString(),
                "--strokes", d.resolve(strokes).toString(), "--out", d.resolve("out").toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static List<String> sample(Path d, String... more) {
        List<String> args = new ArrayList<>(List.of("sample", "--model", model.toString()));
        args.addAll(List.of(more));
        if (!args.contains("--out")) {
            args.addAll(List.of("--out", d.resolve("out").resolve("samples.png").toString()));
        }
        return args;
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                // strokes files
                bad("trailing garbage", d -> project(d, "trailing.json"), "trailing.json: not valid JSON: Trailing"),
                bad("radius 1e8", d -> project(d, "huge-radius.json"), "radius"),
                bad("radius 0", d -> project(d, "zero-radius.json"), "radius"),
                bad("radius as text", d -> project(d, "nan-like.json"), "radius"),
                bad("colour name", d -> project(d, "bad-colour.json"), "color"),
                bad("unknown tool", d -> project(d, "bad-tool.json"), "bad-tool.json"),
                bad("no points", d -> project(d, "no-points.json"), "points"),
                bad("one-number point", d -> project(d, "bad-point.json"), "point 1"),
                bad("absurd canvas", d -> project(d, "huge-canvas.json"), "canvas"),
                bad("future version", d -> project(d, "version-9.json"), "version 9"),
                bad("not JSON", d -> project(d, "not-json.json"), "not-json.json"),
                bad("a JSON array", d -> project(d, "array.json"), "array.json"),
                bad("empty file", d -> project(d, "empty.json"), "empty.json: the file is empty"),
                bad("missing file", d -> project(d, "absent.json"), "absent.json"),
                bad("too many points", d -> project(d, "too-many-points.json"), "at most 200000"),
                // optimiser options
                bad("--iterations 0", d -> project(d, "good.json", "--iterations", "0"), "--iterations"),
                bad("--iterations -1", d -> project(d, "good.json", "--iterations", "-1"), "--iterations"),
                bad("--iterations max int", d -> project(d, "good.json", "--iterations",
                        String.valueOf(Integer.MAX_VALUE)), "--iterations"),
                bad("--candidates 0", d -> project(d, "good.json", "--candidates", "0"), "--candidates"),
                bad("--candidates huge", d -> project(d, "good.json", "--candidates", "100000000"),
                        "--candidates"),
                bad("--screened -5", d -> project(d, "good.json", "--screened", "-5"), "--screened"),
                bad("--keep 0", d -> project(d, "good.json", "--keep", "0"), "--keep"),
                bad("--keep beyond candidates", d -> project(d, "good.json", "--candidates", "4",
                        "--keep", "5"), "--keep"),
                bad("--scale 0", d -> project(d, "good.json", "--scale", "0"), "--scale"),
                bad("--scale -3", d -> project(d, "good.json", "--scale", "-3"), "--scale"),
                bad("--scale 100000", d -> project(d, "good.json", "--scale", "100000"), "--scale"),
                bad("--protocol unknown", d -> project(d, "good.json", "--protocol", "fast"), "--protocol"),
                bad("--iterations not a number", d -> project(d, "good.json", "--iterations", "many"),
                        "--iterations"),
                // sample
                bad("sample --scale 100000", d -> sample(d, "--scale", "100000"), "--scale"),
                bad("sample --scale 0", d -> sample(d, "--scale", "0"), "--scale"),
                bad("sample --count 100000000", d -> sample(d, "--count", "100000000"), "--count"),
                bad("sample --count 0", d -> sample(d, "--count", "0"), "--count"),
                bad("sample --columns 0", d -> sample(d, "--columns", "0"), "--columns"),
                bad("sample grid too large", d -> sample(d, "--count", "4096", "--columns", "4096",
                        "--scale", "16"), "megapixels"),
                bad("sample --out x.jpg", d -> sample(d, "--out", d.resolve("out").resolve("x.jpg")
                        .toString()), "--out"),
                bad("sample --out under a file", d -> sample(d, "--out", d.resolve("good.json")
                        .resolve("x.png").toString()), "good.json is a file, not a folder"),
                bad("project --out is a file", d -> List.of("project", "--model", model.toString(),
                        "--strokes", d.resolve("good.json").toString(), "--iterations", "1",
                        "--out", d.resolve("good.json").toString()), "good.json is a file, not a folder"),
                bad("sample --out x.txt", d -> sample(d, "--out", d.resolve("out").resolve("x.txt")
                        .toString()), "--out"),
                // interpolate
                bad("interpolate --scale 0", d -> List.of("interpolate", "--model", model.toString(),
                        "--from-seed", "1", "--to-seed", "2", "--frames", "4", "--scale", "0",
                        "--out", d.resolve("out").toString()), "--scale"),
                bad("interpolate --scale -2", d -> List.of("interpolate", "--model", model.toString(),
                        "--from-seed", "1", "--to-seed", "2", "--frames", "4", "--scale", "-2",
                        "--out", d.resolve("out").toString()), "--scale"),
                bad("interpolate --frames 1", d -> List.of("interpolate", "--model", model.toString(),
                        "--from-seed", "1", "--to-seed", "2", "--frames", "1",
                        "--out", d.resolve("out").toString()), "--frames"),
                // init-model: refuse what the loader would refuse
                bad("init-model bad name", d -> List.of("init-model", "--out",
                        d.resolve("out").toString(), "--name", "Bad Name"), "name"),
                bad("init-model sigma Infinity", d -> List.of("init-model", "--out",
                        d.resolve("out").toString(), "--name", "m", "--sigma", "Infinity"), "--sigma"),
                bad("init-model sigma NaN", d -> List.of("init-model", "--out",
                        d.resolve("out").toString(), "--name", "m", "--sigma", "NaN"), "--sigma"),
                bad("init-model sigma -1", d -> List.of("init-model", "--out",
                        d.resolve("out").toString(), "--name", "m", "--sigma", "-1"), "--sigma"),
                bad("init-model odd size", d -> List.of("init-model", "--out",
                        d.resolve("out").toString(), "--name", "m", "--size", "24"), "imageSize"),
                bad("init-model 2 channels", d -> List.of("init-model", "--out",
                        d.resolve("out").toString(), "--name", "m", "--channels", "2"), "channels"),
                bad("init-model unknown architecture", d -> List.of("init-model", "--out",
                        d.resolve("out").toString(), "--name", "m", "--architecture", "vae"),
                        "--architecture"),
                // training
                bad("train --out over a model", d -> List.of("train", "--data", "landscapes",
                        "--out", model.toString(), "--name", "tiny-16", "--size", "16", "--width", "8",
                        "--latent", "8", "--steps", "1"), "not a training run"),
                bad("train --steps 0", d -> List.of("train", "--data", "landscapes", "--out",
                        d.resolve("out").toString(), "--name", "m", "--size", "16", "--steps", "0"),
                        "steps"),
                bad("train unknown data", d -> List.of("train", "--data", "paintings", "--out",
                        d.resolve("out").toString(), "--name", "m", "--steps", "1"), "paintings"),
                bad("train unknown scene kind", d -> List.of("train", "--data", "landscapes", "--out",
                        d.resolve("out").toString(), "--name", "m", "--size", "16", "--steps", "1",
                        "--scene-shares", "lakes=0.5"), "--scene-shares"),
                bad("train scene shares over 1", d -> List.of("train", "--data", "landscapes", "--out",
                        d.resolve("out").toString(), "--name", "m", "--size", "16", "--steps", "1",
                        "--scene-shares", "day=0.8,night=0.5"), "must add up to 1"),
                bad("train scene shares on shoes", d -> List.of("train", "--data", "shoes", "--out",
                        d.resolve("out").toString(), "--name", "m", "--size", "32", "--channels", "1",
                        "--steps", "1", "--scene-shares", "water=0.5"), "--data landscapes only"),
                // models
                bad("missing model", d -> List.of("sample", "--model", d.resolve("nowhere").toString(),
                        "--out", d.resolve("out").resolve("s.png").toString()), "nowhere"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInput_oneClearLine_exitTwo_nothingWritten(String name, Function<Path, List<String>> args,
            String mentions) throws IOException {
        Path out = dir.resolve("out");
        deleteRecursively(out);
        String[] run = CapturedRun.runCapturing(args.apply(dir).toArray(String[]::new));
        String err = run[1].strip();
        String expected = name.contains("not a number") ? "2" : "1";
        assertEquals(expected, run[0], name + ": exit code; stderr was: " + err);
        assertEquals(1, err.lines().count(), name + ": one line expected, got:\n" + err);
        assertTrue(err.contains(mentions), name + ": the line should mention '" + mentions + "': " + err);
        assertFalse(JAVA_NOISE.matcher(err).find(), name + ": Java internals in: " + err);
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(),
                name + ": something was written to " + out);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
