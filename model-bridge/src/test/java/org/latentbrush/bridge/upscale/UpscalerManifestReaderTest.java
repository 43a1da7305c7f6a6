package org.latentbrush.bridge.upscale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.generator.ModelLoadException;

/** Tests {@link UpscalerManifestReader} and {@link UpscalerManifestWriter}. */
class UpscalerManifestReaderTest {

    private static final UpscalerManifest GOOD = new UpscalerManifest("landscape-x4", "Landscapes x4",
            new UpscalerSpec(4, 3, 32, 6), "upscaler.params", "MIT",
            List.of(new UpscalerManifest.Source("renders", "own"), new UpscalerManifest.Source("photos", "GPL-2+")),
            Map.of("steps", 10));

    @TempDir
    Path dir;

    @Test
    void writtenManifest_readsBackEqual() throws Exception {
        Path file = dir.resolve("manifest.json");
        UpscalerManifestWriter.write(GOOD, file);
        assertEquals(GOOD, UpscalerManifestReader.read(file));
    }

    @Test
    void badFields_areNamed() {
        assertRefused(n -> n.put("format", "latent-brush-model"), "holds a generator, not an upscaler");
        assertRefused(n -> n.put("scale", 3), "field 'scale' must be 2 or 4, was 3");
        assertRefused(n -> n.put("channels", 2), "field 'channels' must be 1 or 3");
        assertRefused(n -> ((ObjectNode) n.get("architecture")).put("width", 100000),
                "field 'architecture.width' must be 4 to 128");
        assertRefused(n -> ((ObjectNode) n.get("architecture")).put("depth", -1),
                "field 'architecture.depth' must be 0 to 16");
        assertRefused(n -> n.put("weights", "../x.params"), "field 'weights' must be a plain file name");
        assertRefused(n -> n.remove("sources"), "field 'sources' must list the training images' sources");
        assertRefused(n -> n.putArray("sources").addObject().put("name", "x"), "field 'sources[0].licence' is missing");
        assertRefused(n -> n.put("version", 2), "version 2 is not supported");
        assertRefused(n -> n.put("name", "Bad Name"), "field 'name' must be lower-case");
    }

    @Test
    void missingOrBrokenFile_isRefusedNamingItWithItsFolder() throws Exception {
        Path file = dir.resolve("x4-landscape").resolve("manifest.json");
        ModelLoadException missing = assertThrows(ModelLoadException.class, () -> UpscalerManifestReader.read(file));
        assertTrue(missing.getMessage().startsWith(file + ": file not found"), missing.getMessage());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ not json");
        ModelLoadException broken = assertThrows(ModelLoadException.class, () -> UpscalerManifestReader.read(file));
        assertTrue(broken.getMessage().startsWith(file + ": not valid JSON"), broken.getMessage());
        Files.writeString(file, "{\"format\": \"latent-brush-upscaler\", \"version\": 7}");
        ModelLoadException field = assertThrows(ModelLoadException.class, () -> UpscalerManifestReader.read(file));
        assertTrue(field.getMessage().startsWith(file + ": version 7 is not supported"), field.getMessage());
    }

    @Test
    void unknownUpscalerName_isRefusedNamingTheBuiltInOnes() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> UpscalerLocator.resolve("no-such-upscaler"));
        assertTrue(e.getMessage().contains("no such upscaler"), e.getMessage());
    }

    private static void assertRefused(Consumer<ObjectNode> damage, String expected) {
        ObjectNode node = UpscalerManifestWriter.toJson(GOOD);
        damage.accept(node);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UpscalerManifestReader.parse(new ObjectMapper().readTree(node.toString())));
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should say '" + expected + "'");
    }
}
