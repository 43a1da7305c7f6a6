package org.latentbrush.app.engine;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentbrush.app.tasks.TaskExecutor;
import org.latentbrush.bridge.api.EditCandidate;
import org.latentbrush.bridge.api.EditSnapshot;
import org.latentbrush.bridge.api.ModelInfo;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The open engine and the result it streams, as properties on the user-interface thread.
 *
 * <p>The engine owns the current result; this class only mirrors it for the view. Snapshots arrive
 * on the optimiser thread and are handed over through the injected executor. Snapshots of a
 * replaced engine, and those of edits that a restore (undo, a gallery pick) superseded — their
 * epoch is older than the restore's — are dropped, so a restored result is never overwritten by a
 * stale one. Restores go straight to the engine's ordered queue: two quick ones land in order.
 */
public final class LiveResult implements AutoCloseable {

    /**
     * How many candidates the gallery shows: all that the live protocol optimises (8), so no slot
     * stays empty.
     */
    public static final int GALLERY_SIZE = 8;

    /**
     * The shortest time between two pictures of one edit ({@link SnapshotGate}); {@code
     * -Dlatentbrush.pictureIntervalMillis=0} shows every step, for comparison.
     */
    private static final long PICTURE_INTERVAL_MILLIS =
            Long.getLong("latentbrush.pictureIntervalMillis", SnapshotGate.DEFAULT_INTERVAL_MILLIS);

    private final EngineOpener opener;
    private final TaskExecutor tasks;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<ModelInfo> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper("no engine");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RasterImage> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper finishedEdits = new ReadOnlyLongWrapper();
    private final ObservableList<EditCandidate> candidates = FXCollections.observableArrayList();
    private Consumer<String> errors = message -> { };
    private PaintEngine engine;
    private String modelReference;
    private Object token;
    private float[] currentZ;
    private long epoch;
    private long showTicket;
    private boolean showing;
    private boolean editsPhotos;

    /**
     * Creates it with no engine open.
     *
     * @param opener opens models
     * @param tasks runs slow work
     * @param ui hands snapshots to the user-interface thread
     */
    public LiveResult(EngineOpener opener, TaskExecutor tasks, Executor ui) {
        this.opener = Objects.requireNonNull(opener);
        this.tasks = Objects.requireNonNull(tasks);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Where engine failures are reported, as a user-readable message. */
    public void setErrorHandler(Consumer<String> handler) {
        this.errors = Objects.requireNonNull(handler);
    }

    /**
     * Opens a model in the background; the engine in use stays until the new one is ready.
     *
     * @param reference a built-in name or a model folder
     * @param onOpened runs once the new engine is in use
     * @param onFailed receives the failure; the old engine stays in use
     */
    public void open(String reference, Runnable onOpened, Consumer<Exception> onFailed) {
        Object newToken = new Object();
        tasks.run(() -> opener.open(reference,
                        new SnapshotGate(batch -> ui.execute(() -> onBatch(newToken, batch)),
                                PICTURE_INTERVAL_MILLIS, System::nanoTime),
                        error -> ui.execute(() -> onEngineError(newToken, error))),
                opened -> {
                    PaintEngine old = engine;
                    engine = opened;
                    opened.editPhotos(editsPhotos);
                    token = newToken;
                    modelReference = reference;
                    epoch = 0;
                    showing = false;
                    currentZ = null;
                    candidates.clear();
                    busy.set(false);
                    progress.set(0);
                    timing.set("");
                    device.set(opened.deviceSummary());
                    model.set(opened.model());
                    if (old != null) {
                        tasks.run(() -> {
                            old.close();
                            return null;
                        }, none -> { }, failure -> { });
                    }
                    onOpened.run();
                },
                onFailed);
    }

    /** Whether an engine is open. */
    public boolean isOpen() {
        return engine != null;
    }

    /** What the open model was opened from: a built-in name or a folder. */
    public String modelReference() {
        return modelReference;
    }

    /** A random latent of the open model. */
    public float[] randomLatent(long seed) {
        return engine.randomLatent(seed);
    }

    /** The latent of the result shown, or {@code null} before the first. */
    public float[] currentZ() {
        return currentZ == null ? null : currentZ.clone();
    }

    /**
     * Says whether later edits are of a projected photo, for this engine and any opened later
     * (see {@code BrushEngine#editPhotos}).
     *
     * @param photo true while the document is a photo
     */
    public void editPhotos(boolean photo) {
        editsPhotos = photo;
        if (engine != null) {
            engine.editPhotos(photo);
        }
    }

    /**
     * Optimises for new strokes, starting from the current result.
     *
     * @param strokes the newest strokes; an empty set stops the edit in progress
     */
    public void submit(ConstraintSet strokes) {
        if (engine == null) {
            return;
        }
        if (strokes.isEmpty()) {
            engine.cancel();
            return;
        }
        // Busy first: a fast engine may have finished by the time submit returns.
        busy.set(true);
        engine.submit(strokes);
    }

    /**
     * Shows a given latent as the result and makes it the engine's starting point.
     *
     * <p>The engine runs the restore after the edit in progress stops, then renders the latent
     * when no image is given, then optimises for {@code resubmit}: all in that order, so nothing
     * the superseded edit streams can overwrite the restored result.
     *
     * @param z the latent to show
     * @param anchor the fixed result, or {@code null} for none
     * @param image its image if known, else it is rendered
     * @param resubmit strokes to optimise for afterwards, or {@code null}
     * @param onShown runs once the result is shown
     */
    public void show(float[] z, float[] anchor, RasterImage image, ConstraintSet resubmit, Runnable onShown) {
        PaintEngine target = engine;
        if (target == null) {
            return;
        }
        epoch = target.restore(z.clone(), anchor == null ? null : anchor.clone());
        currentZ = z.clone();
        busy.set(false);
        progress.set(0);
        long ticket = ++showTicket;
        if (image != null) {
            showing = false;
            result.set(image);
            onShown.run();
        } else {
            showing = true;
            Object shownToken = token;
            target.render(List.of(z.clone())).whenComplete((images, failure) -> ui.execute(() -> {
                if (ticket != showTicket || shownToken != token) {
                    return;
                }
                showing = false;
                if (failure != null) {
                    errors.accept("The result could not be shown: " + FailureText.of(failure));
                    return;
                }
                result.set(images.get(0));
                onShown.run();
            }));
        }
        if (resubmit != null && !resubmit.isEmpty()) {
            submit(resubmit);
        }
    }

    /**
     * Shows a picture on its way to a result, from work that is no edit (a drag's step, a slider
     * being moved), without telling the engine: its starting point changes only with the next
     * {@link #show}, which that work makes when it ends.
     *
     * @param z the picture's latent
     * @param image its image
     */
    public void preview(float[] z, RasterImage image) {
        currentZ = z.clone();
        result.set(Objects.requireNonNull(image));
    }

    /**
     * Renders the frames between two latents on the engine's thread, after its queued commands.
     *
     * @param from first frame's latent
     * @param to last frame's latent
     * @param frames number of frames
     * @param onDone receives the frames
     * @param onFailed receives a failure
     */
    public void morph(float[] from, float[] to, int frames, Consumer<List<RasterImage>> onDone,
            Consumer<Exception> onFailed) {
        PaintEngine target = engine;
        if (target == null) {
            return;
        }
        target.morph(from, to, frames).whenComplete((images, failure) -> ui.execute(() -> {
            if (failure != null) {
                onFailed.accept(FailureText.asException(failure));
            } else {
                onDone.accept(images);
            }
        }));
    }

    /**
     * Renders one latent with the open model, after the engine's queued commands.
     *
     * @param z the latent
     * @param onDone receives its image; not called when the model was replaced meanwhile
     * @param onFailed receives a failure
     */
    public void render(float[] z, Consumer<RasterImage> onDone, Consumer<Exception> onFailed) {
        PaintEngine target = engine;
        if (target == null) {
            return;
        }
        Object renderToken = token;
        target.render(List.of(z.clone())).whenComplete((images, failure) -> ui.execute(() -> {
            if (failure != null) {
                onFailed.accept(FailureText.asException(failure));
            } else if (renderToken == token) {
                onDone.accept(images.get(0));
            }
        }));
    }

    /** Runs {@code then} on the UI thread once the open engine's work after loading is done. */
    public void afterStartupWork(Runnable then) {
        PaintEngine target = engine;
        CompletableFuture<Void> done = target != null ? target.startupWorkDone() : CompletableFuture.completedFuture(null);
        done.whenComplete((ignored, failure) -> ui.execute(then));
    }

    /** The open engine, or null; for the photo calls ({@link PhotoCalls}) on the UI thread. */
    PaintEngine engine() {
        return engine;
    }

    /** Changes whenever the engine is replaced: work begun under an older token is stale. */
    Object token() {
        return token;
    }

    /** Runs on the user-interface thread. */
    Executor ui() {
        return ui;
    }

    private void onBatch(Object batchToken, EditSnapshot batch) {
        if (batchToken != token || batch.epoch() < epoch) {
            return;
        }
        if (!batch.candidates().isEmpty()) {
            EditCandidate best = batch.best();
            currentZ = best.z().clone();
            result.set(best.image());
            List<EditCandidate> top = batch.candidates();
            candidates.setAll(top.subList(0, Math.min(GALLERY_SIZE, top.size())));
        }
        if (batch.finished()) {
            // A superseded edit ends cancelled while its successor waits: still busy then.
            boolean more = batch.cancelled() && engine.isBusy();
            busy.set(more);
            progress.set(more ? progress.get() : 0);
            int steps = Math.max(1, batch.iteration());
            timing.set(String.format("%d ms/step \u00b7 %d ms", batch.millis() / steps, batch.millis()));
            finishedEdits.set(finishedEdits.get() + 1);
        } else {
            busy.set(true);
            progress.set(batch.iterations() == 0 ? 0 : (double) batch.iteration() / batch.iterations());
        }
    }

    private void onEngineError(Object errorToken, Throwable error) {
        if (errorToken != token) {
            return;
        }
        busy.set(engine != null && engine.isBusy());
        progress.set(0);
        errors.accept("The engine failed while optimising: " + FailureText.of(error)
                + "\nYour strokes are kept; draw again or undo to retry.");
    }

    public ReadOnlyObjectProperty<ModelInfo> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deviceProperty() {
        return device.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timingProperty() {
        return timing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RasterImage> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Counts finished edits, for autosave and tests that wait for the optimiser. */
    public ReadOnlyLongProperty finishedEditsProperty() {
        return finishedEdits.getReadOnlyProperty();
    }

    /**
     * Empties the gallery, when a new document (New, Open, a photo) begins: a candidate of the
     * one before must not be picked into it. The next edit fills it again.
     */
    public void clearCandidates() {
        candidates.clear();
    }

    /** The ranked candidates of the latest snapshot, best first. */
    public ObservableList<EditCandidate> candidates() {
        return candidates;
    }

    /** Whether the engine has no edit running or waiting and no restored result being rendered. */
    public boolean isIdle() {
        return !showing && !busy.get() && (engine == null || !engine.isBusy());
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
