package org.latentbrush.app.sliders;

import java.util.Arrays;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentbrush.app.document.ResultEdits;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.engine.SliderCalls;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.SliderEdit;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The Sliders panel: one slider per direction the model names (GANSpace), moving the current
 * result live.
 *
 * <p>The first move after any other change takes the current latent as the base; the picture
 * shown is then always the base moved by all the sliders' amounts together. Moves are rendered
 * one at a time, the newest first ({@link LatestRender}). Letting go of a slider records one
 * undoable edit. Any other change of the result (a stroke, undo, a pick, a drag, a new document,
 * another model) puts the sliders back to 0 without changing the picture: their offsets are part
 * of the result now, and strokes start from it, so they keep them.
 */
public final class SlidersViewModel {

    private final ResultEdits document;
    private final LiveResult live;
    private final SliderCalls calls;
    private final LatestRender previews;
    private final ObservableList<SliderItem> sliders = FXCollections.observableArrayList();
    private final ObservableList<SliderItem> readOnly = FXCollections.unmodifiableObservableList(sliders);
    private final javafx.beans.property.ReadOnlyStringWrapper noSliders =
            new javafx.beans.property.ReadOnlyStringWrapper(NO_SLIDERS);
    /** What the panel says when the model has no sliders and its folder held no directions file. */
    static final String NO_SLIDERS = "This model has no sliders";
    /** The latent the amounts move, or {@code null} until the first move after another change. */
    private float[] base;
    /** The document and the amounts when the move being made began, or {@code null} between moves. */
    private DocumentState before;
    private double[] amountsBefore;
    /** The amounts the last edit left, or {@code null} for all 0. */
    private double[] lastCommitted;
    private boolean dragging;
    /** While the sliders are set from here, not by the user. */
    private boolean setting;
    private boolean recording;
    /** The latent of the picture this panel last showed, to tell its own results from others'. */
    private float[] shownZ;
    private float[] renderedZ;
    private RasterImage renderedImage;

    /**
     * Creates it.
     *
     * @param document the document it edits
     * @param live the engine and its result
     */
    public SlidersViewModel(ResultEdits document, LiveResult live) {
        this.document = Objects.requireNonNull(document);
        this.live = Objects.requireNonNull(live);
        this.calls = new SliderCalls(live);
        this.previews = new LatestRender(live, this::rendered, failure -> {
            document.say("The slider's picture could not be rendered: " + FailureText.of(failure));
            backToZero();
        });
        live.modelProperty().addListener((obs, old, now) -> rebuild());
        document.revisionProperty().addListener((obs, old, now) -> {
            if (!recording) {
                backToZero();
            }
        });
        live.resultProperty().addListener((obs, old, now) -> {
            if (base != null && !Arrays.equals(live.currentZ(), shownZ)) {
                backToZero();
            }
        });
        rebuild();
    }

    /** The open model's sliders, strongest first; empty when it has none. */
    /** What the panel says when there are no sliders: none shipped, or why its file was not used. */
    public javafx.beans.property.ReadOnlyStringProperty noSlidersTextProperty() {
        return noSliders.getReadOnlyProperty();
    }

    public ObservableList<SliderItem> sliders() {
        return readOnly;
    }

    /** A slider's thumb was pressed: the moves until {@link #endMove} make one edit. */
    public void beginMove() {
        dragging = true;
    }

    /** A slider's thumb was let go: the move becomes one undoable edit. */
    public void endMove() {
        dragging = false;
        commit();
    }

    /** Puts every slider back to 0, as one undoable edit: the picture goes back to the base. */
    public void resetAll() {
        if (base == null || Arrays.stream(amounts()).allMatch(a -> a == 0)) {
            return;
        }
        beginGesture();
        set(0);
        preview(calls.apply(base, amounts()));
        commit();
    }

    private void moved() {
        if (setting) {
            return;
        }
        if (!document.isReady()) {
            document.say("The picture is not ready yet (a photo: wait for its projection)");
            set(0);
            return;
        }
        try {
            if (base == null) {
                takeBase();
            }
            beginGesture();
            preview(calls.apply(base, amounts()));
        } catch (RuntimeException e) {
            document.say("The sliders failed: " + FailureText.of(e));
            backToZero();
            return;
        }
        // A click on the track or a key moves a slider without a press of its thumb: an edit at once.
        if (!dragging) {
            commit();
        }
    }

    /** Makes the result on screen the base, stopping an edit in progress so it cannot overwrite the moves. */
    private void takeBase() {
        DocumentState now = document.currentState();
        base = now.z().clone();
        shownZ = base;
        live.show(now.z(), now.anchor(), live.isIdle() ? now.image() : null, null, () -> { });
    }

    private void beginGesture() {
        if (before == null) {
            before = document.currentState();
            amountsBefore = lastCommitted == null ? new double[sliders.size()] : lastCommitted.clone();
        }
    }

    private void preview(float[] z) {
        previews.submit(z);
    }

    private void rendered(float[] z, RasterImage image) {
        shownZ = z;
        renderedZ = z;
        renderedImage = image;
        live.preview(z, image);
    }

    /** Records the move made since {@link #beginGesture} as one edit. */
    private void commit() {
        if (before == null) {
            return;
        }
        DocumentState from = before;
        double[] was = amountsBefore;
        before = null;
        double[] now = amounts();
        previews.clear();
        float[] z = calls.apply(base, now);
        if (Arrays.equals(now, was)) {
            // Moved and brought back: the picture from before the move comes back, and no edit.
            shownZ = from.z();
            live.show(from.z(), from.anchor(), from.image(), null, () -> { });
            return;
        }
        lastCommitted = now;
        RasterImage image = Arrays.equals(z, renderedZ) ? renderedImage : null;
        DocumentState after = new DocumentState(from.strokes(), z, image, from.anchor(), from.start(), true);
        shownZ = z;
        recording = true;
        try {
            document.record(new SliderEdit(from, after, name(was, now)));
        } finally {
            recording = false;
        }
    }

    private String name(double[] was, double[] now) {
        if (Arrays.stream(now).allMatch(a -> a == 0)) {
            return "Reset sliders";
        }
        int changed = -1;
        for (int k = 0; k < now.length; k++) {
            if (now[k] != was[k]) {
                if (changed >= 0) {
                    return SliderEdit.DEFAULT_NAME + "s";
                }
                changed = k;
            }
        }
        return SliderEdit.name(sliders.get(changed).direction().name(), now[changed]);
    }

    /** The result changed by something else: the sliders go back to 0 and the picture stays. */
    private void backToZero() {
        previews.clear();
        base = null;
        before = null;
        lastCommitted = null;
        renderedZ = null;
        renderedImage = null;
        set(0);
    }

    private void rebuild() {
        backToZero();
        sliders.setAll(calls.sliders().stream().map(SliderItem::new).toList());
        noSliders.set(calls.warning().map(w -> NO_SLIDERS + ": " + w).orElse(NO_SLIDERS));
        for (SliderItem item : sliders) {
            item.amountProperty().addListener((obs, old, now) -> moved());
        }
    }

    private void set(double amount) {
        setting = true;
        try {
            sliders.forEach(s -> s.amountProperty().set(amount));
        } finally {
            setting = false;
        }
    }

    private double[] amounts() {
        return sliders.stream().mapToDouble(s -> s.amountProperty().get()).toArray();
    }
}
