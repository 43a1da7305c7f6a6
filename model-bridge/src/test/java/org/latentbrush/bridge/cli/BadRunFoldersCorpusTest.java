package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken run folders, the files a long job leaves to be picked up again: checkpoints that cannot
 * be resumed, upscalers that cannot be started from, and one kind of folder given where another is
 * expected. Each copy of a real run is broken here and must be refused as {@link RefusalCheck} says.
 */
class BadRunFoldersCorpusTest {

    /** The tiny run's options; a resume must repeat them. */
    private static final List<String> RUN = List.of("--name", "tiny-x4", "--renders", "1", "--render-size", "32",
            "--patch", "16", "--width", "4", "--depth", "0", "--batch", "1", "--checkpoint-every", "1");
    private static final String CHECKPOINT = "checkpoints/step-000001";

    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void writeInputs() throws IOException {
        model = TinyCliModel.writeTo(dir);
        Path run = dir.resolve("run");
        String[] trained = CapturedRun.runCapturing(with(List.of("train-upscaler", "--out", run.toString(),
                "--steps", "1"), RUN).toArray(String[]::new));
        assertEquals("0", trained[0], trained[1]);
        Files.writeString(copy(run, "state-garbage").resolve(CHECKPOINT).resolve("state.json"), "{\"step\": ");
        Files.writeString(copy(run, "state-wrong").resolve(CHECKPOINT).resolve("state.json"), "{\"step\": \"one\"}");
        Files.delete(copy(run, "state-missing").resolve(CHECKPOINT).resolve("state.json"));
        Files.write(copy(run, "state-empty").resolve(CHECKPOINT).resolve("state.json"), new byte[0]);
        Files.writeString(copy(run, "state-huge").resolve(CHECKPOINT).resolve("state.json"), " ".repeat(1 << 20) + "{}");
        Files.write(copy(run, "adam-empty").resolve(CHECKPOINT).resolve("upscaler.adam"), new byte[0]);
        Files.write(copy(run, "start-empty").resolve("upscaler.params"), new byte[0]);
        cut(copy(run, "network-cut").resolve(CHECKPOINT).resolve("upscaler.params"));
        cut(copy(run, "adam-cut").resolve(CHECKPOINT).resolve("upscaler.adam"));
        cut(copy(run, "start-cut").resolve("upscaler.params"));
        Files.delete(copy(run, "start-missing").resolve("upscaler.params"));
        Path finished = Files.createDirectories(dir.resolve("runs").resolve("finished"));
        Files.copy(run.resolve("manifest.json"), finished.resolve("manifest.json"));
        Files.copy(run.resolve("upscaler.params"), finished.resolve("upscaler.params"));
    }

    /** Copies the run's folder, checkpoints included, to runs/NAME. */
    private static Path copy(Path run, String name) throws IOException {
        Path target = dir.resolve("runs").resolve(name);
        try (Stream<Path> all = Files.walk(run)) {
            for (Path p : all.toList()) {
                Path to = target.resolve(run.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static void cut(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    private static List<String> with(List<String> base, List<String> more) {
        List<String> args = new ArrayList<>(base);
        args.addAll(more);
        return args;
    }

    private static String runs(String name) {
        return dir.resolve("runs").resolve(name).toString();
    }

    /** Resumes a copy of the run for one more step. */
    private static List<String> resume(String name, String... more) {
        List<String> args = with(List.of("train-upscaler", "--out", runs(name), "--steps", "2", "--resume"), RUN);
        for (int i = 0; i < more.length; i += 2) {
            args.set(args.indexOf(more[i]) + 1, more[i + 1]); // another value for one of the run's options
        }
        return args;
    }

    /** Starts a new run in out/ from an upscaler folder. */
    private static List<String> startFrom(String name) {
        return with(List.of("train-upscaler", "--out", dir.resolve("out").resolve("new").toString(), "--steps", "1",
                "--start", runs(name)), RUN);
    }

    private static Arguments bad(String name, Supplier<List<String>> args, String mentions) {
        return Arguments.of(name, args, mentions);
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                bad("resume: state not JSON", () -> resume("state-garbage"), "state.json: not a checkpoint state"),
                bad("resume: state of the wrong shape", () -> resume("state-wrong"),
                        "state.json: not a checkpoint state"),
                bad("resume: state missing", () -> resume("state-missing"), "state.json: file not found"),
                bad("resume: state empty", () -> resume("state-empty"), "state.json: the file is empty"),
                bad("resume: state over 1 MB", () -> resume("state-huge"),
                        "state.json: not a checkpoint state: the file is larger than 1 MB"),
                bad("resume: optimiser state empty", () -> resume("adam-empty"), "upscaler.adam: the file is empty"),
                bad("start from empty weights", () -> startFrom("start-empty"), Path.of("runs", "start-empty", "upscaler.params") + ": the file is empty"),
                bad("resume: network cut short", () -> resume("network-cut"),
                        Path.of("runs", "network-cut", CHECKPOINT, "upscaler.params") + ": file is truncated"),
                bad("resume: optimiser state cut short", () -> resume("adam-cut"), "upscaler.adam: the optimiser state is"),
                bad("resume with another batch", () -> resume("network-cut", "--batch", "2"),
                        "belongs to another setup"),
                bad("resume a finished upscaler", () -> resume("finished"), "not a training run"),
                bad("start from cut weights", () -> startFrom("start-cut"),
                        Path.of("runs", "start-cut", "upscaler.params") + ": file is truncated"),
                bad("start from missing weights", () -> startFrom("start-missing"),
                        Path.of("runs", "start-missing", "upscaler.params") + ": file not found"),
                bad("start from a generator", () -> with(List.of("train-upscaler", "--out", dir.resolve("out")
                        .toString(), "--steps", "1", "--start", model.toString()), RUN), "holds a generator"),
                bad("train-encoder on an upscaler", () -> List.of("train-encoder", "--model", runs("finished"),
                        "--steps", "1"), "field 'format'"),
                bad("evaluate an upscaler", () -> List.of("evaluate", "--model", runs("finished"), "--samples", "2",
                        "--projections", "0"), "field 'format'"),
                bad("sample an upscaler", () -> List.of("sample", "--model", runs("finished"), "--out",
                        dir.resolve("out").resolve("s.png").toString()), "field 'format'"),
                bad("invert through a run folder", () -> List.of("invert", "--model", runs("state-garbage"),
                        "--image", runs("finished") + "/manifest.json", "--out", dir.resolve("out").toString()),
                        "manifest.json: not a PNG or JPEG image"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badRunFolder_oneClearLine_exitOne_nothingWritten(String name, Supplier<List<String>> args,
            String mentions) {
        RefusalCheck.assertRefused(name, 1, args.get(), mentions, dir);
    }
}
