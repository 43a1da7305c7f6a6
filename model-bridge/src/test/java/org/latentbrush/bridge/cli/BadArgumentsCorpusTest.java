package org.latentbrush.bridge.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad option values and outputs that cannot be written, for the photo, upscaler, training and
 * evaluation commands: each must be refused as {@link RefusalCheck} says, with exit code 1 for a
 * value out of range and 2 for one that does not parse, before any work is done.
 */
class BadArgumentsCorpusTest {

    @TempDir
    static Path dir;
    private static Path model;
    private static Path upscaler;

    @BeforeAll
    static void writeInputs() throws IOException {
        model = TinyCliModel.writeTo(dir);
        upscaler = TinyCliUpscaler.writeTo(dir);
        BufferedImage photo = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(photo, "png", dir.resolve("photo.png").toFile());
        BadImages.writeStrokes(dir.resolve("strokes.json"));
        Files.writeString(dir.resolve("file.txt"), "a file where a folder is expected");
        Files.createDirectories(dir.resolve("pics"));
        Path copy = Files.createDirectories(dir.resolve("enc-model"));
        for (String name : new String[] {"manifest.json", "generator.params"}) {
            Files.copy(model.resolve(name), copy.resolve(name));
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("tiny.zip")))) {
            for (String name : new String[] {"manifest.json", "generator.params"}) {
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(model.resolve(name), (OutputStream) zip);
            }
        }
    }

    private static String in(String name) {
        return dir.resolve(name).toString();
    }

    /** Where a command would write: nothing may appear there. */
    private static String out(String name) {
        return dir.resolve("out").resolve(name).toString();
    }

    /** A path under a regular file, which no folder can be created for. */
    private static String underFile(String name) {
        return dir.resolve("file.txt").resolve(name).toString();
    }

    private static List<String> upscale(String... more) {
        return with(List.of("upscale", "--model", model.toString(), "--image", in("photo.png"), "--out",
                out("big.png")), more);
    }

    private static List<String> benchContinuity(String... more) {
        return with(List.of("bench-continuity", "--model", model.toString(), "--sequence",
                in("strokes.json")), more);
    }

    private static List<String> benchProtocol(String... more) {
        return with(List.of("bench-protocol", "--model", model.toString(), "--sequence",
                in("strokes.json")), more);
    }

    private static List<String> bench(String... more) {
        return with(List.of("bench-upscale", "--shape", "4x0"), more);
    }

    private static List<String> evaluateUpscaler(String... more) {
        return with(List.of("evaluate-upscaler", "--upscaler", upscaler.toString(), "--renders", "1",
                "--render-size", "32"), more);
    }

    private static List<String> trainUpscaler(String... more) {
        return with(List.of("train-upscaler", "--out", out("run"), "--steps", "1", "--renders", "1",
                "--render-size", "32", "--patch", "16", "--width", "4", "--depth", "0", "--batch", "1"), more);
    }

    private static List<String> trainEncoder(String... more) {
        return with(List.of("train-encoder", "--model", in("enc-model"), "--steps", "1", "--batch", "2",
                "--width", "4"), more);
    }

    private static List<String> evaluate(String... more) {
        return with(List.of("evaluate", "--model", model.toString(), "--samples", "2", "--projections", "0"),
                more);
    }

    private static List<String> directions(String... more) {
        return with(List.of("directions", "--model", model.toString(), "--samples", "20", "--keep", "2",
                "--probes", "2"), more);
    }

    private static List<String> invert(String... more) {
        return with(List.of("invert", "--model", model.toString(), "--image", in("photo.png"), "--out",
                out("inv")), more);
    }

    private static List<String> edit(String... more) {
        return with(List.of("edit", "--model", model.toString(), "--image", in("photo.png"), "--strokes",
                in("strokes.json"), "--out", out("e.png")), more);
    }

    /** The base command line with more options; an option the base has already gets the new value. */
    private static List<String> with(List<String> base, String... more) {
        List<String> args = new ArrayList<>(base);
        for (int i = 0; i < more.length; i++) {
            boolean valued = i + 1 < more.length && !more[i + 1].startsWith("--");
            int at = args.indexOf(more[i]);
            if (valued && at >= 0) {
                args.set(at + 1, more[++i]);
            } else {
                args.add(more[i]);
                if (valued) {
                    args.add(more[++i]);
                }
            }
        }
        return args;
    }

    /** A value the program refuses: exit code 1. */
    private static Arguments bad(String name, Supplier<List<String>> args, String mentions) {
        return Arguments.of(name, 1, args, mentions);
    }

    /** A command line that does not parse: exit code 2. */
    private static Arguments unparsed(String name, Supplier<List<String>> args, String mentions) {
        return Arguments.of(name, 2, args, mentions);
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                // upscale
                bad("upscale --scale 0", () -> upscale("--scale", "0"), "--scale must be between 1 and 16"),
                bad("upscale --scale 17", () -> upscale("--scale", "17"), "--scale must be between 1 and 16"),
                bad("upscale --scale -1", () -> upscale("--scale", "-1"), "--scale"),
                unparsed("upscale --scale two", () -> upscale("--scale", "two"), "--scale"),
                bad("upscale --out .gif", () -> upscale("--out", out("big.gif")), "--out"),
                bad("upscale --out under a file", () -> upscale("--out", underFile("big.png")),
                        "file.txt is a file, not a folder"),
                bad("upscale --device tpu", () -> upscale("--device", "tpu"), "--device must be auto, cpu or gpu"),
                unparsed("upscale --model and --upscaler", () -> upscale("--upscaler", upscaler.toString()),
                        "mutually exclusive"),
                unparsed("upscale without --image", () -> List.of("upscale", "--model", model.toString(),
                        "--out", out("big.png")), "--image"),
                // bench-upscale
                bad("bench-upscale --repeats 2", () -> bench("--repeats", "2"), "--repeats"),
                unparsed("bench-upscale --repeats many", () -> bench("--repeats", "many"), "--repeats"),
                bad("bench-upscale --side 7", () -> bench("--side", "7"), "--side"),
                bad("bench-upscale --side 5000", () -> bench("--side", "5000"), "--side"),
                bad("bench-upscale --shape abc", () -> bench("--shape", "abc"), "--shape must be WIDTHxDEPTH"),
                bad("bench-upscale --shape 2x99", () -> bench("--shape", "2x99"), "--shape"),
                bad("bench-upscale --shape 32x", () -> bench("--shape", "32x"), "--shape must be WIDTHxDEPTH"),
                bad("bench-upscale --json under a file", () -> bench("--json", underFile("b.json")),
                        "file.txt is a file, not a folder"),
                // bench-continuity
                bad("bench-continuity --scenes 0", () -> benchContinuity("--scenes", "0"), "--scenes"),
                unparsed("bench-continuity --scenes few", () -> benchContinuity("--scenes", "few"),
                        "--scenes"),
                bad("bench-continuity --continuity-weight -1", () -> benchContinuity(
                        "--continuity-weight", "-1"), "--continuity-weight"),
                bad("bench-continuity --json under a file", () -> benchContinuity("--json",
                        underFile("c.json")), "file.txt is a file, not a folder"),
                // bench-protocol
                bad("bench-protocol --scenes 0", () -> benchProtocol("--scenes", "0"), "--scenes"),
                bad("bench-protocol --candidates 0", () -> benchProtocol("--candidates", "0"), "--candidates"),
                bad("bench-protocol --iterations 0", () -> benchProtocol("--iterations", "0"), "--iterations"),
                // evaluate-upscaler
                bad("evaluate-upscaler --renders -1", () -> evaluateUpscaler("--renders", "-1"), "--renders"),
                unparsed("evaluate-upscaler --renders abc", () -> evaluateUpscaler("--renders", "abc"), "--renders"),
                bad("evaluate-upscaler --render-size 16", () -> evaluateUpscaler("--render-size", "16"),
                        "--render-size"),
                bad("evaluate-upscaler --render-size 99999", () -> evaluateUpscaler("--render-size", "99999"),
                        "--render-size"),
                bad("evaluate-upscaler --sheet x.jpg", () -> evaluateUpscaler("--sheet", out("x.jpg")), "--sheet"),
                bad("evaluate-upscaler --photos a file", () -> evaluateUpscaler("--photos", in("file.txt")),
                        "--photos"),
                bad("evaluate-upscaler --photos missing", () -> evaluateUpscaler("--photos", in("absent")),
                        "--photos"),
                bad("evaluate-upscaler --photo-side 0", () -> evaluateUpscaler("--photos", in("pics"),
                        "--photo-side", "0"), "--photo-side"),
                bad("evaluate-upscaler --json under a file", () -> evaluateUpscaler("--json", underFile("e.json")),
                        "file.txt is a file, not a folder"),
                bad("evaluate-upscaler --sheet under a file", () -> evaluateUpscaler("--sheet",
                        underFile("s.png")), "file.txt is a file, not a folder"),
                // train-upscaler
                bad("train-upscaler --steps 0", () -> trainUpscaler("--steps", "0"), "--steps"),
                bad("train-upscaler --patch 30", () -> trainUpscaler("--patch", "30"), "--patch"),
                bad("train-upscaler --scale 3", () -> trainUpscaler("--scale", "3"), "--scale"),
                bad("train-upscaler --width 0", () -> trainUpscaler("--width", "0"), "--width"),
                bad("train-upscaler --depth 99", () -> trainUpscaler("--depth", "99"), "--depth"),
                bad("train-upscaler --batch 0", () -> trainUpscaler("--batch", "0"), "--batch"),
                bad("train-upscaler --photos without --source", () -> trainUpscaler("--photos", in("pics")),
                        "--source"),
                bad("train-upscaler --source without =", () -> trainUpscaler("--photos", in("pics"), "--source",
                        "my photos"), "--source must be NAME=LICENCE"),
                bad("train-upscaler --source without a name", () -> trainUpscaler("--photos", in("pics"),
                        "--source", "=GPL-2+"), "--source must be NAME=LICENCE"),
                bad("train-upscaler --name Bad Name", () -> trainUpscaler("--name", "Bad Name"), "--name"),
                bad("train-upscaler --photos a file", () -> trainUpscaler("--photos", in("file.txt"), "--source",
                        "mine=CC0-1.0"), "--photos"),
                bad("train-upscaler --photos missing", () -> trainUpscaler("--photos", in("absent"), "--source",
                        "mine=CC0-1.0"), "--photos"),
                bad("train-upscaler --render-size 8", () -> trainUpscaler("--render-size", "8"), "--render-size"),
                bad("train-upscaler --renders -1", () -> trainUpscaler("--renders", "-1"), "--renders"),
                bad("train-upscaler --checkpoint-every 0", () -> trainUpscaler("--checkpoint-every", "0"),
                        "--checkpoint-every"),
                bad("train-upscaler --adversarial -1", () -> trainUpscaler("--adversarial", "-1"), "--adversarial"),
                bad("train-upscaler --feature without --adversarial", () -> trainUpscaler("--feature", "1"),
                        "--feature"),
                bad("train-upscaler --learning-rate 0", () -> trainUpscaler("--learning-rate", "0"),
                        "--learning-rate"),
                bad("train-upscaler --out a file", () -> trainUpscaler("--out", in("file.txt")),
                        "file.txt is a file, not a folder"),
                bad("train-upscaler --out under a file", () -> trainUpscaler("--out", underFile("run")),
                        "file.txt is a file, not a folder"),
                bad("train-upscaler --out over a run", () -> trainUpscaler("--out", upscaler.toString()),
                        "already holds a training run"),
                bad("train-upscaler --start missing", () -> trainUpscaler("--start", in("absent")), "--start"),
                bad("train-upscaler --start a generator", () -> trainUpscaler("--start", model.toString()),
                        "holds a generator"),
                bad("train-upscaler --start another shape", () -> trainUpscaler("--width", "8", "--start",
                        upscaler.toString()), "--start"),
                unparsed("train-upscaler --steps abc", () -> trainUpscaler("--steps", "abc"), "--steps"),
                unparsed("train-upscaler without --steps", () -> List.of("train-upscaler", "--out", out("run")),
                        "--steps"),
                // train-encoder
                bad("train-encoder --steps 0", () -> trainEncoder("--steps", "0"), "--steps"),
                bad("train-encoder --batch 0", () -> trainEncoder("--batch", "0"), "--batch"),
                bad("train-encoder --width 0", () -> trainEncoder("--width", "0"), "--width"),
                bad("train-encoder --data-weight -1", () -> trainEncoder("--data", "landscapes", "--data-weight",
                        "-1"), "--data-weight"),
                bad("train-encoder missing model", () -> List.of("train-encoder", "--model", in("absent"),
                        "--steps", "1"), "absent is not a model folder"),
                bad("train-encoder model a file", () -> List.of("train-encoder", "--model", in("file.txt"),
                        "--steps", "1"), "file.txt is not a model folder"),
                bad("train-encoder --data paintings", () -> trainEncoder("--data", "paintings"), "paintings"),
                bad("train-encoder --data missing folder", () -> trainEncoder("--data", "folder:" + in("absent")),
                        "--data folder:"),
                unparsed("train-encoder --steps x", () -> trainEncoder("--steps", "x"), "--steps"),
                unparsed("train-encoder without --model", () -> List.of("train-encoder", "--steps", "1"),
                        "--model"),
                // evaluate
                bad("evaluate --samples 1", () -> evaluate("--samples", "1"), "--samples"),
                bad("evaluate --projections -1", () -> evaluate("--projections", "-1"), "--projections"),
                bad("evaluate --draws 0", () -> evaluate("--draws", "0"), "--draws"),
                bad("evaluate --draws 1000", () -> evaluate("--draws", "1000"), "--draws"),
                bad("evaluate --projection-iterations -1", () -> evaluate("--projection-iterations", "-1"),
                        "--projection-iterations"),
                bad("evaluate --classifier-steps 0", () -> evaluate("--classifier-steps", "0"),
                        "--classifier-steps"),
                bad("evaluate --data paintings", () -> evaluate("--data", "paintings"), "--data"),
                bad("evaluate --write-manifest of a zip", () -> List.of("evaluate", "--model", in("tiny.zip"),
                        "--write-manifest"), "--write-manifest needs a model folder"),
                bad("evaluate --json under a file", () -> evaluate("--json", underFile("q.json")),
                        "file.txt is a file, not a folder"),
                unparsed("evaluate --samples many", () -> evaluate("--samples", "many"), "--samples"),
                // directions
                bad("directions --keep 0", () -> directions("--keep", "0"), "--keep must be between 1 and 64"),
                bad("directions --keep 9", () -> directions("--keep", "9"),
                        "--keep 9 is more than model tiny-16's latent size 8"),
                bad("directions --samples 8", () -> directions("--samples", "8"),
                        "--samples must be more than model tiny-16's latent size 8"),
                bad("directions --samples 10001", () -> directions("--samples", "10001"), "--samples"),
                bad("directions --probes 0", () -> directions("--probes", "0"), "--probes"),
                bad("directions --range 0", () -> directions("--range", "0"), "--range must be above 0"),
                bad("directions --range 11", () -> directions("--range", "11"), "--range"),
                unparsed("directions --range wide", () -> directions("--range", "wide"), "--range"),
                bad("directions --data paintings", () -> directions("--data", "paintings"), "--data"),
                bad("directions --sheet x.jpg", () -> directions("--sheet", out("x.jpg")), "--sheet"),
                bad("directions --json under a file", () -> directions("--json", underFile("d.json")),
                        "file.txt is a file, not a folder"),
                bad("directions of a zip without --json", () -> List.of("directions", "--model",
                        in("tiny.zip")), "name the file to write with --json FILE"),
                bad("directions --list without a file", () -> List.of("directions", "--model",
                        model.toString(), "--list"), "has no directions.json"),
                // invert and edit
                bad("invert --method fast", () -> invert("--method", "fast"), "--method"),
                bad("invert --projection-iterations -1", () -> invert("--projection-iterations", "-1"),
                        "--projection-iterations"),
                bad("edit --projection-iterations max int", () -> edit("--projection-iterations",
                        String.valueOf(Integer.MAX_VALUE)), "--projection-iterations"),
                bad("invert --tuning-steps -1", () -> invert("--tuning-steps", "-1"), "--tuning-steps"),
                bad("edit --candidates 0", () -> edit("--candidates", "0"), "--candidates"),
                bad("edit --iterations 0", () -> edit("--iterations", "0"), "--iterations"),
                bad("edit --screened -1", () -> edit("--screened", "-1"), "--screened"),
                bad("invert --device tpu", () -> invert("--device", "tpu"), "--device"),
                bad("edit --out .tiff", () -> edit("--out", out("e.tiff")), "e.tiff: the output must end in"),
                bad("edit --out under a file", () -> edit("--out", underFile("e.png")),
                        "file.txt is a file, not a folder"),
                bad("invert --out a file", () -> invert("--out", in("file.txt")), "file.txt is a file, not a folder"),
                bad("edit --strokes missing", () -> with(List.of("edit", "--model", model.toString(), "--image",
                        in("photo.png"), "--strokes", in("absent.json"), "--out", out("e.png"))), "absent.json"),
                bad("edit --strokes a photo", () -> with(List.of("edit", "--model", model.toString(), "--image",
                        in("photo.png"), "--strokes", in("photo.png"), "--out", out("e.png"))), "photo.png"),
                unparsed("invert --projection-iterations abc", () -> invert("--projection-iterations", "abc"),
                        "--projection-iterations"),
                unparsed("edit without --strokes", () -> List.of("edit", "--model", model.toString(), "--image",
                        in("photo.png"), "--out", out("e.png")), "--strokes"),
                unparsed("invert --turbo", () -> invert("--turbo"), "--turbo"),
                bad("train --out under a file", () -> List.of("train", "--data", "landscapes", "--out",
                        underFile("run"), "--name", "m", "--size", "16", "--steps", "1"),
                        "file.txt is a file, not a folder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badArgument_oneClearLine_nothingWritten(String name, int code, Supplier<List<String>> args,
            String mentions) {
        RefusalCheck.assertRefused(name, code, args.get(), mentions, dir);
    }
}
