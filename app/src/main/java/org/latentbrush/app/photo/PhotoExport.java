package org.latentbrush.app.photo;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.dialogs.FileKind;
import org.latentbrush.app.document.PhotoDocument;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.engine.PhotoCalls;
import org.latentbrush.app.tasks.TaskExecutor;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Exports the edited photo at its own resolution, as PNG or JPEG.
 *
 * <p>The editor edits one square live; strokes it left elsewhere on the photo (the square followed
 * the newest strokes) are edited on export in squares of their own, each projected and tuned, as
 * the command line's {@code edit} edits every group of strokes. That takes seconds a square: the
 * status line follows it, File > Finish Export Now ends each stage with its best so far and writes
 * the file, and File > Cancel Export stops it without writing anything.
 *
 * <p>The edit is carried onto the photo again from the result at the moment of export, rather than
 * taken from the screen, which may be one transfer behind the optimiser. The file is replaced
 * atomically: a failure leaves an existing file as it was.
 */
public final class PhotoExport {

    private final PhotoViewModel photos;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private AtomicBoolean cancel;
    private AtomicBoolean finishNow;

    public PhotoExport(PhotoViewModel photos, DialogService dialogs, TaskExecutor tasks) {
        this.photos = Objects.requireNonNull(photos);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** Asks for a file and writes the edited photo there (File > Export Photo). */
    public void export() {
        PhotoDocument document = photos.editor().photoProperty().get();
        if (document == null || !photos.editableProperty().get()) {
            return;
        }
        String suggested = document.baseName() + "-edited" + extensionOf(document.name());
        dialogs.chooseSaveFile("Export photo", FileKind.PHOTO, suggested).ifPresent(this::write);
    }

    /**
     * Writes the edited photo in the background.
     *
     * @param path a {@code .png}, {@code .jpg} or {@code .jpeg} file
     */
    public void write(Path path) {
        PhotoDocument document = photos.editor().photoProperty().get();
        RasterImage before = photos.reconstructionProperty().get();
        RasterImage after = photos.editor().live().resultProperty().get();
        ConstraintSet strokes = photos.editor().strokesProperty().get();
        if (document == null || before == null || after == null) {
            return;
        }
        PhotoCalls calls = new PhotoCalls(photos.editor().live());
        String name = String.valueOf(path.getFileName());
        AtomicBoolean cancelThis = new AtomicBoolean();
        AtomicBoolean finishThis = new AtomicBoolean();
        cancel = cancelThis;
        finishNow = finishThis;
        exporting.set(true);
        Consumer<Exception> failed = failure -> {
            exporting.set(false);
            dialogs.showError("Could not export " + name, FailureText.of(failure)
                    + "\n\nYour painting is unchanged; try another folder or name.");
        };
        tasks.run(() -> document.photo().edit(before, after, strokes),
                // Strokes left elsewhere on the photo when the square moved are edited as `edit` would.
                square -> calls.editBeyondSquare(document.photo(), square, strokes,
                        line -> photos.editor().say("Exporting " + name + ": " + line),
                        () -> cancelThis.get() || finishThis.get(),
                        edited -> writeUnlessCancelled(edited, path, cancelThis, finishThis, failed), failed),
                failed);
    }

    private void writeUnlessCancelled(EditedPhoto edited, Path path, AtomicBoolean cancelled,
            AtomicBoolean finishedEarly, Consumer<Exception> failed) {
        String name = String.valueOf(path.getFileName());
        if (cancelled.get()) {
            exporting.set(false);
            photos.editor().say("Export of " + name + " cancelled; nothing was written");
            return;
        }
        tasks.run(() -> {
            edited.write(path);
            return edited;
        }, written -> exported(name, written, finishedEarly.get()), failed);
    }

    /**
     * Ends each stage of the export in progress with its best so far, and writes the file (File >
     * Finish Export Now): for a user who would rather have the squares beyond less edited than wait.
     */
    public void finishNow() {
        if (finishNow != null && exporting.get()) {
            finishNow.set(true);
            photos.editor().say("Finishing the export with the best so far\u2026");
        }
    }

    /** Stops the export in progress; no file is written (File > Cancel Export). */
    public void cancel() {
        if (cancel != null) {
            cancel.set(true);
        }
    }

    /** Whether an export is running. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    private void exported(String name, EditedPhoto edited, boolean finishedEarly) {
        exporting.set(false);
        String text = String.format("Exported %s (%d\u00d7%d, %,d pixels changed%s)", name, edited.width(),
                edited.height(), edited.changedPixels(),
                finishedEarly ? "; finished early, the squares beyond as far as they had got" : "");
        photos.editor().say(text);
        dialogs.notify(text);
    }

    /** The original's extension, so a JPEG exports as JPEG; PNG for anything else. */
    static String extensionOf(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jpg") ? ".jpg" : lower.endsWith(".jpeg") ? ".jpeg" : ".png";
    }
}
