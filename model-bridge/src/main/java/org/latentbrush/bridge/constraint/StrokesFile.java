package org.latentbrush.bridge.constraint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.io.IoMessages;

/**
 * Reads and writes the versioned strokes format ({@code docs/FORMATS.md}).
 *
 * <pre>{@code
 * {"format": "latent-brush-strokes", "version": 1,
 *  "canvas": {"width": 512, "height": 512},
 *  "strokes": [{"tool": "color", "color": "#3a8f2c", "radius": 12, "points": [[10,400],[200,410]]}]}
 * }</pre>
 */
public final class StrokesFile {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "latent-brush-strokes";

    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    /** Refuse files larger than this: a strokes file of a long session is well under a megabyte. */
    static final long MAX_BYTES = 64L << 20;

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Most points in one file: far more than hand-drawn strokes on a 512-pixel canvas need. */
    public static final int MAX_POINTS = 200_000;
    /** Largest canvas side a file may name. */
    static final int MAX_CANVAS = 16_384;

    /**
     * Most JSON tokens a strokes file may hold: what {@link #MAX_POINTS} points need even when every
     * stroke has one point ({@code [x, y]} is 4 tokens, a stroke's object and fields 11 more), and
     * room for the rest. Parsing stops there, so a file under the byte limit cannot build a tree of
     * gigabytes (a 64 MB file of points would) before its points are counted.
     */
    public static final long MAX_TOKENS = MAX_POINTS * (4L + 11L) + 10_000;

    // Trailing tokens: a file with anything after its JSON object is not a strokes file.
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
                    StreamReadConstraints.builder().maxTokenCount(MAX_TOKENS).build()).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private StrokesFile() {}

    /**
     * Reads a strokes file.
     *
     * @param file the file
     * @return the strokes and canvas size
     * @throws StrokesFormatException naming the file, the place and the problem
     */
    public static ConstraintSet read(Path file) throws StrokesFormatException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new StrokesFormatException(name + ": " + IoMessages.EMPTY_FILE);
            }
            if (size > MAX_BYTES) {
                throw new StrokesFormatException(name + ": file is larger than "
                        + (MAX_BYTES >> 20) + " MB; this is not a strokes file");
            }
            return parse(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw new StrokesFormatException(name + ": file not found");
        } catch (IOException e) {
            throw new StrokesFormatException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads strokes from a file's bytes, e.g. an entry of a session file.
     *
     * @param json the file's content
     * @param source what to call it in messages
     * @return the strokes
     * @throws StrokesFormatException naming the source, the place and the problem
     */
    public static ConstraintSet parse(byte[] json, String source) throws StrokesFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new StrokesFormatException(source + ": holds more than " + MAX_TOKENS + " JSON values; a "
                    + "strokes file may have at most " + MAX_POINTS + " points", e);
        } catch (JsonProcessingException e) {
            throw new StrokesFormatException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new StrokesFormatException(source + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(root, source);
    }

    /**
     * Reads strokes from a JSON tree, e.g. one embedded in a session file.
     *
     * @param root the tree
     * @param source what to call it in messages
     * @return the strokes
     * @throws StrokesFormatException naming the place and the problem
     */
    public static ConstraintSet parse(JsonNode root, String source) throws StrokesFormatException {
        if (root == null || !root.isObject()) {
            throw new StrokesFormatException(source + ": must be a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new StrokesFormatException(source + ": field 'format' must be \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.asInt() != VERSION) {
            throw new StrokesFormatException(source + ": version " + version
                    + " is not supported (this program reads version " + VERSION + ")");
        }
        JsonNode canvas = root.get("canvas");
        int width = positiveInt(canvas == null ? null : canvas.get("width"), source, "canvas.width");
        int height = positiveInt(canvas == null ? null : canvas.get("height"), source, "canvas.height");
        if (width > MAX_CANVAS || height > MAX_CANVAS) {
            throw new StrokesFormatException(source + ": the canvas may be at most " + MAX_CANVAS
                    + " pixels on a side, was " + width + " x " + height);
        }
        JsonNode strokes = root.get("strokes");
        if (strokes == null || !strokes.isArray()) {
            throw new StrokesFormatException(source + ": field 'strokes' must be an array");
        }
        long points = 0;
        for (JsonNode stroke : strokes) {
            points += stroke.path("points").size();
        }
        if (points > MAX_POINTS) {
            throw new StrokesFormatException(source + ": " + points + " points in all; a strokes "
                    + "file may have at most " + MAX_POINTS);
        }
        // A brush wider than the canvas paints all of it: anything larger means nothing.
        double maxRadius = Math.max(width, height);
        List<Stroke> list = new ArrayList<>(strokes.size());
        for (int i = 0; i < strokes.size(); i++) {
            String where = source + ": stroke " + (i + 1);
            try {
                list.add(stroke(strokes.get(i), where, maxRadius));
            } catch (IllegalArgumentException e) {
                throw new StrokesFormatException(where + ": " + e.getMessage());
            }
        }
        return new ConstraintSet(width, height, list);
    }

    private static Stroke stroke(JsonNode node, String where, double maxRadius)
            throws StrokesFormatException {
        if (!node.isObject()) {
            throw new StrokesFormatException(where + ": must be an object");
        }
        StrokeTool tool = StrokeTool.fromFileName(node.path("tool").asText(""));
        int rgb = 0;
        if (tool == StrokeTool.COLOR) {
            String color = node.path("color").asText("");
            if (!HEX_COLOR.matcher(color).matches()) {
                throw new StrokesFormatException(where + ": field 'color' must be \"#rrggbb\", was \""
                        + color + "\"");
            }
            rgb = Integer.parseInt(color.substring(1), 16);
        }
        JsonNode radius = node.get("radius");
        if (radius == null || !radius.isNumber()) {
            throw new StrokesFormatException(where + ": field 'radius' must be a number");
        }
        if (!(radius.asDouble() > 0 && radius.asDouble() <= maxRadius)) {
            throw new StrokesFormatException(where + ": field 'radius' must be above 0 and at most "
                    + "the canvas's larger side (" + (long) maxRadius + "), was " + radius.asText());
        }
        JsonNode points = node.get("points");
        if (points == null || !points.isArray() || points.isEmpty()) {
            throw new StrokesFormatException(where + ": field 'points' must be a non-empty array of [x, y]");
        }
        double[] xy = new double[points.size() * 2];
        for (int p = 0; p < points.size(); p++) {
            JsonNode point = points.get(p);
            if (!point.isArray() || point.size() != 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
                throw new StrokesFormatException(where + ": point " + (p + 1) + " must be [x, y], was " + point);
            }
            xy[2 * p] = point.get(0).asDouble();
            xy[2 * p + 1] = point.get(1).asDouble();
        }
        return new Stroke(tool, rgb, radius.asDouble(), xy);
    }

    private static int positiveInt(JsonNode node, String source, String field)
            throws StrokesFormatException {
        if (node == null || !node.isInt() || node.asInt() < 1) {
            throw new StrokesFormatException(source + ": field '" + field + "' must be a positive integer");
        }
        return node.asInt();
    }

    /**
     * Converts strokes to their JSON tree.
     *
     * @param set the strokes
     * @return the tree
     */
    public static ObjectNode toJson(ConstraintSet set) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode canvas = root.putObject("canvas");
        canvas.put("width", set.canvasWidth());
        canvas.put("height", set.canvasHeight());
        ArrayNode strokes = root.putArray("strokes");
        for (Stroke s : set.strokes()) {
            ObjectNode node = strokes.addObject();
            node.put("tool", s.tool().fileName());
            if (s.tool() == StrokeTool.COLOR) {
                node.put("color", s.hexColor());
            }
            node.put("radius", s.radius());
            ArrayNode points = node.putArray("points");
            double[] xy = s.points();
            for (int i = 0; i < xy.length; i += 2) {
                points.addArray().add(xy[i]).add(xy[i + 1]);
            }
        }
        return root;
    }

    /**
     * Writes strokes atomically.
     *
     * @param set the strokes
     * @param file the target file
     * @throws IOException if it cannot be written
     */
    public static void write(ConstraintSet set, Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(toJson(set)));
    }
}
