package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
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
 * Bad model and upscaler files, as a user might hand them over: broken model folders and zips for
 * {@code --model}, and broken upscaler folders for the upscaler commands. Every file is made here;
 * each must be refused as {@link RefusalCheck} says, naming a folder's file by the folder's path so
 * that a user with several sees which one is at fault. {@link BadPhotoFilesCorpusTest} covers
 * photos, {@link BadArgumentsCorpusTest} bad option values.
 */
class BadModelFilesCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path model;
    private static Path upscaler;

    @BeforeAll
    static void writeInputs() throws IOException {
        model = TinyCliModel.writeTo(dir);
        assertEquals(0, LatentBrushCli.run("init-model", "--out", dir.resolve("wide").toString(), "--name",
                "wide-16", "--size", "16", "--width", "4", "--latent", "8"));
        upscaler = TinyCliUpscaler.writeTo(dir);
        ImageIO.write(BadImages.gradient(40, 30), "png", dir.resolve("photo.png").toFile());
        writeModels();
        writeZips();
        writeUpscalers();
    }

    private static void writeModels() throws IOException {
        variant("no-manifest", m -> { }).resolve("manifest.json").toFile().delete();
        Files.writeString(variant("not-json", m -> { }).resolve("manifest.json"), "{\"format\": ");
        Files.writeString(variant("array", m -> { }).resolve("manifest.json"), "[1, 2]");
        variant("format", m -> m.put("format", "latent-brush-upscaler"));
        variant("version", m -> m.put("version", 2));
        variant("arch-type", m -> ((ObjectNode) m.get("architecture")).put("type", "vae"));
        variant("latent-negative", m -> m.put("latentSize", -5));
        variant("latent-text", m -> m.put("latentSize", "eight"));
        variant("size-zero", m -> m.put("imageSize", 0));
        variant("size-48", m -> m.put("imageSize", 48));
        variant("channels-2", m -> m.put("channels", 2));
        variant("latent-huge", m -> m.put("latentSize", 2_000_000_000));
        variant("size-huge", m -> m.put("imageSize", 1 << 30));
        variant("width-huge", m -> ((ObjectNode) m.get("architecture")).put("baseWidth", 100_000_000));
        variant("value-range", m -> m.putArray("valueRange").add(1).add(-1));
        variant("weights-path", m -> m.put("weights", "../tiny/generator.params"));
        variant("upscaler-name", m -> m.put("upscaler", "Bad Name"));
        variant("continuity-negative", m -> m.put("continuityWeight", -0.5));
        variant("continuity-text", m -> m.put("continuityWeight", "strong"));
        variant("live-text", m -> m.put("liveProtocol", "fast"));
        variant("live-iterations-zero", m -> m.putObject("liveProtocol").put("iterations", 0));
        variant("live-window-fraction", m -> m.putObject("liveProtocol").put("earlyStopWindow", 6.5));
        variant("live-narrowing-huge", m -> m.putObject("liveProtocol").put("narrowEvery", 1_000_000));
        Files.delete(variant("weights-missing", m -> { }).resolve("generator.params"));
        Path truncated = variant("weights-truncated", m -> { }).resolve("generator.params");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(truncated), (int) Files.size(truncated) / 2));
        Files.write(variant("weights-empty", m -> { }).resolve("generator.params"), new byte[0]);
        Path folderAsWeights = variant("weights-folder", m -> { }).resolve("generator.params");
        Files.delete(folderAsWeights);
        Files.createDirectories(folderAsWeights);
        Files.write(variant("manifest-empty", m -> { }).resolve("manifest.json"), new byte[0]);
        Files.writeString(variant("manifest-huge", m -> { }).resolve("manifest.json"), " ".repeat(1 << 20) + "{}");
        Files.writeString(variant("weights-text", m -> { }).resolve("generator.params"), "not weights at all");
        Files.copy(dir.resolve("wide").resolve("generator.params"),
                variant("weights-other", m -> { }).resolve("generator.params"), StandardCopyOption.REPLACE_EXISTING);
        variant("encoder-missing", m -> m.putObject("encoder").put("weights", "encoder.params")
                .put("baseWidth", 8));
        Files.writeString(dir.resolve("model.txt"), "a model, honestly");
    }

    /** A copy of the tiny model in models/NAME with its manifest changed. */
    private static Path variant(String name, Consumer<ObjectNode> change) throws IOException {
        return copyWithManifest(model, "generator.params", dir.resolve("models").resolve(name), change);
    }

    /** A copy of a folder's manifest, changed, and of its weights file, in a new folder. */
    private static Path copyWithManifest(Path from, String weights, Path to, Consumer<ObjectNode> change)
            throws IOException {
        Path folder = Files.createDirectories(to);
        ObjectNode manifest = (ObjectNode) JSON.readTree(from.resolve("manifest.json").toFile());
        change.accept(manifest);
        Files.write(folder.resolve("manifest.json"), JSON.writeValueAsBytes(manifest));
        Files.copy(from.resolve(weights), folder.resolve(weights));
        return folder;
    }

    private static void writeZips() throws IOException {
        byte[] manifest = Files.readAllBytes(model.resolve("manifest.json"));
        byte[] weights = Files.readAllBytes(model.resolve("generator.params"));
        Files.writeString(dir.resolve("text.zip"), "PK? no, just text");
        zip("empty.zip");
        zip("twice.zip", "a/manifest.json", manifest, "b/manifest.json", manifest, "generator.params", weights);
        zip("no-manifest.zip", "generator.params", weights);
        zip("short-weights.zip", "manifest.json", manifest, "generator.params",
                Arrays.copyOf(weights, weights.length / 2));
        zip("bad-manifest.zip", "manifest.json", "{\"format\": 1}".getBytes(), "generator.params", weights);
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add("notes-" + i + ".txt");
            many.add(new byte[] {1});
        }
        zip("crowded.zip", many.toArray());
        zip("good.zip", "manifest.json", manifest, "generator.params", weights);
        byte[] good = Files.readAllBytes(dir.resolve("good.zip"));
        Files.write(dir.resolve("cut.zip"), Arrays.copyOf(good, good.length / 3));
        Files.delete(dir.resolve("good.zip"));
        // 257 MB of zeros deflate to a quarter of a megabyte: one entry beyond the 256 MB limit.
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb.zip")))) {
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write(manifest);
            out.putNextEntry(new ZipEntry("generator.params"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 257; i++) {
                out.write(zeros);
            }
        }
    }

    /** Writes a zip of name, content pairs. */
    private static void zip(String name, Object... entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry((String) entries[i]));
                out.write((byte[]) entries[i + 1]);
            }
        }
    }

    private static void writeUpscalers() throws IOException {
        upscalerVariant("scale-3", m -> m.put("scale", 3));
        upscalerVariant("channels-2", m -> m.put("channels", 2));
        upscalerVariant("width-1000", m -> ((ObjectNode) m.get("architecture")).put("width", 1000));
        upscalerVariant("depth-negative", m -> ((ObjectNode) m.get("architecture")).put("depth", -1));
        upscalerVariant("width-8", m -> ((ObjectNode) m.get("architecture")).put("width", 8));
        upscalerVariant("no-sources", m -> m.remove("sources"));
        upscalerVariant("source-unlicensed", m -> m.putArray("sources").addObject().put("name", "my photos"));
        upscalerVariant("weights-path", m -> m.put("weights", "/etc/passwd"));
        upscalerVariant("scale-text", m -> m.put("scale", "four"));
        Files.writeString(upscalerVariant("not-json", m -> { }).resolve("manifest.json"), "scale: 4");
        Files.write(upscalerVariant("manifest-empty", m -> { }).resolve("manifest.json"), new byte[0]);
        Files.write(upscalerVariant("weights-empty", m -> { }).resolve("upscaler.params"), new byte[0]);
        Path cut = upscalerVariant("weights-truncated", m -> { }).resolve("upscaler.params");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(cut), (int) Files.size(cut) - 20));
        Files.delete(upscalerVariant("weights-missing", m -> { }).resolve("upscaler.params"));
    }

    /** A copy of the tiny upscaler in upscalers/NAME with its manifest changed. */
    private static Path upscalerVariant(String name, Consumer<ObjectNode> change) throws IOException {
        return copyWithManifest(upscaler, "upscaler.params", dir.resolve("upscalers").resolve(name), change);
    }

    // ---- the commands, as a user types them; what they would write goes to out/ ----

    private static String in(String name) {
        return dir.resolve(name).toString();
    }

    private static String out(String name) {
        return dir.resolve("out").resolve(name).toString();
    }

    private static List<String> invertWith(String modelPath, String image, String... more) {
        return with(List.of("invert", "--model", modelPath, "--image", in(image), "--out", out("inv")), more);
    }

    private static List<String> sample(String modelPath) {
        return List.of("sample", "--model", modelPath, "--out", out("samples.png"), "--count", "2");
    }

    private static List<String> sampleVariant(String name) {
        return sample(in("models/" + name));
    }

    private static List<String> upscaleWith(String upscalerPath) {
        return List.of("upscale", "--upscaler", upscalerPath, "--image", in("photo.png"), "--out", out("big.png"));
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> args = new ArrayList<>(base);
        args.addAll(List.of(more));
        return args;
    }

    private static Arguments bad(String name, Supplier<List<String>> args, String mentions) {
        return Arguments.of(name, args, mentions);
    }

    /**
     * A model in models/VARIANT whose manifest is refused: the line names the manifest by its
     * folder's path, so a user with several models sees which one, then the problem.
     */
    private static Arguments badModel(String name, String variant, String problem) {
        return bad(name, () -> sampleVariant(variant), Path.of("models", variant, "manifest.json") + ": " + problem);
    }

    /** An upscaler in upscalers/VARIANT whose manifest is refused, named like {@link #badModel}'s. */
    private static Arguments badUpscaler(String name, String variant, String problem) {
        return bad(name, () -> upscaleWith(in("upscalers/" + variant)),
                Path.of("upscalers", variant, "manifest.json") + ": " + problem);
    }

    /** A model in models/VARIANT whose generator.params is refused, named by its folder's path too. */
    private static Arguments badWeights(String name, String variant, String problem) {
        return bad(name, () -> sampleVariant(variant), Path.of("models", variant, "generator.params") + ": " + problem);
    }

    /** An upscaler in upscalers/VARIANT whose upscaler.params is refused, named like {@link #badWeights}'s. */
    private static Arguments badUpscalerWeights(String name, String variant, String problem) {
        return bad(name, () -> upscaleWith(in("upscalers/" + variant)),
                Path.of("upscalers", variant, "upscaler.params") + ": " + problem);
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                // model folders
                badModel("model without manifest", "no-manifest", "file not found"),
                badModel("manifest not JSON", "not-json", "not valid JSON"),
                badModel("manifest an array", "array", "the manifest must be a JSON object"),
                badModel("manifest of an upscaler", "format", "field 'format'"),
                badModel("manifest version 2", "version", "version 2 is not supported"),
                badModel("unknown architecture", "arch-type", "field 'architecture.type'"),
                badModel("negative latentSize", "latent-negative", "field 'latentSize'"),
                badModel("latentSize as text", "latent-text", "field 'latentSize'"),
                badModel("imageSize 0", "size-zero", "field 'imageSize'"),
                badModel("imageSize 48", "size-48", "field 'imageSize'"),
                badModel("2 channels", "channels-2", "field 'channels'"),
                badModel("huge latentSize", "latent-huge", "field 'latentSize'"),
                badModel("huge imageSize", "size-huge", "field 'imageSize'"),
                badModel("huge baseWidth", "width-huge", "field 'baseWidth'"),
                badModel("decreasing valueRange", "value-range", "field 'valueRange'"),
                badModel("weights outside the folder", "weights-path", "field 'weights'"),
                badModel("upscaler with a bad name", "upscaler-name", "field 'upscaler'"),
                badModel("negative continuity weight", "continuity-negative", "field 'continuityWeight'"),
                badModel("continuity weight as text", "continuity-text", "field 'continuityWeight'"),
                badModel("live protocol as text", "live-text", "field 'liveProtocol'"),
                badModel("live protocol of no iterations", "live-iterations-zero", "field 'liveProtocol.iterations'"),
                badModel("fractional early stop window", "live-window-fraction", "field 'liveProtocol.earlyStopWindow'"),
                badModel("absurd narrowing interval", "live-narrowing-huge", "field 'liveProtocol.narrowEvery'"),
                bad("upscale --model naming a bad upscaler", () -> List.of("upscale", "--model",
                        in("models/upscaler-name"), "--image", in("photo.png"), "--out", out("big.png")),
                        "field 'upscaler'"),
                badWeights("weights missing", "weights-missing", "file not found"),
                badWeights("weights truncated", "weights-truncated", "file is truncated"),
                badWeights("weights empty", "weights-empty", "the file is empty"),
                badWeights("weights a folder", "weights-folder", "not a file"),
                badModel("manifest empty", "manifest-empty", "the file is empty"),
                badModel("manifest over 1 MB", "manifest-huge", "the file is larger than 1 MB"),
                badWeights("weights text", "weights-text", ""),
                bad("weights of another width", () -> invertWith(in("models/weights-other"), "photo.png"),
                        Path.of("models", "weights-other", "generator.params") + ": "),
                bad("encoder missing", () -> sampleVariant("encoder-missing"),
                        Path.of("models", "encoder-missing", "encoder.params") + ": file not found"),
                bad("model is a text file", () -> sample(in("model.txt")), "model.txt: no such model"),
                // zips
                bad("zip of text", () -> sample(in("text.zip")), "text.zip: is not a zip file"),
                bad("empty zip", () -> sample(in("empty.zip")), "empty.zip: is not a zip file (or an empty one)"),
                bad("zip with two manifests", () -> sample(in("twice.zip")), "two files named manifest.json"),
                bad("zip without manifest", () -> sample(in("no-manifest.zip")), "no-manifest.zip: manifest.json: file not found"),
                bad("zip with truncated weights", () -> sample(in("short-weights.zip")), "short-weights.zip: generator.params: file is truncated"),
                bad("zip with a bad manifest", () -> invertWith(in("bad-manifest.zip"), "photo.png"),
                        "bad-manifest.zip: manifest.json: field 'format'"),
                bad("zip of 65 entries", () -> sample(in("crowded.zip")), "more than 64 entries"),
                bad("cut-off zip", () -> sample(in("cut.zip")), "cut.zip: "),
                bad("zip bomb", () -> sample(in("bomb.zip")), "bomb.zip: unpacks to more than 256 MB"),
                // upscalers
                bad("upscale with a generator", () -> upscaleWith(model.toString()), "holds a generator"),
                bad("evaluate-upscaler with a generator", () -> List.of("evaluate-upscaler", "--upscaler",
                        model.toString(), "--renders", "1", "--render-size", "32"), "holds a generator"),
                bad("bench-upscale with a generator", () -> List.of("bench-upscale", "--upscaler",
                        model.toString(), "--repeats", "3"), "holds a generator"),
                badUpscaler("upscaler scale 3", "scale-3", "field 'scale'"),
                badUpscaler("upscaler scale as text", "scale-text", "field 'scale'"),
                badUpscaler("upscaler 2 channels", "channels-2", "field 'channels'"),
                badUpscaler("upscaler width 1000", "width-1000", "field 'architecture.width'"),
                badUpscaler("upscaler depth -1", "depth-negative", "field 'architecture.depth'"),
                badUpscalerWeights("upscaler weights of another width", "width-8", "parameter '"),
                badUpscaler("upscaler without sources", "no-sources", "field 'sources'"),
                badUpscaler("upscaler source without licence", "source-unlicensed", "field 'sources[0].licence'"),
                badUpscaler("upscaler weights path", "weights-path", "field 'weights'"),
                badUpscaler("upscaler manifest not JSON", "not-json", "not valid JSON"),
                badUpscaler("upscaler manifest empty", "manifest-empty", "the file is empty"),
                badUpscalerWeights("upscaler weights empty", "weights-empty", "the file is empty"),
                bad("upscaler weights truncated", () -> List.of("evaluate-upscaler", "--upscaler",
                        in("upscalers/weights-truncated"), "--renders", "1", "--render-size", "32"),
                        Path.of("upscalers", "weights-truncated", "upscaler.params") + ": file is truncated"),
                bad("upscaler weights missing", () -> List.of("bench-upscale", "--upscaler",
                        in("upscalers/weights-missing")),
                        Path.of("upscalers", "weights-missing", "upscaler.params") + ": file not found"),
                bad("upscale unknown upscaler", () -> upscaleWith("no-such-upscaler"), "no-such-upscaler"),
                bad("evaluate-upscaler unknown upscaler", () -> List.of("evaluate-upscaler", "--upscaler",
                        "nowhere-x4"), "nowhere-x4: no such upscaler"),
                bad("bench-upscale unknown upscaler", () -> List.of("bench-upscale", "--upscaler",
                        "nowhere-x4"), "nowhere-x4: no such upscaler"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badModelFile_oneClearLine_exitOne_nothingWritten(String name, Supplier<List<String>> args,
            String mentions) {
        RefusalCheck.assertRefused(name, 1, args.get(), mentions, dir);
    }
}
