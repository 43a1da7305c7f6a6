package org.latentbrush.app.photo;

import java.nio.file.Path;
import java.util.Objects;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.dialogs.FileKind;
import org.latentbrush.app.document.PhotoDocument;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.tasks.TaskExecutor;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Exports the edited photo at its own resolution, as PNG or JPEG.
 *
 * <p>The edit is carried onto the photo again from the result at the moment of export, rather than
 * taken from the screen, which may be one transfer behind the optimiser. The file is replaced
 * atomically: a failure leaves an existing file as it was.
 */
public final class PhotoExport {

    private final PhotoViewModel photos;
    private final DialogService dialogs;
    private final TaskExecutor tasks;

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
        tasks.run(() -> {
            EditedPhoto edited = document.photo().edit(before, after, strokes);
            edited.write(path);
            return edited;
        }, edited -> {
            String text = String.format("Exported %s (%d\u00d7%d, %,d pixels changed)", path.getFileName(),
                    edited.width(), edited.height(), edited.changedPixels());
            photos.editor().say(text);
            dialogs.notify(text);
        }, failure -> dialogs.showError("Could not export " + path.getFileName(), FailureText.of(failure)
                + "\n\nYour painting is unchanged; try another folder or name."));
    }

    /** The original's extension, so a JPEG exports as JPEG; PNG for anything else. */
    static String extensionOf(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jpg") ? ".jpg" : lower.endsWith(".jpeg") ? ".jpeg" : ".png";
    }
}
