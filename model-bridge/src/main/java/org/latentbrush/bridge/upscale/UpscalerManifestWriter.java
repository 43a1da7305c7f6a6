package org.latentbrush.bridge.upscale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.latentbrush.bridge.io.AtomicFiles;

/** Writes an {@link UpscalerManifest}, the inverse of {@link UpscalerManifestReader}. */
public final class UpscalerManifestWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UpscalerManifestWriter() {}

    /**
     * Converts a manifest to its JSON tree, in the documented field order.
     *
     * @param manifest the manifest
     * @return the tree
     */
    public static ObjectNode toJson(UpscalerManifest manifest) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", UpscalerManifest.FORMAT);
        root.put("version", UpscalerManifest.VERSION);
        root.put("name", manifest.name());
        root.put("title", manifest.title());
        root.put("scale", manifest.spec().scale());
        root.put("channels", manifest.spec().channels());
        ObjectNode arch = root.putObject("architecture");
        arch.put("width", manifest.spec().width());
        arch.put("depth", manifest.spec().depth());
        root.put("weights", manifest.weightsFile());
        root.put("licence", manifest.licence());
        ArrayNode sources = root.putArray("sources");
        for (UpscalerManifest.Source source : manifest.sources()) {
            sources.addObject().put("name", source.name()).put("licence", source.licence());
        }
        root.set("training", JSON.valueToTree(manifest.training()));
        return root;
    }

    /**
     * Writes the manifest atomically.
     *
     * @param manifest the manifest
     * @param file the target file
     * @throws IOException if it cannot be written
     */
    public static void write(UpscalerManifest manifest, Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(toJson(manifest)));
    }
}
