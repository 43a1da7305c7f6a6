package org.latentbrush.bridge.generator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads and checks a model's {@code manifest.json}.
 *
 * <p>Every field is checked before anything is built, so a user sees "models/foo/manifest.json:
 * field 'imageSize' must be a power of two of at least 8, was 48" rather than an engine error later.
 */
public final class ManifestReader {

    private static final Pattern NAME = ManifestFields.NAME;

    private ManifestReader() {}

    /**
     * Reads the manifest of a model folder.
     *
     * @param file the manifest file
     * @return the checked manifest
     * @throws ModelLoadException naming the file by its path and the first problem
     */
    public static ModelManifest read(Path file) throws ModelLoadException {
        JsonNode root = ManifestFields.readTree(file);
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw ModelLoadException.inFolder(file, e.getMessage(), e);
        }
    }

    /**
     * Checks a parsed manifest.
     *
     * @param root the JSON tree
     * @return the manifest
     * @throws IllegalArgumentException naming the first bad field
     */
    public static ModelManifest parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the manifest must be a JSON object");
        }
        String format = ManifestFields.text(root, "format");
        if (!ModelManifest.FORMAT.equals(format)) {
            throw new IllegalArgumentException("field 'format' must be \"" + ModelManifest.FORMAT
                    + "\", was \"" + format + "\"");
        }
        int version = ManifestFields.integer(root, "version");
        if (version != ModelManifest.VERSION) {
            throw new IllegalArgumentException("version " + version + " is not supported (this "
                    + "program reads version " + ModelManifest.VERSION + ")");
        }
        String name = ManifestFields.text(root, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("field 'name' must be lower-case letters, digits, "
                    + "'.', '_' or '-', was \"" + name + "\"");
        }
        JsonNode arch = ManifestFields.object(root, "architecture");
        String typeName = ManifestFields.text(arch, "type");
        ArchitectureType type = ArchitectureType.fromManifestName(typeName).orElseThrow(() ->
                new IllegalArgumentException("field 'architecture.type' must be one of "
                        + ArchitectureType.knownNames() + ", was \"" + typeName + "\""));
        ArchitectureSpec spec = spec(root, arch, type);
        JsonNode range = root.get("valueRange");
        if (range == null || !range.isArray() || range.size() != 2 || !range.get(0).isNumber()
                || !range.get(1).isNumber() || range.get(0).asDouble() >= range.get(1).asDouble()) {
            throw new IllegalArgumentException(
                    "field 'valueRange' must be two increasing numbers, e.g. [-1, 1]");
        }
        Optional<ModelManifest.EncoderSpec> encoder = Optional.empty();
        if (root.hasNonNull("encoder")) {
            JsonNode enc = ManifestFields.object(root, "encoder");
            encoder = Optional.of(new ModelManifest.EncoderSpec(
                    fileName(enc, "weights", "encoder.weights"), positive(enc, "baseWidth", "encoder.baseWidth")));
        }
        Map<String, Object> training = ManifestFields.training(root);
        Optional<String> upscaler = Optional.empty();
        if (root.hasNonNull("upscaler")) {
            String named = ManifestFields.text(root, "upscaler");
            if (!NAME.matcher(named).matches()) {
                throw new IllegalArgumentException("field 'upscaler' must name an upscaler: lower-case "
                        + "letters, digits, '.', '_' or '-', was \"" + named + "\"");
            }
            upscaler = Optional.of(named);
        }
        OptionalDouble continuityWeight = OptionalDouble.empty();
        if (root.hasNonNull("continuityWeight")) {
            JsonNode weight = root.get("continuityWeight");
            if (!weight.isNumber()) {
                throw new IllegalArgumentException("field 'continuityWeight' must be a number, was " + weight);
            }
            // Its range is the manifest's own check.
            continuityWeight = OptionalDouble.of(weight.asDouble());
        }
        return new ModelManifest(name, ManifestFields.text(root, "title"), spec, range.get(0).asDouble(),
                range.get(1).asDouble(), fileName(root, "weights", "weights"), encoder,
                ManifestFields.text(root, "dataset"), ManifestFields.text(root, "licence"), training,
                upscaler, continuityWeight, liveShape(root));
    }

    /** The optional {@code liveProtocol} object; each of its fields may be left out. */
    private static LiveShape liveShape(JsonNode root) {
        if (!root.hasNonNull("liveProtocol")) {
            return LiveShape.DEFAULTS;
        }
        JsonNode live = ManifestFields.object(root, "liveProtocol");
        // Their range is the shape's own check.
        return new LiveShape(optionalInteger(live, "iterations"), optionalInteger(live, "earlyStopWindow"),
                optionalInteger(live, "narrowEvery"));
    }

    private static OptionalInt optionalInteger(JsonNode live, String field) {
        return live.hasNonNull(field)
                ? OptionalInt.of(ManifestFields.integer(live, field, "liveProtocol." + field))
                : OptionalInt.empty();
    }

    private static ArchitectureSpec spec(JsonNode root, JsonNode arch, ArchitectureType type) {
        int latent = positive(root, "latentSize", "latentSize");
        int size = positive(root, "imageSize", "imageSize");
        int channels = positive(root, "channels", "channels");
        int width = positive(arch, "baseWidth", "architecture.baseWidth");
        try {
            return new ArchitectureSpec(latent, size, channels, width, type);
        } catch (IllegalArgumentException e) {
            // The spec's messages start with the field's name: "imageSize must be ...".
            throw new IllegalArgumentException("field '" + e.getMessage().replaceFirst(" ", "' "));
        }
    }

    private static String fileName(JsonNode node, String field, String path) {
        return ManifestFields.fileName(node, field, path, "model folder");
    }

    private static int positive(JsonNode node, String field, String path) {
        int value = ManifestFields.integer(node, field, path);
        if (value < 1) {
            throw new IllegalArgumentException("field '" + path + "' must be a positive integer, was " + value);
        }
        return value;
    }
}
