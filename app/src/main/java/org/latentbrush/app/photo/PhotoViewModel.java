package org.latentbrush.app.photo;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.dialogs.FileKind;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.document.FilesViewModel;
import org.latentbrush.app.document.PhotoDocument;
import org.latentbrush.app.engine.EnlargeCalls;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.engine.PhotoCalls;
import org.latentbrush.app.tasks.TaskExecutor;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.ModelInfo;
import org.latentbrush.bridge.api.PhotoProjection;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Photo mode: opening a photo, projecting it with progress, its reconstruction G(z₀), and what the
 * canvas shows.
 *
 * <p>The document's photo lives in {@link EditorViewModel#photoProperty()}; this follows it. A photo
 * without z₀ (just opened, or the model changed) is projected as soon as a model is open; a photo
 * with z₀ (from a session) has G(z₀) rendered. Then {@link LivePhotoEdit} keeps the edited photo
 * current, and the canvas shows it instead of the model's image.
 */
public final class PhotoViewModel {

    private final EditorViewModel editor;
    private final FilesViewModel files;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final LiveResult live;
    private final PhotoCalls photoCalls;
    private final LivePhotoEdit edit;
    private final BeforeAfterViewModel compare;
    private final WholePhotoViewModel whole;
    private final ReadOnlyBooleanWrapper projecting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper projectionFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RasterImage> reconstruction = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RasterImage> shown = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty showModelImage = new SimpleBooleanProperty();
    private final BooleanBinding hasPhoto;
    private final BooleanBinding editable;
    private AtomicBoolean stop;
    private float[] reconstructedZ0;

    /**
     * Creates it and starts following the document.
     *
     * @param editor the document
     * @param files asks to save changes and names the new document
     * @param dialogs reports bad photos
     * @param tasks runs reading and framing in the background
     */
    public PhotoViewModel(EditorViewModel editor, FilesViewModel files, DialogService dialogs, TaskExecutor tasks) {
        this.editor = Objects.requireNonNull(editor);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.tasks = Objects.requireNonNull(tasks);
        this.live = editor.live();
        this.photoCalls = new PhotoCalls(live);
        this.edit = new LivePhotoEdit(EditorViewModel.CANVAS_SIZE, tasks, editor::say);
        this.compare = new BeforeAfterViewModel(edit.originalViewProperty());
        this.whole = new WholePhotoViewModel(editor.photoProperty(), EditorViewModel.CANVAS_SIZE, tasks);
        this.hasPhoto = editor.photoProperty().isNotNull();
        this.editable = Bindings.createBooleanBinding(() -> editor.photoProperty().get() != null
                && editor.photoProperty().get().isProjected() && reconstruction.get() != null,
                editor.photoProperty(), reconstruction);
        editor.photoProperty().addListener((obs, old, now) -> photoChanged(now));
        editor.strokesProperty().addListener(obs -> updateLeftBehind());
        live.modelProperty().addListener((obs, old, now) -> modelChanged());
        live.resultProperty().addListener((obs, old, now) -> updateEdit());
        reconstruction.addListener((obs, old, now) -> updateEdit());
        for (var source : List.of(live.resultProperty(), edit.editedViewProperty(), edit.originalViewProperty(),
                showModelImage, editor.photoProperty())) {
            source.addListener(obs -> updateShown());
        }
        updateShown();
    }

    // ---- opening ----

    /** Asks to save changes, then for a photo, and opens it (File > Open Photo). */
    public void open() {
        if (files.confirmDiscard()) {
            dialogs.chooseOpenFile("Open photo", FileKind.PHOTO).ifPresent(this::openFile);
        }
    }

    /**
     * Opens a photo as a new document and projects it; a bad photo leaves the painting as it was.
     *
     * @param path a PNG or JPEG file
     */
    public void openFile(Path path) {
        String name = String.valueOf(path.getFileName());
        editor.say("Opening " + name + "\u2026");
        tasks.run(() -> PhotoDocument.read(path), document -> {
            editor.openPhoto(document);
            files.startedFromPhoto(document.baseName());
            editor.say("Opened " + name + " (" + document.photo().width() + "\u00d7" + document.photo().height()
                    + ")");
        }, failure -> {
            editor.say("Could not open " + name);
            dialogs.showError("Could not open " + name, FailureText.of(failure)
                    + "\n\nYour painting is unchanged.");
        });
    }

    /** Whether dropped files include a photo. */
    public boolean accepts(List<File> dropped) {
        return dropped.stream().anyMatch(f -> EditablePhoto.isPhotoName(f.getName()));
    }

    /** Opens the first dropped photo, asking to save changes first. */
    public void drop(List<File> dropped) {
        dropped.stream().filter(f -> EditablePhoto.isPhotoName(f.getName())).findFirst().ifPresent(f -> {
            if (files.confirmDiscard()) {
                openFile(f.toPath());
            }
        });
    }

    /**
     * Asks which square of the photo the model edits, moved and resized freely or picked from the
     * presets, and moves there (Image > Edited Square).
     */
    public void chooseSquare() {
        PhotoDocument document = editor.photoProperty().get();
        if (document == null || projecting.get()) {
            return;
        }
        EditablePhoto p = document.photo();
        // Without a model yet, any side goes; the projection then enlarges what it must.
        ModelInfo model = live.modelProperty().get();
        int smallestSide = model == null ? 1 : model.imageSize();
        dialogs.chooseSquare("Edited square", "Which part of " + document.name() + " (" + p.width() + "\u00d7"
                + p.height() + ") the model edits; strokes stay where they are on the photo.",
                PhotoSquare.requestFor(p, smallestSide))
                .ifPresent(square -> editSquare(PhotoSquare.named(square, p.width(), p.height())));
    }

    /**
     * Edits another square of the photo: projected and tuned again, strokes kept on the photo.
     *
     * @param square the square
     */
    public void editSquare(PhotoSquare square) {
        PhotoDocument document = editor.photoProperty().get();
        if (document == null) {
            return;
        }
        EditablePhoto p = document.photo();
        if (square.isAt(p.cropX(), p.cropY(), p.cropSide())) {
            return;
        }
        stopProjection();
        whole.leftBehind().leave(document.content(), p, editor.strokesProperty().get(),
                edit.editedViewProperty().get());
        editor.moveSquare(document.withSquare(square.x(), square.y(), square.side()),
                strokes -> square.moveStrokes(strokes, p.cropX(), p.cropY(), p.cropSide()));
        editor.say("Editing " + square.label().toLowerCase(java.util.Locale.ROOT) + " of " + document.name());
    }

    // ---- projection ----

    /** Stops the projection early; its best so far becomes z₀. */
    public void stopProjection() {
        if (stop != null) {
            stop.set(true);
        }
    }

    /** Tries the projection again after a failure. */
    public void retryProjection() {
        projectionFailed.set(false);
        projectIfNeeded();
    }

    private void updateLeftBehind() {
        PhotoDocument document = editor.photoProperty().get();
        whole.leftBehind().update(document == null ? null : document.content(),
                document == null ? null : document.photo(), editor.strokesProperty().get());
    }

    private void photoChanged(PhotoDocument document) {
        updateLeftBehind();
        live.editPhotos(document != null);
        edit.setPhoto(document == null ? null : document.photo());
        projectionFailed.set(false);
        if (document != null && !projecting.get()) {
            progressText.set("Preparing " + document.name() + "\u2026");
        }
        if (document == null || document.z0() != reconstructedZ0) {
            reconstruction.set(null);
            reconstructedZ0 = null;
        }
        if (document == null) {
            stopProjection();
            photoCalls.dropTunedGenerator();
        } else if (!document.isProjected()) {
            projectIfNeeded();
        } else if (reconstruction.get() == null && live.isOpen()) {
            // A session brings z₀ and the tuned generator; G′(z₀) is rendered again, as the result is.
            float[] z0 = document.z0();
            photoCalls.useGenerator(document.tunedWeights(), z0, image -> {
                if (document.equals(editor.photoProperty().get())) {
                    reconstructedZ0 = z0;
                    reconstruction.set(image);
                }
            }, failure -> editor.say("The photo's projection could not be shown: " + FailureText.of(failure)));
        }
        updateEdit();
    }

    private void modelChanged() {
        // z₀ belongs to the old model; the editor drops it once the new model is in use.
        stopProjection();
        edit.clearEdit();
        whole.leftBehind().clear();
        reconstruction.set(null);
        reconstructedZ0 = null;
        // A photo opened while no model was ready yet is projected now.
        projectIfNeeded();
    }

    private void projectIfNeeded() {
        PhotoDocument document = editor.photoProperty().get();
        ModelInfo model = live.modelProperty().get();
        if (document == null || document.isProjected() || projecting.get() || model == null) {
            return;
        }
        AtomicBoolean stopThis = new AtomicBoolean();
        stop = stopThis;
        projecting.set(true);
        progress.set(0);
        progressText.set("Projecting " + document.name() + " into " + model.title() + "\u2026");
        editor.say(progressText.get());
        tasks.run(() -> document.photo().frame(model.imageSize(), model.channels()),
                frame -> photoCalls.project(frame, status -> {
                    progress.set(status.fraction());
                    progressText.set(String.format("%s %s: step %d of %d \u00b7 PSNR %.1f dB",
                            status.tuning() ? "Tuning the model to" : "Projecting", document.name(),
                            status.iteration(), status.iterations(), status.psnr()));
                }, stopThis::get, projection -> projected(document, model, projection),
                        failure -> projectionEnded(document, model, failure)),
                failure -> projectionEnded(document, model, failure));
    }

    private void projected(PhotoDocument document, ModelInfo model, PhotoProjection projection) {
        projecting.set(false);
        if (!document.equals(editor.photoProperty().get()) || live.modelProperty().get() != model) {
            projectIfNeeded();
            return;
        }
        // Said first: painting may start as soon as the projection is in use, and has its own messages.
        editor.say(String.format("Projected %s: PSNR %.1f dB%s, %s, %.1f s%s", document.name(), projection.psnr(),
                projection.tuned() ? String.format(" (%.1f dB before tuning)", projection.psnrBeforeTuning()) : "",
                projection.method(), projection.millis() / 1000.0,
                projection.cancelled() ? " (stopped early)" : ""));
        PhotoDocument done = document.withProjection(projection);
        reconstructedZ0 = done.z0();
        reconstruction.set(projection.reconstruction());
        editor.useProjection(done, projection.reconstruction());
    }

    private void projectionEnded(PhotoDocument document, ModelInfo model, Exception failure) {
        projecting.set(false);
        // A projection overtaken by another photo or model is not a failure: the newer one starts.
        if (!document.equals(editor.photoProperty().get()) || live.modelProperty().get() != model) {
            projectIfNeeded();
            return;
        }
        projectionFailed.set(true);
        progressText.set("The projection failed: " + FailureText.of(failure));
        dialogs.showError("Could not project " + document.name(), FailureText.of(failure)
                + "\n\nThe photo stays open; try again, or open another model.");
    }

    // ---- what is shown ----

    private void updateEdit() {
        PhotoDocument document = editor.photoProperty().get();
        if (document != null && document.isProjected()) {
            // The change reaches the photo through the model's learned upscaler, as `edit` carries it.
            edit.update(reconstruction.get(), live.resultProperty().get(), editor.strokesProperty().get(),
                    new EnlargeCalls(live).learnedForBackgroundWork().orElse(UnaryOperator.identity()));
        }
    }

    private void updateShown() {
        RasterImage image = live.resultProperty().get();
        if (editor.photoProperty().get() != null && !showModelImage.get()) {
            image = edit.editedViewProperty().get() != null ? edit.editedViewProperty().get()
                    : edit.originalViewProperty().get();
        }
        shown.set(image);
    }

    /** What the canvas shows: the edited photo's square, or the model's image without a photo. */
    public ReadOnlyObjectProperty<RasterImage> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether the canvas shows the model's image G(z′) instead of the photo. */
    public BooleanProperty showModelImageProperty() {
        return showModelImage;
    }

    /** G(z₀), or {@code null} before the projection. */
    public ReadOnlyObjectProperty<RasterImage> reconstructionProperty() {
        return reconstruction.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty projectingProperty() {
        return projecting.getReadOnlyProperty();
    }

    /** Whether the last projection failed; it can be tried again. */
    public ReadOnlyBooleanProperty projectionFailedProperty() {
        return projectionFailed.getReadOnlyProperty();
    }

    /** The projection's progress, in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** A line on the projection: step, PSNR so far, or why it failed. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Three lines on the photo: its name and size, the edited square, the projection and the edit. */
    public String details() {
        PhotoDocument document = editor.photoProperty().get();
        if (document == null) {
            return "";
        }
        EditablePhoto p = document.photo();
        String projection = !document.isProjected() ? "Not projected yet"
                : Double.isNaN(document.psnr()) ? "Projected"
                : String.format("Projection: %s \u00b7 PSNR %.1f dB%s", document.method(), document.psnr(),
                        document.tunedWeights() != null ? " (model tuned to the photo)" : "");
        String figures = edit.figuresProperty().get();
        return String.format("%s \u00b7 %d\u00d7%d%nEdited square: %d px at (%d, %d)%n%s%s", document.name(),
                p.width(), p.height(), p.cropSide(), p.cropX(), p.cropY(), projection,
                figures.isEmpty() ? "" : System.lineSeparator() + figures);
    }

    /** Whether the document edits a photo. */
    public BooleanBinding hasPhotoProperty() {
        return hasPhoto;
    }

    /** Whether the photo is projected and its G(z₀) known: it can be painted on and exported. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    public LivePhotoEdit edit() {
        return edit;
    }

    public BeforeAfterViewModel compare() {
        return compare;
    }

    /** The whole photo around the edited square, which the canvas shows. */
    public WholePhotoViewModel whole() {
        return whole;
    }

    public EditorViewModel editor() {
        return editor;
    }
}
