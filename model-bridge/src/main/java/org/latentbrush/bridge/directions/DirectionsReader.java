package org.latentbrush.bridge.directions;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latentbrush.bridge.generator.ManifestFields;
import org.latentbrush.bridge.generator.ModelLoadException;

/**
 * Reads and checks a model's {@code directions.json} against the model it is to move.
 *
 * <p>Every field is checked before anything uses the file, and the message names the file and the
 * direction, e.g. "models/foo/directions.json: direction 3: field 'vector' has 99 values, the
 * model's latent has 100".
 */
public final class DirectionsReader {

    private DirectionsReader() {}

    /**
     * Reads the directions of a model folder, when it has them.
     *
     * @param folder the model folder
     * @param latentSize the model's latent size
     * @param fingerprint the fingerprint of the model's generator weights
     * @return the directions, or empty when the folder has no {@code directions.json}
     * @throws ModelLoadException naming the file and its first problem
     */
    public static Optional<LatentDirections> readIfPresent(Path folder, int latentSize, String fingerprint)
            throws ModelLoadException {
        Path file = folder.resolve(LatentDirections.FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file, latentSize, fingerprint));
    }

    /**
     * Reads a directions file.
     *
     * @param file the file
     * @param latentSize the model's latent size
     * @param fingerprint the fingerprint of the model's generator weights
     * @return the checked directions
     * @throws ModelLoadException naming the file and its first problem
     */
    public static LatentDirections read(Path file, int latentSize, String fingerprint)
            throws ModelLoadException {
        JsonNode root = ManifestFields.readTree(file);
        LatentDirections directions;
        try {
            directions = parse(root, latentSize);
        } catch (IllegalArgumentException e) {
            throw ModelLoadException.inFolder(file, e.getMessage(), e);
        }
        DirectionsOrigin origin = directions.origin();
        if (!origin.fingerprint().equals(fingerprint)) {
            throw ModelLoadException.inFolder(file, "was computed for other weights of model "
                    + origin.model() + " (fingerprint " + origin.fingerprint() + ", the weights have "
                    + fingerprint + "); compute them again with 'latent-brush directions'", null);
        }
        return directions;
    }

    /**
     * Checks a parsed directions file.
     *
     * @param root the JSON tree
     * @param latentSize the model's latent size
     * @return the directions
     * @throws IllegalArgumentException naming the first bad field
     */
    static LatentDirections parse(JsonNode root, int latentSize) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the file must hold a JSON object");
        }
        String format = ManifestFields.text(root, "format");
        if (!LatentDirections.FORMAT.equals(format)) {
            throw new IllegalArgumentException("field 'format' must be \"" + LatentDirections.FORMAT
                    + "\", was \"" + format + "\"");
        }
        int version = ManifestFields.integer(root, "version");
        if (version != LatentDirections.VERSION) {
            throw new IllegalArgumentException("version " + version + " is not supported (this "
                    + "program reads version " + LatentDirections.VERSION + ")");
        }
        DirectionsOrigin origin = new DirectionsOrigin(ManifestFields.text(root, "model"),
                ManifestFields.text(root, "fingerprint"), ManifestFields.text(root, "method"),
                ManifestFields.integer(root, "samples"), longValue(root, "seed"));
        JsonNode array = root.get("directions");
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("field 'directions' is missing or not a list");
        }
        if (array.size() > LatentDirections.MAX_DIRECTIONS) {
            throw new IllegalArgumentException("field 'directions' holds " + array.size()
                    + " directions, at most " + LatentDirections.MAX_DIRECTIONS + " are allowed");
        }
        List<LatentDirection> directions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                directions.add(direction(array.get(i), latentSize));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("direction " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new LatentDirections(origin, directions);
    }

    private static LatentDirection direction(JsonNode node, int latentSize) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("must be a JSON object");
        }
        Optional<Confirmation> confirmation = Optional.empty();
        if (node.hasNonNull("confirmation")) {
            JsonNode c = ManifestFields.object(node, "confirmation");
            confirmation = Optional.of(new Confirmation(ManifestFields.text(c, "measure", "confirmation.measure"),
                    number(c, "minus"), number(c, "zero"), number(c, "plus"),
                    ManifestFields.integer(c, "samples", "confirmation.samples")));
        }
        return new LatentDirection(ManifestFields.integer(node, "index"), ManifestFields.text(node, "name"),
                ManifestFields.text(node, "layers"), ManifestFields.text(node, "effect"),
                vector(node, latentSize), number(node, "step"), number(node, "minimum"),
                number(node, "maximum"), confirmation);
    }

    private static float[] vector(JsonNode node, int latentSize) {
        JsonNode array = node.get("vector");
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("field 'vector' is missing or not a list of numbers");
        }
        if (array.size() != latentSize) {
            throw new IllegalArgumentException("field 'vector' has " + array.size()
                    + " values, the model's latent has " + latentSize);
        }
        float[] vector = new float[latentSize];
        for (int i = 0; i < latentSize; i++) {
            if (!array.get(i).isNumber()) {
                throw new IllegalArgumentException("field 'vector' holds " + array.get(i) + " at " + i
                        + ", not a number");
            }
            vector[i] = (float) array.get(i).asDouble();
        }
        return vector;
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not a number");
        }
        return value.asDouble();
    }

    private static long longValue(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not an integer");
        }
        return value.asLong();
    }
}
