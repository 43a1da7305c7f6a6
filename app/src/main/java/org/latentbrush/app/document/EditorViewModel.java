package org.latentbrush.app.document;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.history.AddStrokeEdit;
import org.latentbrush.app.history.DocumentEdit;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.UndoHistory;
import org.latentbrush.app.session.Session;
import org.latentbrush.app.tools.StrokeSink;
import org.latentbrush.bridge.api.ModelInfo;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The painting being edited: strokes, result, the photo it edits if any, undo history, and the
 * actions on them.
 *
 * <p>One-way flow: a brush hands finished strokes here; each user action records one edit and
 * yields a new constraint set for the optimiser; results come back through {@link LiveResult}.
 * With a photo, its projection z₀ is the start and the fixed anchor, so edits stay near the photo.
 */
public final class EditorViewModel implements StrokeSink, ResultEdits {

    /** Side of the canvas, in canvas pixels; strokes use these coordinates whatever the model. */
    public static final int CANVAS_SIZE = 512;
    /** While a stroke is drawn it goes to the optimiser at most this often. */
    public static final long LIVE_INTERVAL_MS = 100;

    private final LiveResult live;
    private final DialogService dialogs;
    private final LongSupplier seeds;
    private final UndoHistory history = new UndoHistory();
    private final ObjectProperty<ConstraintSet> strokes =
            new SimpleObjectProperty<>(ConstraintSet.empty(CANVAS_SIZE, CANVAS_SIZE));
    private final StrokeGesture gesture;
    private final ProjectionWait projectionWait;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ModelLoading models;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyObjectWrapper<PhotoDocument> photo = new ReadOnlyObjectWrapper<>();
    private final ResultActions actions;
    /** Changes the autosave keeps but that are not the user's edits: a projection, a stroke growing. */
    private long quietChanges;
    private float[] start;
    private float[] anchor;

    /**
     * Creates the view model.
     *
     * @param live the engine and its streamed result
     * @param dialogs reports errors
     * @param clock milliseconds, for throttling live strokes
     * @param seeds seeds for new random starting images
     */
    public EditorViewModel(LiveResult live, DialogService dialogs, LongSupplier clock, LongSupplier seeds) {
        this.live = Objects.requireNonNull(live);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.gesture = new StrokeGesture(clock, LIVE_INTERVAL_MS);
        this.seeds = Objects.requireNonNull(seeds);
        this.models = new ModelLoading(live, this::say);
        this.projectionWait = new ProjectionWait(live, photo, () -> start);
        this.actions = new ResultActions(this, live, seeds, photo::get);
        live.setErrorHandler(text -> dialogs.showError("Engine failure", text));
    }

    // ---- model ----

    /**
     * Opens a model; the painting's strokes and undo history carry over, optimised again with it.
     *
     * @param reference a built-in name or a model folder
     * @param onOpened runs once it is in use
     */
    public void openModel(String reference, Runnable onOpened) {
        message.set("Loading model " + reference + "…");
        models.load(reference, info -> {
            float[] z = live.randomLatent(seeds.getAsLong());
            start = z;
            anchor = null;
            // Old latents mean nothing here: undo and redo optimise their strokes again from z.
            history.rebase(s -> s.onOtherWeights(z, z, null));
            PhotoDocument p = photo.get();
            live.show(z, null, null, p == null ? strokes.get() : null, onOpened);
            // z₀ belongs to the old model: the photo is projected again, then the strokes resume.
            if (p != null) {
                photo.set(p.withoutProjection());
            }
        }, failure -> {
            message.set("Model not opened");
            dialogs.showError("Model could not be opened", FailureText.of(failure)
                    + (live.isOpen() ? "\n\nThe current model stays in use; your painting is kept." : ""));
        });
    }

    // ---- strokes ----

    @Override
    public void strokeStarted() {
        gesture.started(isReady() ? currentState() : projectionWait.before(strokes.get()));
    }

    @Override
    public void strokeMoved(Stroke partial) {
        quietChanges++;
        if (gesture.moved(partial)) {
            projectionWait.submit(strokes.get().with(partial));
        }
    }

    @Override
    public void strokeFinished(Stroke stroke) {
        DocumentState before = gesture.finished();
        before = before != null ? before : isReady() ? currentState() : projectionWait.before(strokes.get());
        ConstraintSet after = strokes.get().with(stroke);
        strokes.set(after);
        if (before != null) {
            history.add(new AddStrokeEdit(before, before.withStrokes(after), stroke));
        }
        projectionWait.submit(after);
        changed();
    }

    // ---- actions ----

    /** Undoes the newest edit: its strokes and result come back. */
    public void undo() {
        moveInHistory(history.positionProperty().get() - 1);
    }

    /** Redoes the next undone edit. */
    public void redo() {
        moveInHistory(history.positionProperty().get() + 1);
    }

    /** Undoes or redoes until {@code applied} edits remain (a click in the history list). */
    public void moveInHistory(int applied) {
        if (isReady()) {
            history.moveTo(applied, currentState()).ifPresent(this::restore);
        }
    }

    @Override
    public void record(DocumentEdit edit) {
        history.add(edit);
        restore(edit.after());
    }

    private void restore(DocumentState state) {
        restore(state, () -> { });
    }

    /** Shows a state: its strokes, its result (optimised again unless settled), start and anchor. */
    private void restore(DocumentState state, Runnable onShown) {
        strokes.set(state.strokes());
        anchor = state.anchor();
        start = state.start();
        // Counted first: onShown may run at once, and an opened file marks itself saved there.
        changed();
        live.show(state.z(), state.anchor(), state.image(), state.settled() ? null : state.strokes(), onShown);
    }

    // ---- documents ----

    /** Starts an empty painting from a new random image, on the same model. */
    public void newDocument() {
        ConstraintSet none = ConstraintSet.empty(CANVAS_SIZE, CANVAS_SIZE);
        history.clear();
        live.clearCandidates();
        photo.set(null);
        if (live.isOpen()) {
            float[] z = live.randomLatent(seeds.getAsLong());
            restore(new DocumentState(none, z, null, null, z, true));
        } else {
            strokes.set(none);
            changed();
        }
    }

    // ---- photos ----

    /** Starts a new document on a photo, not yet projected; it is ready once {@link #useProjection} ran. */
    public void openPhoto(PhotoDocument document) {
        history.clear();
        showPhoto(document, ConstraintSet.empty(CANVAS_SIZE, CANVAS_SIZE));
    }

    /**
     * Moves the document to another square of its photo, not yet projected. The strokes, and those
     * of every undo step, move to stay on the same part of the photo; the steps' pictures were the
     * old square's, so once {@link #useProjection} ran, undo and redo optimise their strokes again
     * from the new square's z₀, as after a change of model.
     *
     * @param document the photo with its new square
     * @param moveStrokes moves strokes from the old square's canvas onto the new one's
     */
    public void moveSquare(PhotoDocument document, UnaryOperator<ConstraintSet> moveStrokes) {
        history.rebase(s -> s.withStrokes(moveStrokes.apply(s.strokes())).onOtherWeights(s.z(), s.start(), null));
        showPhoto(document, moveStrokes.apply(strokes.get()));
    }

    private void showPhoto(PhotoDocument document, ConstraintSet strokesOnIt) {
        strokes.set(strokesOnIt);
        live.clearCandidates();
        photo.set(document);
        changed();
    }

    /**
     * Starts editing from the photo's projection: z₀ with its image G(z₀) becomes the start and the
     * fixed anchor; strokes kept across a change of model, or drawn meanwhile, are optimised from there.
     */
    public void useProjection(PhotoDocument projected, RasterImage reconstruction) {
        float[] z0 = projected.z0().clone();
        start = z0;
        anchor = z0;
        // Edits kept across a change of model start again from the new z₀, as the strokes do.
        history.rebase(s -> s.onOtherWeights(z0, z0, z0));
        // G(z₀) becomes the result before the projected photo appears: whatever listens to the
        // photo (the full-size edit transfer) must not pair it with the result from before.
        live.show(start, anchor, reconstruction, strokes.get().isEmpty() ? null : strokes.get(), () -> { });
        photo.set(projected);
        // Computed, not made by the user: merely opening a photo is no unsaved change.
        quietChanges++;
    }

    /** The photo this document edits, or {@code null} for a painting. */
    public ReadOnlyObjectProperty<PhotoDocument> photoProperty() {
        return photo.getReadOnlyProperty();
    }

    /**
     * Shows a saved session with its decoded photo.
     *
     * @param session the session
     * @param sessionPhoto its photo, decoded, or {@code null} for none (or one that could not be read:
     *     the strokes and latents are shown as a painting)
     * @param onShown runs once it is shown
     * @param onFailed receives a message when its model cannot be used; the painting is kept
     */
    public void showSession(Session session, PhotoDocument sessionPhoto, Runnable onShown, Consumer<String> onFailed) {
        ModelInfo before = live.modelProperty().get();
        models.useFor(session, () -> applySession(session, sessionPhoto, onShown), problem -> {
            onFailed.accept(problem);
            if (live.modelProperty().get() != before) {
                newDocument();
            }
        });
    }

    private void applySession(Session session, PhotoDocument sessionPhoto, Runnable onShown) {
        live.clearCandidates();
        photo.set(sessionPhoto);
        SessionState shown = SessionState.of(session, live.modelProperty().get());
        history.load(shown.history().edits(), shown.history().position());
        restore(shown.state(), onShown);
        shown.notice().ifPresent(this::say);
    }

    @Override
    public DocumentState currentState() {
        return new DocumentState(strokes.get(), live.currentZ(), live.resultProperty().get(), anchor, start,
                live.isIdle());
    }

    @Override
    public boolean isReady() {
        return live.isOpen() && live.currentZ() != null && start != null && !projectionWait.holds();
    }

    /** The starting image's latent (where the morph begins), or {@code null}. */
    public float[] startLatent() {
        return start == null ? null : start.clone();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    public LiveResult live() {
        return live;
    }

    /** Picking a candidate, fixing the result, a new random start, reset, clearing the strokes. */
    public ResultActions actions() {
        return actions;
    }

    public UndoHistory history() {
        return history;
    }

    public ReadOnlyObjectProperty<ConstraintSet> strokesProperty() {
        return strokes;
    }

    @Override
    public ReadOnlyObjectProperty<Stroke> strokeInProgressProperty() {
        return gesture.inProgressProperty();
    }

    /** Counts the user's changes; a save remembers the value it saved. */
    @Override
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Changes whenever the autosave's content does (a sum of counters that only grow). */
    public long autosaveRevision() {
        return revision.get() + quietChanges + live.finishedEditsProperty().get();
    }

    /** The document before the stroke being drawn, or {@code null}. */
    DocumentState stateBeforeStroke() {
        return gesture.before();
    }

    public ReadOnlyBooleanProperty loadingModelProperty() {
        return models.loadingProperty();
    }

    /** The latest status message. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void say(String text) {
        message.set(text);
    }
}
