package org.latentbrush.app.engine;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.api.PhotoProjection;
import org.latentbrush.bridge.api.ProjectionStatus;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The photo work of the open engine: projecting a photo and tuning the generator to it, and
 * bringing a saved photo's tuned generator back. The engine runs the work on its optimiser thread;
 * results and progress come back on the user-interface thread, and work overtaken by a change of
 * model fails with a {@link CancellationException}.
 */
public final class PhotoCalls {

    private final LiveResult live;

    /** @param live the open engine's owner */
    public PhotoCalls(LiveResult live) {
        this.live = Objects.requireNonNull(live);
    }

    /**
     * Projects a photo's frame with the open model and tunes a copy of its generator to it; edits
     * run on the tuned copy afterwards.
     *
     * @param frame the photo at the model's size and channels
     * @param progress receives progress on the user-interface thread
     * @param cancelled polled every step; a cancelled run ends with its best so far
     * @param onDone receives z₀, G′(z₀) and the tuned weights
     * @param onFailed receives a failure, or a {@link CancellationException} when the model was
     *     replaced meanwhile
     */
    public void project(RasterImage frame, Consumer<ProjectionStatus> progress, BooleanSupplier cancelled,
            Consumer<PhotoProjection> onDone, Consumer<Exception> onFailed) {
        PaintEngine target = live.engine();
        if (target == null) {
            onFailed.accept(new IllegalStateException("no model is open"));
            return;
        }
        Object token = live.token();
        // Hand-over without blocking a task thread: projecting and tuning take seconds.
        target.project(frame, status -> live.ui().execute(() -> {
            if (token == live.token()) {
                progress.accept(status);
            }
        }), cancelled).whenComplete((projection, failure) -> live.ui().execute(() -> {
            if (token != live.token()) {
                onFailed.accept(new CancellationException("the model was replaced during the projection"));
            } else if (failure != null) {
                onFailed.accept(FailureText.asException(failure));
            } else {
                onDone.accept(projection);
            }
        }));
    }

    /**
     * Makes the engine edit with a photo's tuned generator (a session being opened), or with the
     * shared model when {@code tunedWeights} is null, then renders z₀ with it.
     *
     * @param tunedWeights the tuned weights saved with the photo, or {@code null}
     * @param z0 the photo's projection
     * @param onDone receives the generator's image of z₀; not called when the model was replaced
     * @param onFailed receives a failure, such as weights that do not fit the model
     */
    public void useGenerator(byte[] tunedWeights, float[] z0, Consumer<RasterImage> onDone,
            Consumer<Exception> onFailed) {
        PaintEngine target = live.engine();
        if (target == null) {
            return;
        }
        Object token = live.token();
        target.usePhotoGenerator(tunedWeights).thenCompose(ignored -> target.render(List.of(z0.clone())))
                .whenComplete((images, failure) -> live.ui().execute(() -> {
                    if (failure != null) {
                        onFailed.accept(FailureText.asException(failure));
                    } else if (token == live.token()) {
                        onDone.accept(images.get(0));
                    }
                }));
    }

    /**
     * Edits the strokes beyond the photo's square in squares of their own (an export's last stage);
     * without an engine, the square's edit is all there is.
     *
     * @param photo the photo and its square
     * @param edited the photo with the square's edit
     * @param strokes all strokes, on the square's canvas
     * @param progress a line on where it is, on the user-interface thread
     * @param cancelled polled every step; each stage then ends with its best so far
     * @param onDone receives the photo carrying every square's edit, on the user-interface thread
     * @param onFailed receives a failure, on the user-interface thread
     */
    public void editBeyondSquare(EditablePhoto photo, EditedPhoto edited, ConstraintSet strokes,
            Consumer<String> progress, BooleanSupplier cancelled, Consumer<EditedPhoto> onDone,
            Consumer<Exception> onFailed) {
        PaintEngine target = live.engine();
        if (target == null) {
            onDone.accept(edited);
            return;
        }
        target.editBeyondSquare(photo, edited, strokes, line -> live.ui().execute(() -> progress.accept(line)),
                cancelled).whenComplete((all, failure) -> live.ui().execute(() -> {
                    if (failure != null) {
                        onFailed.accept(FailureText.asException(failure));
                    } else {
                        onDone.accept(all);
                    }
                }));
    }

    /** Makes the engine edit with the shared model again (the photo was closed). */
    public void dropTunedGenerator() {
        PaintEngine target = live.engine();
        if (target != null) {
            target.usePhotoGenerator(null);
        }
    }
}
