package org.latentbrush.bridge.upscale;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.latentbrush.bridge.generator.ManifestFields;
import org.latentbrush.bridge.generator.ModelLoadException;

/**
 * Reads and checks an upscaler's {@code manifest.json}, naming the first bad field, before any
 * network is built.
 */
public final class UpscalerManifestReader {

    /** The names upscalers (and the generator manifests that point at them) may have. */
    public static final Pattern NAME = ManifestFields.NAME;

    private UpscalerManifestReader() {}

    /**
     * Reads the manifest of an upscaler folder.
     *
     * @param file the manifest file
     * @return the checked manifest
     * @throws ModelLoadException naming the file by its path and the first problem
     */
    public static UpscalerManifest read(Path file) throws ModelLoadException {
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
    public static UpscalerManifest parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the manifest must be a JSON object");
        }
        String format = ManifestFields.text(root, "format");
        if (!UpscalerManifest.FORMAT.equals(format)) {
            throw new IllegalArgumentException("field 'format' must be \"" + UpscalerManifest.FORMAT
                    + "\", was \"" + format + "\"" + ("latent-brush-model".equals(format)
                            ? " (this folder holds a generator, not an upscaler)" : ""));
        }
        int version = ManifestFields.integer(root, "version");
        if (version != UpscalerManifest.VERSION) {
            throw new IllegalArgumentException("version " + version + " is not supported (this "
                    + "program reads version " + UpscalerManifest.VERSION + ")");
        }
        String name = ManifestFields.text(root, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("field 'name' must be lower-case letters, digits, "
                    + "'.', '_' or '-', was \"" + name + "\"");
        }
        JsonNode arch = ManifestFields.object(root, "architecture");
        // Read first: their own messages name the field already, and must not be reworded below.
        int scale = ManifestFields.integer(root, "scale");
        int channels = ManifestFields.integer(root, "channels");
        int width = ManifestFields.integer(arch, "width", "architecture.width");
        int depth = ManifestFields.integer(arch, "depth", "architecture.depth");
        UpscalerSpec spec;
        try {
            spec = new UpscalerSpec(scale, channels, width, depth);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            if (message.startsWith("width") || message.startsWith("depth")) {
                message = "architecture." + message;
            }
            throw new IllegalArgumentException("field '" + message.replaceFirst(" ", "' "));
        }
        String weights = ManifestFields.fileName(root, "weights", "weights", "upscaler's folder");
        Map<String, Object> training = ManifestFields.training(root);
        return new UpscalerManifest(name, ManifestFields.text(root, "title"), spec, weights,
                ManifestFields.text(root, "licence"), sources(root), training);
    }

    private static List<UpscalerManifest.Source> sources(JsonNode root) {
        JsonNode list = root.get("sources");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("field 'sources' must list the training images' "
                    + "sources, each with its licence");
        }
        List<UpscalerManifest.Source> sources = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                throw new IllegalArgumentException("field 'sources[" + i + "]' must be an object");
            }
            String field = "sources[" + i + "]";
            sources.add(new UpscalerManifest.Source(ManifestFields.text(item, "name", field + ".name"),
                    ManifestFields.text(item, "licence", field + ".licence")));
        }
        return sources;
    }
}
