package org.latentbrush.app.document;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.dialogs.FileKind;
import org.latentbrush.app.engine.EnlargeCalls;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.session.Autosaver;
import org.latentbrush.app.session.Session;
import org.latentbrush.app.session.SessionFile;
import org.latentbrush.app.settings.Settings;
import org.latentbrush.app.tasks.TaskExecutor;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.api.Enlargement;
import org.latentbrush.bridge.image.RasterImage;

/** New, Open, Save, Save As, Export and recent files, and the window title that goes with them. */
public final class FilesViewModel {

    /** Export scales offered, as factors of the model's resolution. */
    public static final List<Integer> EXPORT_SCALES = List.of(1, 2, 3, 4, 6, 8);
    private static final String UNTITLED = "Untitled";

    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Settings settings;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    /** What an unsaved document is called: "Untitled", or the photo it started from. */
    private final StringProperty untitled = new SimpleStringProperty(UNTITLED);
    private final ReadOnlyLongWrapper savedRevision = new ReadOnlyLongWrapper();
    private final BooleanBinding dirty;
    private final StringBinding title;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    /** The scale Export PNG offers first, until the user has chosen one (remembered across runs). */
    static final int DEFAULT_EXPORT_SCALE = 8;

    public FilesViewModel(EditorViewModel editor, DialogService dialogs, TaskExecutor tasks, Settings settings) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.settings = settings;
        this.savedRevision.set(editor.revisionProperty().get());
        this.dirty = editor.revisionProperty().isNotEqualTo(savedRevision);
        this.title = Bindings.createStringBinding(() -> (dirty.get() ? "\u2022 " : "") + documentName()
                + " \u2014 Latent Brush", file, dirty, untitled);
        recent.setAll(settings.recentFiles());
    }

    /** The document's name: its file's name, or "Untitled" (the photo's name for a new photo document). */
    public String documentName() {
        Path path = file.get();
        return path == null ? untitled.get() : String.valueOf(path.getFileName());
    }

    /**
     * Names a new document after the photo it started from; merely opened, it has no unsaved change.
     *
     * @param name the photo's name without its extension
     */
    public void startedFromPhoto(String name) {
        file.set(null);
        untitled.set(name);
        markSaved();
    }

    /** Asks to save unsaved changes; false when the user cancelled. */
    public boolean confirmDiscard() {
        if (!dirty.get() || currentSession() == null) {
            return true;
        }
        return switch (dialogs.askSaveChanges(documentName())) {
            case YES -> saveNow();
            case NO -> true;
            case CANCEL -> false;
        };
    }

    /** Starts a new painting. */
    public void newDocument() {
        if (confirmDiscard()) {
            editor.newDocument();
            file.set(null);
            untitled.set(UNTITLED);
            markSaved();
        }
    }

    /** Asks for a session file and opens it. */
    public void open() {
        if (confirmDiscard()) {
            dialogs.chooseOpenFile("Open session", FileKind.SESSION).ifPresent(this::openFile);
        }
    }

    /** Opens a recent file, asking to save changes first. */
    public void openRecent(Path path) {
        if (confirmDiscard()) {
            openFile(path);
        }
    }

    /**
     * Opens a session file; on any failure the painting stays as it was. A session of which a part
     * could not be read (its photo, its undo history) opens as an untitled copy, so that Save does
     * not write over the file, which still holds that part, without it.
     *
     * @param path the file
     */
    public void openFile(Path path) {
        String name = String.valueOf(path.getFileName());
        load(path, opened -> {
            String leftOut = opened.partsLeftOut();
            if (leftOut == null) {
                file.set(path);
                untitled.set(UNTITLED);
                editor.say("Opened " + name);
            } else {
                file.set(null);
                untitled.set(name.replaceFirst("\\.lbrush$", "") + " copy");
                editor.say("Opened " + name + " as an untitled copy: " + leftOut + " could not be read");
            }
            markSaved();
            remember(path);
            reportPartsLeftOut(name, opened, leftOut != null);
        });
    }

    /** Opens the autosave of a crashed run; it stays unsaved and untitled. */
    public void recover(Path autosave) {
        load(autosave, opened -> {
            file.set(null);
            untitled.set(UNTITLED);
            editor.say("Recovered the painting of the last session");
            reportPartsLeftOut(String.valueOf(autosave.getFileName()), opened, false);
        });
    }

    private void load(Path path, Consumer<OpenedSession> onShown) {
        String name = String.valueOf(path.getFileName());
        editor.say("Opening " + name + "\u2026");
        tasks.run(() -> OpenedSession.read(path),
                opened -> editor.showSession(opened.session(), opened.photo(), () -> onShown.accept(opened),
                        problem -> failOpen(path, "The session could not be shown: " + problem)),
                failure -> {
                    if (!Files.exists(path)) {
                        settings.removeRecentFile(path);
                        recent.setAll(settings.recentFiles());
                    }
                    failOpen(path, FailureText.of(failure));
                });
    }

    /**
     * Says which parts of an opened session could not be read; the rest is shown.
     *
     * @param asCopy whether the session opened as an untitled copy, so that its file keeps those parts
     */
    private void reportPartsLeftOut(String name, OpenedSession opened, boolean asCopy) {
        String copy = asCopy ? "; the painting opened as an untitled copy, so " + name + " keeps " : null;
        if (opened.photoProblem() != null) {
            dialogs.showError("The photo in " + name + " could not be opened", opened.photoProblem()
                    + "\n\nThe strokes and the result are kept" + (copy == null ? "" : copy + "its photo")
                    + ". Open the photo again with File \u203a Open Photo to edit it.");
        }
        String history = opened.session().history().problem();
        if (history != null) {
            dialogs.showError("The undo history in " + name + " could not be read", history
                    + "\n\nThe strokes and the result are kept; undo starts from here"
                    + (copy == null ? "" : copy + "its undo history") + ".");
        }
    }

    private void failOpen(Path path, String problem) {
        editor.say("Could not open " + path.getFileName());
        dialogs.showError("Could not open " + path.getFileName(), problem + "\n\nYour painting is unchanged.");
    }

    /** Saves to the document's file, or asks for one. */
    public void save() {
        if (file.get() == null) {
            saveAs();
        } else {
            write(file.get());
        }
    }

    /** Asks for a file and saves there. */
    public void saveAs() {
        String suggested = file.get() == null ? suggestedBase() + SessionFile.EXTENSION : documentName();
        dialogs.chooseSaveFile("Save session", FileKind.SESSION, suggested).ifPresent(this::write);
    }

    /**
     * Saves the painting in the background.
     *
     * @param path the target
     */
    public void write(Path path) {
        Session session = currentSession();
        if (session == null) {
            return;
        }
        long revision = editor.revisionProperty().get();
        tasks.run(() -> {
            SessionFile.write(session, path);
            return path;
        }, saved -> {
            file.set(saved);
            savedRevision.set(revision);
            remember(saved);
            editor.say("Saved " + saved.getFileName());
            dialogs.notify("Saved " + saved.getFileName());
        }, failure -> dialogs.showError("Could not save " + path.getFileName(),
                FailureText.of(failure) + "\n\nYour painting is unchanged; try another folder."));
    }

    /** Saves on this thread, for "save before closing?". */
    private boolean saveNow() {
        Optional<Path> target = file.get() != null ? Optional.of(file.get())
                : dialogs.chooseSaveFile("Save session", FileKind.SESSION, suggestedBase() + SessionFile.EXTENSION);
        if (target.isEmpty()) {
            return false;
        }
        try {
            SessionFile.write(currentSession(), target.get());
            file.set(target.get());
            markSaved();
            remember(target.get());
            return true;
        } catch (java.io.IOException e) {
            dialogs.showError("Could not save " + target.get().getFileName(), FailureText.of(e));
            return false;
        }
    }

    /**
     * Asks for a scale and a file, and writes the result as PNG, enlarged through the model's learned
     * upscaler when it has one (its factor first, then smooth scaling to the chosen one).
     */
    public void exportPng() {
        RasterImage result = editor.live().resultProperty().get();
        if (result == null) {
            return;
        }
        EnlargeCalls enlarging = new EnlargeCalls(editor.live());
        Enlargement how = enlarging.enlargement();
        int remembered = settings.exportScale(DEFAULT_EXPORT_SCALE);
        Optional<Integer> scale = dialogs.choose("Export PNG", "Scale of the exported image (the model makes "
                + result.width() + "\u00d7" + result.height() + " pixels; larger sizes are enlarged by "
                + how.description() + "):",
                EXPORT_SCALES, EXPORT_SCALES.contains(remembered) ? remembered : DEFAULT_EXPORT_SCALE);
        if (scale.isEmpty()) {
            return;
        }
        int exportScale = scale.get();
        settings.setExportScale(exportScale);
        String base = documentName().replaceFirst("\\.lbrush$", "");
        dialogs.chooseSaveFile("Export PNG", FileKind.PNG, base + ".png").ifPresent(path -> enlarging.enlarge(
                result, exportScale, big -> tasks.run(() -> {
                    ImageFiles.writePng(big, path, 1);
                    return path;
                }, done -> editor.say("Exported " + done.getFileName() + " (" + big.width() + " px, "
                        + (exportScale == 1 ? "the model's own pixels" : how.description()) + ")"),
                        failure -> dialogs.showError("Could not export " + path.getFileName(), FailureText.of(failure))),
                failure -> dialogs.showError("Could not export " + path.getFileName(), FailureText.of(failure))));
    }

    /** Whether dropped files include a session. */
    public boolean accepts(List<File> files) {
        return files.stream().anyMatch(f -> FileKind.SESSION.matches(f.getName()));
    }

    /** Opens the first dropped session. */
    public void drop(List<File> files) {
        files.stream().filter(f -> FileKind.SESSION.matches(f.getName())).findFirst()
                .ifPresent(f -> openRecent(f.toPath()));
    }

    private String suggestedBase() {
        return UNTITLED.equals(untitled.get()) ? "painting" : untitled.get();
    }

    private void remember(Path path) {
        settings.addRecentFile(path);
        recent.setAll(settings.recentFiles());
    }

    private void markSaved() {
        savedRevision.set(editor.revisionProperty().get());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** Recent session files, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent;
    }

    /** The painting as a session, or {@code null} before a model has shown a result. */
    public Session currentSession() {
        return SessionSnapshot.of(editor, false);
    }

    /**
     * An autosaver of this painting: it saves whenever the painting, its result or the stroke being
     * drawn changed, keeping that stroke as far as it was drawn.
     *
     * @param autosave the autosave file
     * @param failures hears of a failed save
     * @return the autosaver, to tick every few seconds
     */
    public Autosaver autosaver(Path autosave, Consumer<Exception> failures) {
        return new Autosaver(autosave, editor::autosaveRevision, () -> SessionSnapshot.of(editor, true), tasks,
                failures);
    }
}
