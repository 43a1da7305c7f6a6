package org.latentbrush.app.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latentbrush.app.history.AddStrokeEdit;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.PickCandidateEdit;
import org.latentbrush.app.history.SavedEdit;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokesFile;

/**
 * Writes a session's undo history as two entries: {@code history.json} with a pool of strokes, the
 * documents and the edits, and {@code history.f32} with the latents.
 *
 * <p>The documents of one history share most of their strokes and many latents, so each stroke and
 * each latent is stored once and a document names them by number; a document's strokes are runs of
 * consecutive pool strokes, one run when it extends the document before. Only the newest
 * {@link #MAX_EDITS} edits are kept, fewer when their strokes would exceed what the reader takes.
 */
final class HistoryWriter {

    static final String FILE = "history.json";
    static final String LATENTS = "history.f32";
    /** The most edits a session keeps, the newest: a long session's file cannot grow without bound. */
    static final int MAX_EDITS = 100;
    /** The most strokes all documents name together, counting a shared stroke once per document. */
    static final long MAX_STROKE_REFERENCES = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Stroke, Integer> strokes = new LinkedHashMap<>();
    private final Map<LatentKey, Integer> latents = new LinkedHashMap<>();
    private final Map<StateKey, Integer> states = new LinkedHashMap<>();
    private final List<ObjectNode> edits = new ArrayList<>();
    private ConstraintSet canvas;
    private long points;
    private long references;

    private HistoryWriter() {}

    /**
     * The history's entries by name; none for an empty history.
     *
     * @param history the history
     * @return the entries, {@link #FILE} and {@link #LATENTS}
     * @throws IOException if the JSON cannot be made
     */
    static Map<String, byte[]> entries(SessionHistory history) throws IOException {
        List<SavedEdit> all = history.edits();
        int position = history.position();
        // The newest edits, or those from the position on when more than the limit were undone.
        int from = Math.min(Math.max(0, all.size() - MAX_EDITS), position);
        int to = Math.min(all.size(), from + MAX_EDITS);
        while (from < to) {
            HistoryWriter writer = new HistoryWriter();
            if (writer.addAll(all.subList(from, to))) {
                return writer.entries(position - from);
            }
            // Too many strokes for the reader: the oldest edit goes first, then the furthest redo.
            if (from < position) {
                from++;
            } else {
                to--;
            }
        }
        return Map.of();
    }

    /** Adds the edits; false when they hold more strokes than a reader accepts. */
    private boolean addAll(List<SavedEdit> saved) {
        for (SavedEdit edit : saved) {
            ObjectNode node = JSON.createObjectNode();
            node.put("kind", edit.kind());
            Integer before = state(edit.before());
            Integer after = state(edit.after());
            if (before == null || after == null) {
                return false;
            }
            node.put("before", before);
            node.put("after", after);
            if (AddStrokeEdit.KIND.equals(edit.kind())) {
                node.put("stroke", stroke(edit.stroke()));
            }
            if (PickCandidateEdit.KIND.equals(edit.kind())) {
                node.put("rank", edit.rank());
            }
            if (edit.label() != null && !edit.label().isBlank()) {
                String label = edit.label();
                node.put("label", label.length() > HistoryReader.MAX_LABEL
                        ? label.substring(0, HistoryReader.MAX_LABEL) : label);
            }
            edits.add(node);
        }
        return points <= StrokesFile.MAX_POINTS && references <= MAX_STROKE_REFERENCES;
    }

    /** The document's number, or {@code null} when its canvas differs from the others'. */
    private Integer state(DocumentState state) {
        ConstraintSet set = state.strokes();
        if (canvas == null) {
            canvas = set;
        } else if (set.canvasWidth() != canvas.canvasWidth() || set.canvasHeight() != canvas.canvasHeight()) {
            return null;
        }
        List<Integer> runs = new ArrayList<>();
        for (Stroke s : set.strokes()) {
            int index = stroke(s);
            int last = runs.size() - 2;
            if (last >= 0 && runs.get(last) + runs.get(last + 1) == index) {
                runs.set(last + 1, runs.get(last + 1) + 1);
            } else {
                runs.add(index);
                runs.add(1);
            }
        }
        int anchor = state.anchor() == null ? -1 : latent(state.anchor());
        StateKey key = new StateKey(runs, latent(state.z()), latent(state.start()), anchor, state.settled());
        Integer known = states.get(key);
        if (known == null) {
            references += set.strokes().size();
            known = states.size();
            states.put(key, known);
        }
        return known;
    }

    private int stroke(Stroke s) {
        return strokes.computeIfAbsent(s, k -> {
            points += k.pointCount();
            return strokes.size();
        });
    }

    private int latent(float[] z) {
        return latents.computeIfAbsent(new LatentKey(z), k -> latents.size());
    }

    private Map<String, byte[]> entries(int position) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("position", position);
        root.set("strokes", StrokesFile.toJson(new ConstraintSet(canvas.canvasWidth(), canvas.canvasHeight(),
                List.copyOf(strokes.keySet()))));
        ArrayNode stateNodes = root.putArray("states");
        for (StateKey key : states.keySet()) {
            ObjectNode node = stateNodes.addObject();
            ArrayNode runs = node.putArray("strokes");
            for (int i = 0; i < key.runs().size(); i += 2) {
                runs.addArray().add(key.runs().get(i)).add(key.runs().get(i + 1));
            }
            node.put("z", key.z());
            node.put("start", key.start());
            if (key.anchor() >= 0) {
                node.put("anchor", key.anchor());
            }
            node.put("settled", key.settled());
        }
        root.putArray("edits").addAll(edits);
        int length = latents.keySet().iterator().next().z().length;
        float[] all = new float[latents.size() * length];
        int i = 0;
        for (LatentKey key : latents.keySet()) {
            System.arraycopy(key.z(), 0, all, i++ * length, length);
        }
        return Map.of(FILE, JSON.writeValueAsBytes(root),
                LATENTS, Latents.toBytes(all));
    }

    /** A latent compared by its values, so equal latents of different documents are stored once. */
    private record LatentKey(float[] z) {
        @Override
        public boolean equals(Object o) {
            return o instanceof LatentKey k && Arrays.equals(k.z, z);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(z);
        }
    }

    /** A document as stored: stroke runs (first, count, …) and latent numbers; -1 for no anchor. */
    private record StateKey(List<Integer> runs, int z, int start, int anchor, boolean settled) {}
}
