package org.latentbrush.app.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.latentbrush.app.history.AddStrokeEdit;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.PickCandidateEdit;
import org.latentbrush.app.history.SavedEdit;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokesFile;
import org.latentbrush.bridge.constraint.StrokesFormatException;

/**
 * Reads the undo history that {@link HistoryWriter} wrote, checking every number before using it.
 *
 * <p>A history that cannot be read costs only itself: the session opens without it and the
 * problem is reported, since the strokes and the result are the user's work.
 */
final class HistoryReader {

    /**
     * Most JSON tokens a history may hold: its stroke pool, which is a strokes file, runs naming at
     * most {@link HistoryWriter#MAX_STROKE_REFERENCES} strokes (4 tokens a run of one), and room for
     * the states and edits. Reading stops there, before a large file's tree fills memory.
     */
    static final long MAX_TOKENS = StrokesFile.MAX_TOKENS + 4 * HistoryWriter.MAX_STROKE_REFERENCES + 100_000;
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxTokenCount(MAX_TOKENS).build())
            .build()).build();

    /** Longest name of an edit a history holds; the editor's are a few words. */
    static final int MAX_LABEL = 200;

    private final String where;
    private final List<Stroke> pool;
    private final float[][] latents;
    private final List<DocumentState> states = new ArrayList<>();

    private HistoryReader(String where, List<Stroke> pool, float[][] latents) {
        this.where = where;
        this.pool = pool;
        this.latents = latents;
    }

    /**
     * Reads the history a manifest names.
     *
     * @param entries the session's entries
     * @param field the manifest's {@code history} field
     * @param latentSize the length of the model's latents
     * @param name the session file's name, for messages
     * @return the history, or an empty one that says why it could not be read
     */
    static SessionHistory read(Map<String, byte[]> entries, JsonNode field, int latentSize, String name) {
        try {
            return parse(entries, field, latentSize, name);
        } catch (SessionFormatException e) {
            return SessionHistory.unreadable(e.getMessage());
        }
    }

    private static SessionHistory parse(Map<String, byte[]> entries, JsonNode field, int latentSize, String name)
            throws SessionFormatException {
        String file = field.path("file").asText("");
        String latentEntry = field.path("latents").asText("");
        if (file.isBlank() || latentEntry.isBlank()) {
            throw new SessionFormatException(name + ": " + SessionFile.MANIFEST
                    + ": field 'history' must name the history's file and latents");
        }
        String where = name + ": " + file;
        byte[] bytes = entries.get(file);
        if (bytes == null) {
            throw new SessionFormatException(where + " is missing");
        }
        if (bytes.length == 0) {
            throw new SessionFormatException(where + " is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new SessionFormatException(where + " holds more than " + MAX_TOKENS
                    + " JSON values, more than any history this editor writes", e);
        } catch (IOException e) {
            throw new SessionFormatException(where + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new SessionFormatException(where + " must be a JSON object");
        }
        ConstraintSet pool;
        try {
            pool = StrokesFile.parse(root.get("strokes"), where + ": strokes");
        } catch (StrokesFormatException e) {
            throw new SessionFormatException(e.getMessage(), e);
        }
        HistoryReader reader = new HistoryReader(where, pool.strokes(),
                Latents.readAll(entries.get(latentEntry), latentEntry, latentSize, name));
        reader.states(array(root, "states", 2 * HistoryWriter.MAX_EDITS, where), pool);
        List<SavedEdit> edits = reader.edits(array(root, "edits", HistoryWriter.MAX_EDITS, where));
        JsonNode position = root.get("position");
        if (position == null || !position.isInt() || position.asInt() < 0 || position.asInt() > edits.size()) {
            throw new SessionFormatException(where + ": field 'position' must be a whole number from 0 to "
                    + edits.size() + " (the number of edits applied)");
        }
        return SessionHistory.of(edits, position.asInt());
    }

    private static JsonNode array(JsonNode root, String field, int most, String where)
            throws SessionFormatException {
        JsonNode node = root.get(field);
        if (node == null || !node.isArray()) {
            throw new SessionFormatException(where + ": field '" + field + "' must be an array");
        }
        if (node.size() > most) {
            throw new SessionFormatException(where + ": " + node.size() + " " + field + "; a session keeps at most "
                    + most);
        }
        return node;
    }

    private void states(JsonNode nodes, ConstraintSet pool) throws SessionFormatException {
        long references = 0;
        for (int s = 0; s < nodes.size(); s++) {
            JsonNode node = nodes.get(s);
            String at = where + ": state " + s;
            JsonNode runs = node.get("strokes");
            if (runs == null || !runs.isArray()) {
                throw new SessionFormatException(at + ": field 'strokes' must be an array of [first, count]");
            }
            List<Stroke> strokes = new ArrayList<>();
            for (JsonNode run : runs) {
                if (!run.isArray() || run.size() != 2 || !run.get(0).isInt() || !run.get(1).isInt()
                        || run.get(0).asInt() < 0 || run.get(1).asInt() < 1
                        || (long) run.get(0).asInt() + run.get(1).asInt() > pool.strokes().size()) {
                    throw new SessionFormatException(at + ": stroke run " + run + " must be [first, count] within the "
                            + pool.strokes().size() + " strokes");
                }
                references += run.get(1).asInt();
                if (references > HistoryWriter.MAX_STROKE_REFERENCES) {
                    throw new SessionFormatException(at + ": the states name more than "
                            + HistoryWriter.MAX_STROKE_REFERENCES + " strokes in all");
                }
                int first = run.get(0).asInt();
                strokes.addAll(pool.strokes().subList(first, first + run.get(1).asInt()));
            }
            JsonNode settled = node.get("settled");
            if (settled == null || !settled.isBoolean()) {
                throw new SessionFormatException(at + ": field 'settled' must be true or false");
            }
            float[] anchor = node.hasNonNull("anchor") ? latent(node, "anchor", at) : null;
            states.add(new DocumentState(new ConstraintSet(pool.canvasWidth(), pool.canvasHeight(), strokes),
                    latent(node, "z", at), null, anchor, latent(node, "start", at), settled.asBoolean()));
        }
    }

    private List<SavedEdit> edits(JsonNode nodes) throws SessionFormatException {
        List<SavedEdit> edits = new ArrayList<>();
        for (int e = 0; e < nodes.size(); e++) {
            JsonNode node = nodes.get(e);
            String at = where + ": edit " + e;
            String kind = node.path("kind").asText("");
            if (!SavedEdit.KINDS.contains(kind)) {
                throw new SessionFormatException(at + ": field 'kind' must be one of " + SavedEdit.KINDS + ", was \""
                        + kind + "\"");
            }
            DocumentState before = states.get(index(node, "before", states.size(), at));
            DocumentState after = states.get(index(node, "after", states.size(), at));
            Stroke stroke = AddStrokeEdit.KIND.equals(kind) ? pool.get(index(node, "stroke", pool.size(), at)) : null;
            int rank = 0;
            if (PickCandidateEdit.KIND.equals(kind)) {
                JsonNode r = node.get("rank");
                if (r == null || !r.isInt() || r.asInt() < 1) {
                    throw new SessionFormatException(at + ": field 'rank' must be a whole number from 1");
                }
                rank = r.asInt();
            }
            edits.add(new SavedEdit(kind, before, after, stroke, rank, label(node, at)));
        }
        return edits;
    }

    /** The optional name the history shows (a drag's, a slider's); older files have none. */
    private static String label(JsonNode node, String at) throws SessionFormatException {
        JsonNode label = node.get("label");
        if (label == null || label.isNull()) {
            return null;
        }
        if (!label.isTextual() || label.asText().isBlank() || label.asText().length() > MAX_LABEL) {
            throw new SessionFormatException(at + ": field 'label' must be a name of 1 to " + MAX_LABEL
                    + " characters");
        }
        return label.asText();
    }

    private float[] latent(JsonNode node, String field, String at) throws SessionFormatException {
        return latents[index(node, field, latents.length, at)];
    }

    /** A number naming one of {@code count} things. */
    private static int index(JsonNode node, String field, int count, String at) throws SessionFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt() || value.asInt() < 0 || value.asInt() >= count) {
            throw new SessionFormatException(at + ": field '" + field + "' must be a whole number from 0 to "
                    + (count - 1) + " (" + count + " to choose from), was " + value);
        }
        return value.asInt();
    }
}
