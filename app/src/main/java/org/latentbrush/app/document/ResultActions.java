package org.latentbrush.app.document;

import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.history.ClearStrokesEdit;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.FixResultEdit;
import org.latentbrush.app.history.NewRandomEdit;
import org.latentbrush.app.history.PickCandidateEdit;
import org.latentbrush.app.history.ResetEdit;
import org.latentbrush.bridge.api.EditCandidate;
import org.latentbrush.bridge.constraint.ConstraintSet;

/**
 * The toolbar's actions on the document's result: pick a gallery candidate, fix the result, start
 * from a new random image, reset, clear the strokes. Each records one step of undo through
 * {@link ResultEdits}, as the drag tool and the sliders do, and does nothing until the document is
 * ready.
 */
public final class ResultActions {

    private final ResultEdits document;
    private final LiveResult live;
    private final LongSupplier seeds;
    private final Supplier<PhotoDocument> photo;

    /**
     * Creates the actions.
     *
     * @param document the document they edit
     * @param live the engine and its streamed result
     * @param seeds seeds for new random starting images
     * @param photo the photo the document edits, or {@code null} for a painting
     */
    public ResultActions(ResultEdits document, LiveResult live, LongSupplier seeds, Supplier<PhotoDocument> photo) {
        this.document = Objects.requireNonNull(document);
        this.live = Objects.requireNonNull(live);
        this.seeds = Objects.requireNonNull(seeds);
        this.photo = Objects.requireNonNull(photo);
    }

    /** Makes a gallery candidate the current result. */
    public void pickCandidate(int index) {
        List<EditCandidate> shown = live.candidates();
        if (!document.isReady() || index < 0 || index >= shown.size()) {
            return;
        }
        EditCandidate picked = shown.get(index);
        DocumentState before = document.currentState();
        DocumentState after = new DocumentState(before.strokes(), picked.z(), picked.image(), before.anchor(),
                before.start(), true);
        document.record(new PickCandidateEdit(before, after, index + 1));
    }

    /** Keeps the current result as the start point that later edits stay near. */
    public void fixResult() {
        if (!document.isReady()) {
            return;
        }
        DocumentState before = document.currentState();
        float[] z = live.currentZ();
        DocumentState after = new DocumentState(before.strokes(), z, live.resultProperty().get(), z,
                before.start(), true);
        document.record(new FixResultEdit(before, after));
        document.say("Result fixed: later strokes start from it");
    }

    /** Starts from a new random image; the strokes stay and are optimised again. */
    public void newRandom() {
        if (!document.isReady()) {
            return;
        }
        if (photo.get() != null) {
            document.say("A photo's start is its projection; a random start would lose the photo");
            return;
        }
        DocumentState before = document.currentState();
        float[] z = live.randomLatent(seeds.getAsLong());
        ConstraintSet strokes = before.strokes();
        document.record(new NewRandomEdit(before, new DocumentState(strokes, z, null, null, z, strokes.isEmpty())));
    }

    /** Goes back to the starting image, without strokes or fixed result. */
    public void reset() {
        if (!document.isReady()) {
            return;
        }
        DocumentState before = document.currentState();
        // A photo's reset keeps z₀ as the anchor: later strokes still stay near the photo.
        float[] photoAnchor = photo.get() == null ? null : photo.get().z0();
        // The strokes stay (Clear strokes removes them); the picture goes back to the start and
        // waits for the next stroke.
        DocumentState after = new DocumentState(before.strokes(), before.start(), null, photoAnchor,
                before.start(), true);
        document.record(new ResetEdit(before, after));
        document.say(ResetEdit.status(before.strokes().strokes().size()));
    }

    /** Removes all strokes and keeps the result. */
    public void clearStrokes() {
        if (!document.isReady()) {
            return;
        }
        DocumentState before = document.currentState();
        if (before.strokes().isEmpty()) {
            return;
        }
        ConstraintSet none = ConstraintSet.empty(EditorViewModel.CANVAS_SIZE, EditorViewModel.CANVAS_SIZE);
        document.record(new ClearStrokesEdit(before, before.withStrokes(none)));
    }
}
