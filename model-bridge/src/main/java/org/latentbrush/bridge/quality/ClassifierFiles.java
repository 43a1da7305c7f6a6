package org.latentbrush.bridge.quality;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ParameterFiles;
import org.latentbrush.bridge.io.AtomicFiles;

/**
 * Saves and loads a {@link FeatureNetwork} as a folder: {@code classifier.params} (DJL's parameter
 * format) and {@code classifier.json} (its shape, heads and {@link ClassifierRecord}).
 */
public final class ClassifierFiles {

    /** The value of the description's {@code format} field. */
    public static final String FORMAT = "latent-brush-feature-classifier";
    public static final int VERSION = 1;
    public static final String WEIGHTS = "classifier.params";
    public static final String DESCRIPTION = "classifier.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClassifierFiles() {}

    /** Whether {@code folder} holds a saved classifier. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(DESCRIPTION))
                && Files.isRegularFile(folder.resolve(WEIGHTS));
    }

    /**
     * Writes a trained network into a folder, each file atomically.
     *
     * @param net the network, with its record
     * @param folder created if needed
     * @throws IOException if a file cannot be written
     */
    public static void save(FeatureNetwork net, Path folder) throws IOException {
        Files.createDirectories(folder);
        ParameterFiles.save(net.block(), folder.resolve(WEIGHTS));
        ClassifierSpec spec = net.spec();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("task", spec.task());
        root.put("imageSize", spec.imageSize());
        root.put("channels", spec.channels());
        root.put("width", spec.width());
        root.put("featureSize", spec.featureSize());
        ArrayNode heads = root.putArray("heads");
        for (ClassifierHead head : spec.heads()) {
            ObjectNode node = heads.addObject();
            node.put("name", head.name());
            head.classes().forEach(node.putArray("classes")::add);
        }
        root.put("weights", WEIGHTS);
        if (net.record() != null) {
            root.set("training", JSON.valueToTree(net.record()));
        }
        AtomicFiles.write(folder.resolve(DESCRIPTION), JSON.writeValueAsBytes(root));
    }

    /**
     * Loads a classifier and checks that it is the one expected.
     *
     * @param folder the folder {@link #save} wrote
     * @param expected the shape the caller needs
     * @param device where it runs
     * @return the network; the caller closes it
     * @throws ModelLoadException naming the file and what is wrong
     */
    public static FeatureNetwork load(Path folder, ClassifierSpec expected, Device device)
            throws ModelLoadException {
        Path description = folder.resolve(DESCRIPTION);
        JsonNode root;
        try {
            root = JSON.readTree(description.toFile());
        } catch (IOException e) {
            throw new ModelLoadException(description, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())
                || root.path("version").asInt() != VERSION) {
            throw new ModelLoadException(description, "is not a feature classifier description of "
                    + "version " + VERSION);
        }
        ClassifierSpec found;
        try {
            found = new ClassifierSpec(root.path("task").asText(), root.path("imageSize").asInt(),
                    root.path("channels").asInt(), root.path("width").asInt(),
                    root.path("featureSize").asInt(), heads(root));
        } catch (IllegalArgumentException e) {
            throw new ModelLoadException(description, "describes an impossible classifier: "
                    + e.getMessage(), e);
        }
        if (!found.equals(expected)) {
            throw new ModelLoadException(description, "holds a classifier for " + found.task() + " "
                    + found.imageSize() + "x" + found.imageSize() + "x" + found.channels()
                    + " that does not match the " + expected.task() + " " + expected.imageSize()
                    + "x" + expected.imageSize() + "x" + expected.channels()
                    + " one needed; move it away to train a new one");
        }
        FeatureNetwork net = FeatureNetwork.initialised(found, ClassifierSettings.DEFAULT_SEED, device);
        try {
            ParameterFiles.load(net.block(), net.manager(), folder.resolve(WEIGHTS));
            if (root.has("training")) {
                net.record(JSON.treeToValue(root.get("training"), ClassifierRecord.class));
            }
            return net;
        } catch (ModelLoadException | RuntimeException e) {
            net.close();
            throw e;
        } catch (IOException e) {
            net.close();
            throw new ModelLoadException(description, "has a malformed training record: "
                    + e.getMessage(), e);
        }
    }

    private static List<ClassifierHead> heads(JsonNode root) {
        List<ClassifierHead> heads = new ArrayList<>();
        for (JsonNode node : root.path("heads")) {
            List<String> classes = new ArrayList<>();
            node.path("classes").forEach(c -> classes.add(c.asText()));
            heads.add(new ClassifierHead(node.path("name").asText(), classes));
        }
        return heads;
    }
}
