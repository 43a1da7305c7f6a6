package org.latentbrush.bridge.directions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.generator.ModelLoadException;

class DirectionsReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(LatentDirections.FILE_NAME);
    }

    private void writeValid() throws IOException {
        DirectionsWriter.write(TestDirections.along(8, 3), file());
    }

    /** Writes the valid file changed by {@code change}, and returns the reader's message about it. */
    private String refusal(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = DirectionsWriter.toJson(TestDirections.along(8, 3));
        change.accept(root);
        Files.write(file(), JSON.writeValueAsBytes(root));
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> DirectionsReader.read(file(), 8, TestDirections.FINGERPRINT));
        assertTrue(e.getMessage().startsWith(file() + ": "), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    private static ObjectNode direction(ObjectNode root, int k) {
        return (ObjectNode) root.get("directions").get(k);
    }

    @Test
    void writeThenRead_givesTheSameDirections() throws Exception {
        LatentDirections written = TestDirections.along(8, 3);
        writeValid();
        LatentDirections read = DirectionsReader.read(file(), 8, TestDirections.FINGERPRINT);
        assertEquals(written.origin(), read.origin());
        assertEquals(3, read.size());
        for (int k = 0; k < 3; k++) {
            LatentDirection a = written.directions().get(k);
            LatentDirection b = read.directions().get(k);
            assertEquals(a.name(), b.name());
            assertEquals(a.index(), b.index());
            assertEquals(a.effect(), b.effect());
            assertEquals(a.confirmation(), b.confirmation());
            assertArrayEquals(a.vector(), b.vector());
            assertEquals(a.step(), b.step());
        }
    }

    @Test
    void readIfPresent_noFile_isEmpty() throws Exception {
        assertTrue(DirectionsReader.readIfPresent(dir, 8, TestDirections.FINGERPRINT).isEmpty());
        writeValid();
        assertEquals(3, DirectionsReader.readIfPresent(dir, 8, TestDirections.FINGERPRINT).orElseThrow().size());
    }

    @Test
    void vectorOfAnotherLatentSize_refusedNamingTheDirection() throws Exception {
        String message = refusal(root -> ((ArrayNode) direction(root, 1).get("vector")).remove(7));
        assertTrue(message.contains("direction 2: field 'vector' has 7 values, the model's latent has 8"),
                message);
    }

    @Test
    void notAUnitVector_refused() throws Exception {
        String message = refusal(root -> ((ArrayNode) direction(root, 0).get("vector")).set(0, 3.0));
        assertTrue(message.contains("direction 1: field 'vector' must be a unit vector"), message);
    }

    @Test
    void textInAVector_refused() throws Exception {
        String message = refusal(root -> ((ArrayNode) direction(root, 2).get("vector")).set(3, "x"));
        assertTrue(message.contains("direction 3: field 'vector' holds \"x\" at 3"), message);
    }

    @Test
    void emptyName_refused() throws Exception {
        String message = refusal(root -> direction(root, 0).put("name", " "));
        assertTrue(message.contains("direction 1: field 'name' must be 1 to 40 characters"), message);
    }

    @Test
    void twoDirectionsOfOneName_refused() throws Exception {
        String message = refusal(root -> direction(root, 2).put("name", "Dusk"));
        assertTrue(message.contains("two directions are named \"Dusk\""), message);
    }

    @Test
    void rangeWithoutZero_refused() throws Exception {
        String message = refusal(root -> direction(root, 0).put("minimum", 1.0));
        assertTrue(message.contains("direction 1: fields 'minimum' and 'maximum'"), message);
    }

    @Test
    void missingLayers_refused() throws Exception {
        String message = refusal(root -> direction(root, 1).remove("layers"));
        assertTrue(message.contains("direction 2: field 'layers' is missing"), message);
    }

    @Test
    void otherFormat_refused() throws Exception {
        String message = refusal(root -> root.put("format", "latent-brush-model"));
        assertTrue(message.contains("field 'format' must be \"latent-brush-directions\""), message);
    }

    @Test
    void otherWeights_refusedSayingHowToRecompute() throws Exception {
        writeValid();
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> DirectionsReader.read(file(), 8, "fedcba9876543210"));
        assertTrue(e.getMessage().contains("was computed for other weights of model tiny-16"), e.getMessage());
        assertTrue(e.getMessage().contains("latent-brush directions"), e.getMessage());
    }

    @Test
    void notJson_refusedNamingTheFile() throws Exception {
        Files.writeString(file(), "{\"format\": \"latent-brush-directions\", ");
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> DirectionsReader.read(file(), 8, TestDirections.FINGERPRINT));
        assertTrue(e.getMessage().startsWith(file() + ": not valid JSON"), e.getMessage());
    }

    @Test
    void nonFiniteNumber_refused() throws Exception {
        String text = JSON.writeValueAsString(DirectionsWriter.toJson(TestDirections.along(8, 1)))
                .replace("\"step\":0.9", "\"step\":NaN");
        assertTrue(text.contains("NaN"), "the test writes a NaN");
        Files.writeString(file(), text);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> DirectionsReader.read(file(), 8, TestDirections.FINGERPRINT));
        assertTrue(e.getMessage().startsWith(file().toString()), e.getMessage());
    }
}
