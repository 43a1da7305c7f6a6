package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.optim.OptimizerSettings;

class ModelLoadingTest {

    @TempDir
    Path dir;

    private Path savedTinyModel() throws IOException {
        Path folder = dir.resolve("tiny");
        try (GanModel model = TinyModels.random(1)) {
            model.save(folder);
        }
        return folder;
    }

    private static void rewriteManifest(Path folder, String from, String to) throws IOException {
        Path manifest = folder.resolve("manifest.json");
        String text = Files.readString(manifest);
        assertTrue(text.contains(from), "test setup: manifest lacks " + from);
        Files.writeString(manifest, text.replace(from, to));
    }

    @Test
    void load_savedModel_rendersSameImagesAsOriginal() throws Exception {
        float[] z = new float[8];
        z[3] = 0.5f;
        RasterImage before;
        Path folder = dir.resolve("m");
        try (GanModel model = TinyModels.random(2)) {
            before = model.render(List.of(z)).get(0);
            model.save(folder);
        }
        try (GanModel loaded = GanModel.load(folder, Device.cpu())) {
            RasterImage after = loaded.render(List.of(z)).get(0);
            org.junit.jupiter.api.Assertions.assertArrayEquals(before.data(), after.data(), 1e-6f);
            assertEquals("tiny-16", loaded.manifest().name());
        }
    }

    @ParameterizedTest
    @EnumSource(ArchitectureType.class)
    void load_savedModelOfEachArchitecture_rendersSameImagesAndKeepsItsType(ArchitectureType type)
            throws Exception {
        ModelManifest manifest = TinyModels.manifest(false);
        manifest = new ModelManifest(manifest.name(), manifest.title(),
                manifest.architecture().withType(type), manifest.valueLow(), manifest.valueHigh(),
                manifest.generatorFile(), manifest.encoder(), manifest.dataset(), manifest.licence(),
                manifest.training());
        float[] z = new float[8];
        z[1] = -0.7f;
        RasterImage before;
        Path folder = dir.resolve(type.manifestName());
        try (GanModel model = GanModel.random(manifest, 4, Device.cpu(), 0.3f)) {
            before = model.render(List.of(z)).get(0);
            model.save(folder);
        }
        try (GanModel loaded = GanModel.load(folder, Device.cpu())) {
            assertEquals(type, loaded.manifest().architecture().type());
            org.junit.jupiter.api.Assertions.assertArrayEquals(before.data(),
                    loaded.render(List.of(z)).get(0).data(), 1e-6f);
        }
    }

    @Test
    void continuityWeight_isReadKeptAndWrittenBack_andSetsTheModelsLiveProtocol() throws Exception {
        Path folder = savedTinyModel();
        Path file = folder.resolve(ModelManifest.FILE_NAME);
        assertTrue(ManifestReader.read(file).continuityWeight().isEmpty(), "absent by default");
        rewriteManifest(folder, "\"training\" :", "\"continuityWeight\" : 0.02, \"training\" :");
        ModelManifest read = ManifestReader.read(file);
        assertEquals(0.02, read.continuityWeight().getAsDouble());
        ManifestWriter.write(read.withTraining(java.util.Map.of("steps", 3)), file);
        ModelManifest again = ManifestReader.read(file);
        assertEquals(0.02, again.continuityWeight().getAsDouble(), "a copy with a new record keeps it");
        assertEquals(0.02, OptimizerSettings.live(again).continuityWeight());
        assertEquals(OptimizerSettings.live().continuityWeight(),
                OptimizerSettings.live(TinyModels.manifest(false)).continuityWeight());
    }

    @Test
    void trainingRecord_rewritten_keepsItsFieldsInOrder() throws Exception {
        Path folder = savedTinyModel();
        Path file = folder.resolve(ModelManifest.FILE_NAME);
        java.util.Map<String, Object> record = new java.util.LinkedHashMap<>();
        for (String key : List.of("steps", "imagesSeen", "encoder", "batchSize", "averageDecay", "date", "seed")) {
            record.put(key, key.length());
        }
        ManifestWriter.write(ManifestReader.read(file).withTraining(record), file);
        ModelManifest again = ManifestReader.read(file);
        assertEquals(List.copyOf(record.keySet()), List.copyOf(again.training().keySet()));
        ManifestWriter.write(again, file);
        assertEquals(List.copyOf(record.keySet()), List.copyOf(ManifestReader.read(file).training().keySet()),
                "a manifest written again, as train-encoder and evaluate do, keeps the order");
    }

    @Test
    void liveProtocol_isReadKeptAndWrittenBack_andShapesTheModelsLiveEdits() throws Exception {
        Path folder = savedTinyModel();
        Path file = folder.resolve(ModelManifest.FILE_NAME);
        assertTrue(ManifestReader.read(file).liveShape().isDefault(), "absent by default");
        rewriteManifest(folder, "\"training\" :",
                "\"liveProtocol\" : { \"iterations\" : 28, \"earlyStopWindow\" : 6 }, \"training\" :");
        ModelManifest read = ManifestReader.read(file);
        ManifestWriter.write(read.withTraining(java.util.Map.of("steps", 3)), file);
        ModelManifest again = ManifestReader.read(file);
        assertEquals(read.liveShape(), again.liveShape(), "a copy with a new record keeps it");
        OptimizerSettings named = OptimizerSettings.live(again);
        OptimizerSettings defaults = OptimizerSettings.live();
        assertEquals(28, named.iterations());
        assertEquals(6, named.earlyStop().window());
        assertEquals(defaults.earlyStop().tolerance(), named.earlyStop().tolerance());
        assertEquals(defaults.narrowing(), named.narrowing(), "a value left out keeps the default");
        assertEquals(defaults, OptimizerSettings.live(TinyModels.manifest(false)));
    }

    @Test
    void fingerprint_sameWeightsAfterSaveAndLoad_sameFingerprint_otherWeightsAnother() throws Exception {
        Path folder = dir.resolve("fp");
        String original;
        try (GanModel model = TinyModels.random(5)) {
            original = model.fingerprint();
            model.save(folder);
        }
        try (GanModel loaded = GanModel.load(folder, Device.cpu());
                GanModel other = TinyModels.random(6)) {
            assertEquals(original, loaded.fingerprint());
            assertTrue(original.matches("[0-9a-f]{16}"), original);
            assertFalse(original.equals(other.fingerprint()));
        }
    }

    @Test
    void load_absurdButFiniteWeight_namesParameter() throws Exception {
        Path folder = dir.resolve("absurd");
        try (GanModel model = TinyModels.random(7)) {
            ai.djl.ndarray.NDArray weight = model.generatorBlock().getParameters().valueAt(0).getArray();
            weight.set(new ai.djl.ndarray.index.NDIndex("0, 0"), 3.4e38f);
            model.save(folder);
        }
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> GanModel.load(folder, Device.cpu()));
        assertTrue(e.getMessage().contains("magnitude 3.4E38"), e.getMessage());
        assertTrue(e.getMessage().contains("generator.params"), e.getMessage());
    }

    @Test
    void open_zipOfModelFolder_loads() throws Exception {
        Path folder = savedTinyModel();
        Path zip = dir.resolve("tiny.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                out.putNextEntry(new ZipEntry("tiny/" + f.getFileName()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        try (GanModel model = GanModel.open(zip.toString(), Device.cpu())) {
            assertEquals(16, model.manifest().imageSize());
        }
    }

    @Test
    void open_zipBomb_stopsAtTheLimitAndLeavesNothingBehind() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("generator.params"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(zip) < (4 << 20), "test setup: the bomb should be small");
        long before = unpackedFolders();
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> GanModel.open(zip.toString(), Device.cpu()));
        assertTrue(e.getMessage().contains("unpacks to more than 256 MB in generator.params"),
                e.getMessage());
        assertEquals(before, unpackedFolders(), "the partial unpacking must be removed");
    }

    @Test
    void open_zipWithTheSameNameTwice_isRefusedNamingIt() throws Exception {
        Path folder = savedTinyModel();
        Path zip = dir.resolve("twice.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : new String[] {"manifest.json", "sub/manifest.json"}) {
                out.putNextEntry(new ZipEntry(entry));
                Files.copy(folder.resolve("manifest.json"), out);
                out.closeEntry();
            }
        }
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> GanModel.open(zip.toString(), Device.cpu()));
        assertTrue(e.getMessage().contains("two files named manifest.json"), e.getMessage());
    }

    @Test
    void open_textFileNamedZip_saysItIsNotAZip() throws Exception {
        Path zip = Files.writeString(dir.resolve("fake.zip"), "just text, not a zip");
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> GanModel.open(zip.toString(), Device.cpu()));
        assertTrue(e.getMessage().contains("fake.zip") && e.getMessage().contains("not a zip file"),
                e.getMessage());
    }

    private static long unpackedFolders() throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(p -> p.getFileName().toString().startsWith("latent-brush-model-"))
                    .count();
        }
    }

    @Test
    void open_unknownName_listsWhatWasTried() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> GanModel.open("no-such-model-here", Device.cpu()));
        assertTrue(e.getMessage().contains("no such model"), e.getMessage());
    }

    static Stream<Arguments> badFolders() {
        return Stream.of(
                bad("missing manifest", f -> delete(f.resolve("manifest.json")), "manifest.json: file not found"),
                bad("not JSON", f -> write(f.resolve("manifest.json"), "{ not json"), "manifest.json: not valid JSON"),
                bad("wrong format", f -> replace(f, "latent-brush-model", "something-else"), "field 'format'"),
                bad("future version", f -> replace(f, "\"version\" : 1", "\"version\" : 9"), "version 9 is not supported"),
                bad("missing field", f -> replace(f, "\"latentSize\"", "\"latentSz\""), "field 'latentSize' is missing"),
                bad("odd image size", f -> replace(f, "\"imageSize\" : 16", "\"imageSize\" : 24"), "field 'imageSize' must be a power of two"),
                bad("bad channels", f -> replace(f, "\"channels\" : 3", "\"channels\" : 2"), "field 'channels' must be 1 or 3"),
                bad("weights path escapes", f -> replace(f, "\"generator.params\"", "\"../x.params\""), "plain file name"),
                bad("weights missing", f -> delete(f.resolve("generator.params")), "generator.params: file not found"),
                bad("weights truncated", f -> truncate(f.resolve("generator.params")), "generator.params: file is truncated"),
                bad("weights garbage", f -> write(f.resolve("generator.params"), "hello, not weights"), "generator.params:"),
                bad("wider architecture", f -> replace(f, "\"baseWidth\" : 8", "\"baseWidth\" : 16"), "has shape"),
                bad("bigger latent", f -> replace(f, "\"latentSize\" : 8", "\"latentSize\" : 9"), "has shape"),
                bad("unknown architecture", f -> replace(f, "\"dcgan-subpixel\"", "\"dcgan-2\""),
                        "field 'architecture.type' must be one of \"dcgan-subpixel\", \"resize-conv\", \"style\", was \"dcgan-2\""),
                bad("other architecture's weights", f -> replace(f, "\"dcgan-subpixel\"", "\"resize-conv\""), "generator.params:"));
    }

    private static Arguments bad(String name, Consumer<Path> damage, String message) {
        return Arguments.of(name, damage, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFolders")
    void load_damagedFolder_failsWithClearMessage(String name, Consumer<Path> damage, String message)
            throws Exception {
        Path folder = savedTinyModel();
        damage.accept(folder);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> GanModel.load(folder, Device.cpu()).close());
        assertTrue(e.getMessage().contains(message), name + ": got \"" + e.getMessage() + "\"");
    }

    @Test
    void load_weightsDeclaringAnArrayOfTwoGigabytes_isRefusedBeforeTheEngineReservesIt() throws Exception {
        Path folder = savedTinyModel();
        Path weights = folder.resolve("generator.params");
        byte[] bytes = Files.readAllBytes(weights);
        int marker = -1;
        for (int i = 0; marker < 0; i++) {
            if (bytes[i] == 0 && bytes[i + 1] == 4 && bytes[i + 2] == 'N' && bytes[i + 3] == 'D'
                    && bytes[i + 4] == 'A' && bytes[i + 5] == 'R') {
                marker = i;
            }
        }
        // The first array's length field, found from the engine's own encoding of the same array.
        try (GanModel model = TinyModels.random(1)) {
            NDArray first = model.generatorBlock().getParameters().get(0).getValue().getArray();
            int field = marker + first.encode().length - (int) first.size() * 4 - 4;
            assertEquals(first.size() * 4, java.nio.ByteBuffer.wrap(bytes, field, 4).getInt(), "test setup");
            java.nio.ByteBuffer.wrap(bytes, field, 4).putInt(Integer.MAX_VALUE);
        }
        Files.write(weights, bytes);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> GanModel.load(folder, Device.cpu()).close());
        assertTrue(e.getMessage().startsWith(weights + ": file is truncated or corrupt: array 1 declares "
                + "2147483647 bytes"), e.getMessage());
    }

    @Test
    void load_nanWeights_namesParameter() throws Exception {
        Path folder = dir.resolve("nan");
        try (GanModel model = TinyModels.random(1)) {
            NDArray weight = model.generatorBlock().getParameters().get(0).getValue().getArray();
            weight.set(new ai.djl.ndarray.index.NDIndex("0, 0"), Float.NaN);
            model.save(folder);
        }
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> GanModel.load(folder, Device.cpu()).close());
        // Named by its path, as every model folder has a generator.params.
        assertTrue(e.getMessage().startsWith(folder.resolve("generator.params") + ": parameter '"), e.getMessage());
        assertTrue(e.getMessage().endsWith("contains NaN values"), e.getMessage());
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void replace(Path folder, String from, String to) {
        try {
            rewriteManifest(folder, from, to);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void truncate(Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            try (OutputStream out = Files.newOutputStream(p)) {
                out.write(bytes, 0, bytes.length / 2);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
