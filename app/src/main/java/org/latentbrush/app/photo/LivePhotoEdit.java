package org.latentbrush.app.photo;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.tasks.LatestOnly;
import org.latentbrush.app.tasks.TaskExecutor;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The edited photo at full resolution, kept up to date as the optimiser streams results.
 *
 * <p>Each new result G(z′) is carried onto the photo with the masked transfer against G(z₀), in the
 * background, through {@link LatestOnly}: one transfer at a time, always on the newest result, so a
 * 12-megapixel photo never falls behind the optimiser by more than one transfer. Each transfer also
 * shrinks the edited square to the canvas's size, which is what the canvas shows.
 */
public final class LivePhotoEdit {

    private final int viewSide;
    private final TaskExecutor tasks;
    private final LatestOnly<Job, Done> transfers;
    private final ReadOnlyObjectWrapper<EditedPhoto> edited = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RasterImage> editedView = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RasterImage> originalView = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper("");
    private EditablePhoto photo;
    private volatile EnlargedBefore enlargedBefore;

    /**
     * Creates it with no photo.
     *
     * @param viewSide side of the views the canvas shows, in pixels
     * @param tasks runs transfers in the background
     * @param failures hears of a failed transfer, as a message
     */
    public LivePhotoEdit(int viewSide, TaskExecutor tasks, Consumer<String> failures) {
        this.viewSide = viewSide;
        this.tasks = Objects.requireNonNull(tasks);
        this.transfers = new LatestOnly<>(tasks, this::transfer, this::show,
                failure -> failures.accept("The photo could not be updated: " + FailureText.of(failure)));
    }

    /** Switches to another photo (or none): earlier results are dropped, the original is shown. */
    public void setPhoto(EditablePhoto newPhoto) {
        clearEdit();
        if (newPhoto == photo) {
            return;
        }
        photo = newPhoto;
        originalView.set(null);
        if (newPhoto != null) {
            tasks.run(() -> newPhoto.view(viewSide), view -> {
                if (photo == newPhoto) {
                    originalView.set(view);
                }
            }, failure -> { });
        }
    }

    /**
     * Carries a result onto the photo, soon.
     *
     * @param before G(z₀)
     * @param after G(z′), the optimiser's newest result
     * @param strokes the strokes it answers, on the canvas over the photo's square: the photo
     *     changes only within their reach
     * @param enlarge enlarges both images before their change is taken (the model's learned
     *     upscaler), run in the background; the identity to carry the change smoothly
     */
    public void update(RasterImage before, RasterImage after, ConstraintSet strokes, UnaryOperator<RasterImage> enlarge) {
        if (photo == null || before == null || after == null || before.width() != after.width()
                || before.channels() != after.channels()) {
            return;
        }
        transfers.submit(new Job(photo, before, after, strokes, viewSide, enlarge));
    }

    /** Drops the edit shown and any transfer under way (the projection is being redone). */
    public void clearEdit() {
        transfers.clear();
        edited.set(null);
        editedView.set(null);
        figures.set("");
    }

    /** Whether a transfer is under way, for tests that wait for the photo to catch up. */
    public boolean isUpdating() {
        return transfers.isRunning();
    }

    private Done transfer(Job job) {
        RasterImage after = job.enlarge.apply(job.after);
        EditedPhoto result = job.photo.edit(enlargedBefore(job, after.width()), after, job.strokes);
        return new Done(job.photo, result, result.view(job.side));
    }

    /**
     * G′(z₀) enlarged, made once per projection rather than on every transfer: it changes only with
     * a new projection, which is a new image (or with the enlargement's size, should the model's
     * upscaler come or go). Transfers run one at a time (LatestOnly), on task
     * threads, hence volatile.
     */
    private RasterImage enlargedBefore(Job job, int side) {
        EnlargedBefore cached = enlargedBefore;
        if (cached == null || cached.source() != job.before || cached.enlarged().width() != side) {
            cached = new EnlargedBefore(job.before, job.enlarge.apply(job.before));
            enlargedBefore = cached;
        }
        return cached.enlarged();
    }

    private void show(Done done) {
        if (done.photo != photo) {
            return;
        }
        edited.set(done.edited);
        editedView.set(done.view);
        StringBuilder text = new StringBuilder(String.format("%,d pixels changed \u00b7 transfer %d ms",
                done.edited.changedPixels(), done.edited.millis()));
        // Said plainly when the model cannot take the photo to a painted colour, rather than silently.
        for (String shortfall : done.edited.shortfalls()) {
            text.append(System.lineSeparator()).append(Character.toUpperCase(shortfall.charAt(0)))
                    .append(shortfall.substring(1));
        }
        figures.set(text.toString());
    }

    /** The newest edited photo at full resolution, or {@code null} before the first transfer. */
    public ReadOnlyObjectProperty<EditedPhoto> editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /** The edited photo's square at the canvas's size, or {@code null}. */
    public ReadOnlyObjectProperty<RasterImage> editedViewProperty() {
        return editedView.getReadOnlyProperty();
    }

    /** The original photo's square at the canvas's size, or {@code null} while it is being made. */
    public ReadOnlyObjectProperty<RasterImage> originalViewProperty() {
        return originalView.getReadOnlyProperty();
    }

    /** How much the newest transfer changed and how long it took. */
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    private record Job(EditablePhoto photo, RasterImage before, RasterImage after, ConstraintSet strokes,
            int side, UnaryOperator<RasterImage> enlarge) {}

    private record Done(EditablePhoto photo, EditedPhoto edited, RasterImage view) {}

    private record EnlargedBefore(RasterImage source, RasterImage enlarged) {}
}
