package org.latentbrush.bridge.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.latentbrush.bridge.io.AtomicFiles;

/** Writes a {@link ModelManifest} as {@code manifest.json}, the inverse of {@link ManifestReader}. */
public final class ManifestWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestWriter() {}

    /**
     * Converts a manifest to its JSON tree.
     *
     * @param manifest the manifest
     * @return the tree, in the documented field order
     */
    public static ObjectNode toJson(ModelManifest manifest) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", ModelManifest.FORMAT);
        root.put("version", ModelManifest.VERSION);
        root.put("name", manifest.name());
        root.put("title", manifest.title());
        root.put("latentSize", manifest.latentSize());
        root.put("imageSize", manifest.imageSize());
        root.put("channels", manifest.channels());
        root.putArray("valueRange").add(manifest.valueLow()).add(manifest.valueHigh());
        ObjectNode arch = root.putObject("architecture");
        arch.put("type", manifest.architecture().type().manifestName());
        arch.put("baseWidth", manifest.architecture().baseWidth());
        root.put("weights", manifest.generatorFile());
        manifest.encoder().ifPresent(enc -> {
            ObjectNode node = root.putObject("encoder");
            node.put("weights", enc.file());
            node.put("baseWidth", enc.baseWidth());
        });
        root.put("dataset", manifest.dataset());
        root.put("licence", manifest.licence());
        manifest.upscaler().ifPresent(name -> root.put("upscaler", name));
        manifest.continuityWeight().ifPresent(weight -> root.put("continuityWeight", weight));
        LiveShape shape = manifest.liveShape();
        if (!shape.isDefault()) {
            ObjectNode live = root.putObject("liveProtocol");
            shape.iterations().ifPresent(n -> live.put("iterations", n));
            shape.earlyStopWindow().ifPresent(n -> live.put("earlyStopWindow", n));
            shape.narrowEvery().ifPresent(n -> live.put("narrowEvery", n));
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
    public static void write(ModelManifest manifest, Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(toJson(manifest)));
    }
}
