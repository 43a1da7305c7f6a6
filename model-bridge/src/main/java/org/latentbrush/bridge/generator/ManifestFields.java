package org.latentbrush.bridge.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.latentbrush.bridge.io.IoMessages;

/**
 * Reading a manifest file and its fields, with one message per problem that names the field: what
 * the model and the upscaler manifest readers share.
 */
public final class ManifestFields {

    /** The names models and upscalers may have, and that manifests use to point at them. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** A manifest is a few kilobytes; one larger than this is not a manifest, and is not read into memory. */
    static final long MAX_BYTES = 1L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestFields() {}

    /**
     * Reads a manifest file's JSON.
     *
     * @param file the file
     * @return its tree
     * @throws ModelLoadException naming the file by its path (every folder has a manifest.json):
     *     missing, unreadable or not JSON
     */
    public static JsonNode readTree(Path file) throws ModelLoadException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ModelLoadException.inFolder(file, IoMessages.EMPTY_FILE, null);
            }
            if (size > MAX_BYTES) {
                throw ModelLoadException.inFolder(file, "the file is larger than " + (MAX_BYTES >> 20)
                        + " MB; a manifest is a few kilobytes", null);
            }
            return JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw ModelLoadException.inFolder(file, "file not found", e);
        } catch (JsonProcessingException e) {
            throw ModelLoadException.inFolder(file, "not valid JSON: " + e.getOriginalMessage() + locationOf(e), e);
        } catch (IOException e) {
            throw ModelLoadException.inFolder(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The object at {@code field}. */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not an object");
        }
        return value;
    }

    /** The string at a top-level {@code field}, named as it is in messages. */
    public static String text(JsonNode node, String field) {
        return text(node, field, field);
    }

    /** The string at {@code field}, named {@code path} in messages. */
    public static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("field '" + path + "' is missing");
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + path + "' must be a string");
        }
        return value.asText();
    }

    /** The integer at a top-level {@code field}, named as it is in messages. */
    public static int integer(JsonNode node, String field) {
        return integer(node, field, field);
    }

    /** The integer at {@code field}, named {@code path} in messages. */
    public static int integer(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("field '" + path + "' is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + path + "' must be an integer, was " + value);
        }
        return value.asInt();
    }

    /** A plain file name inside the manifest's folder, never a path out of it. */
    public static String fileName(JsonNode node, String field, String path, String folder) {
        String value = text(node, field, path);
        if (value.isBlank() || value.contains("/") || value.contains("\\") || value.startsWith(".")) {
            throw new IllegalArgumentException("field '" + path + "' must be a plain file name inside the "
                    + folder + ", was \"" + value + "\"");
        }
        return value;
    }

    /** The free-form {@code training} record, or an empty map without one. */
    public static Map<String, Object> training(JsonNode root) {
        return root.hasNonNull("training")
                ? JSON.convertValue(object(root, "training"), JSON.getTypeFactory()
                        .constructMapType(Map.class, String.class, Object.class))
                : Map.of();
    }

    /**
     * An unmodifiable copy of a training record that keeps its fields' order. {@code Map.copyOf}
     * does not, so every rewrite of a manifest (a new encoder, a quality measurement) shuffled the
     * record's fields and buried the real change in its diff. Null keys and values are refused, as
     * {@code Map.copyOf} refuses them.
     */
    public static Map<String, Object> orderedCopy(Map<String, Object> training) {
        Map.copyOf(training);
        return Collections.unmodifiableMap(new LinkedHashMap<>(training));
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
