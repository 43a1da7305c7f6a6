package org.latentbrush.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.api.PhotoProjection;
import org.latentbrush.bridge.api.ProjectionStatus;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The photo half of {@link FakePaintEngine}: projection, tuning, the photo generator in use and
 * the squares beyond the edited one, answered on the calling thread.
 *
 * <p>Every projection finds {@link #PROJECTED} and tunes to {@link #TUNED_WEIGHTS}, unless it is
 * cancelled; with {@link #holdProjections} set, projections wait until a test runs them, as if the
 * optimiser thread were busy projecting.
 */
public final class FakePhotoEditing {

    /** The latent every fake projection finds. */
    public static final float[] PROJECTED = {0.3f, 0.2f, 0.1f};
    /** The "weights" every fake tuning yields. */
    public static final byte[] TUNED_WEIGHTS = {7, 1, 2};
    /** The grey a photo becomes when a stroke lies off the square canvas on export. */
    public static final int BEYOND_SQUARE_GREY = 0x777777;
    /** The grey instead when the edit beyond is told to stop: its best so far. */
    public static final int BEYOND_SQUARE_STOPPED_GREY = 0x333333;

    /** Frames handed to {@link #project}. */
    public final List<RasterImage> projectedFrames = new ArrayList<>();
    /** When set, projections wait in {@link #heldProjections} until a test runs them. */
    public boolean holdProjections;
    public final List<Runnable> heldProjections = new ArrayList<>();
    /** When set, the next projection fails with it. */
    public RuntimeException failNextProjection;
    /** The photo generators put in use, in order: tuned weights, or null for the shared model. */
    public final List<byte[]> photoGenerators = new ArrayList<>();
    /**
     * Each {@link #editBeyondSquare}'s strokes; one off the canvas greys the whole photo, darker when
     * the edit was told to stop after the status line's first report.
     */
    public final List<ConstraintSet> beyondSquare = new ArrayList<>();
    private boolean editsPhotos;

    FakePhotoEditing() {}

    /** Whether the editor last said edits are of a photo. */
    public boolean editsPhotos() {
        return editsPhotos;
    }

    void editPhotos(boolean photo) {
        editsPhotos = photo;
    }

    CompletableFuture<EditedPhoto> editBeyondSquare(EditablePhoto photo, EditedPhoto edited, ConstraintSet strokes,
            Consumer<String> progress, BooleanSupplier cancelled) {
        beyondSquare.add(strokes);
        if (strokes.strokes().stream().flatMapToDouble(s -> Arrays.stream(s.points()))
                .allMatch(v -> v >= 0 && v <= strokes.canvasWidth())) {
            return CompletableFuture.completedFuture(edited);
        }
        progress.accept("square 1 of 1 beyond the edited one: edit, step 1 of 1");
        int[] grey = new int[photo.width() * photo.height()];
        Arrays.fill(grey, cancelled.getAsBoolean() ? BEYOND_SQUARE_STOPPED_GREY : BEYOND_SQUARE_GREY);
        return CompletableFuture.completedFuture(EditablePhoto.of(photo.width(), photo.height(), grey).unedited());
    }

    CompletableFuture<Void> usePhotoGenerator(byte[] tunedWeights) {
        photoGenerators.add(tunedWeights == null ? null : tunedWeights.clone());
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Reports a projection step, then a tuning step unless cancelled: a cancelled projection puts
     * the shared model back in use.
     */
    CompletableFuture<PhotoProjection> project(RasterImage frame, Consumer<ProjectionStatus> progress,
            BooleanSupplier cancelled) {
        projectedFrames.add(frame);
        CompletableFuture<PhotoProjection> done = new CompletableFuture<>();
        RuntimeException failure = failNextProjection;
        failNextProjection = null;
        Runnable finish = () -> {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            progress.accept(new ProjectionStatus(false, 1, 2, 12));
            boolean stopped = cancelled.getAsBoolean();
            if (!stopped) {
                progress.accept(new ProjectionStatus(true, 1, 2, 25));
            }
            byte[] tuned = stopped ? null : TUNED_WEIGHTS.clone();
            photoGenerators.add(tuned);
            done.complete(new PhotoProjection(PROJECTED.clone(), FakePaintEngine.imageOf(PROJECTED),
                    stopped ? 12 : 30, "optimize", stopped ? 1 : 2, stopped, 7, 12, tuned));
        };
        if (holdProjections) {
            heldProjections.add(finish);
        } else {
            finish.run();
        }
        return done;
    }
}
