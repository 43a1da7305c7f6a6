package org.latentbrush.app.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.app.FakePhotoEditing;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.dialogs.FileKind;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.document.FilesViewModel;
import org.latentbrush.app.document.PhotoDocument;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.settings.Settings;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;

/** A photo document saved, opened again, damaged, and exported. */
class PhotoSessionAndExportTest {

    private static final int RED = 0xFF0000;

    @TempDir
    Path dir;

    private Preferences node;
    private DialogService dialogs;
    private EditorViewModel editor;
    private FilesViewModel files;
    private PhotoViewModel photos;
    private PhotoExport export;
    private Path photoFile;
    private FakePaintEngine.Opener opener;

    @BeforeEach
    void setUp() throws Exception {
        node = Preferences.userRoot().node("org/latentbrush/test/photo-session-" + System.nanoTime());
        dialogs = mock(DialogService.class);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        opener = new FakePaintEngine.Opener();
        LiveResult live = new LiveResult(opener, tasks, Runnable::run);
        editor = new EditorViewModel(live, dialogs, () -> 0L, () -> 42L);
        editor.openModel("fake", () -> { });
        files = new FilesViewModel(editor, dialogs, tasks, new Settings(node));
        photos = new PhotoViewModel(editor, files, dialogs, tasks);
        export = new PhotoExport(photos, dialogs, tasks);
        photoFile = PhotoViewModelTest.gradientPng(dir, "garden.png");
        photos.openFile(photoFile);
        editor.strokeStarted();
        editor.strokeFinished(Stroke.color(RED, 20, 100, 100, 300, 300));
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    private Path saveAs(String name) {
        Path file = dir.resolve(name);
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.SESSION), anyString())).thenReturn(Optional.of(file));
        files.saveAs();
        return file;
    }

    @Test
    void saveThenOpen_photoSession_restoresPhotoZ0AndStrokes() {
        ConstraintSet strokes = editor.strokesProperty().get();
        float[] z = editor.live().currentZ();
        Path session = saveAs("garden.lbrush");
        files.newDocument();
        assertNull(editor.photoProperty().get());

        files.openFile(session);
        PhotoDocument photo = editor.photoProperty().get();
        assertNotNull(photo);
        assertEquals("garden.png", photo.name());
        assertArrayEquals(FakePhotoEditing.PROJECTED, photo.z0());
        assertEquals(strokes, editor.strokesProperty().get());
        assertArrayEquals(z, editor.live().currentZ());
        assertNotNull(photos.reconstructionProperty().get(), "G(z0) rendered again");
        assertNotNull(photos.edit().editedProperty().get(), "the edit carried onto the photo again");
    }

    @Test
    void tunedGenerator_isUsedAfterProjection_droppedWithThePhoto_andBroughtBackBySession() {
        FakePaintEngine engine = opener.last();
        assertArrayEquals(FakePhotoEditing.TUNED_WEIGHTS, engine.photos.photoGenerators.get(0), "tuned on projection");
        assertArrayEquals(FakePhotoEditing.TUNED_WEIGHTS, editor.photoProperty().get().tunedWeights());
        Path session = saveAs("tuned.lbrush");

        files.newDocument();
        assertNull(engine.photos.photoGenerators.get(engine.photos.photoGenerators.size() - 1),
                "a painting edits with the shared model again");

        files.openFile(session);
        assertArrayEquals(FakePhotoEditing.TUNED_WEIGHTS,
                engine.photos.photoGenerators.get(engine.photos.photoGenerators.size() - 1),
                "the session's tuned generator is in use again");
        assertEquals(1, engine.photos.projectedFrames.size(), "not projected or tuned a second time");
    }

    @Test
    void saveAs_photoDocument_suggestsPhotosName() {
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.SESSION), anyString())).thenReturn(Optional.empty());
        files.saveAs();
        verify(dialogs).chooseSaveFile(anyString(), eq(FileKind.SESSION), eq("garden.lbrush"));
    }

    @Test
    void open_sessionWithCorruptPhoto_keepsStrokesAndSaysWhy() throws Exception {
        ConstraintSet strokes = editor.strokesProperty().get();
        Path session = saveAs("broken.lbrush");
        Path damaged = rewrite(session, "photo.png", "garbage".getBytes());
        files.newDocument();

        files.openFile(damaged);
        assertEquals(strokes, editor.strokesProperty().get());
        assertNull(editor.photoProperty().get());
        verify(dialogs).showError(eq("The photo in damaged.lbrush could not be opened"),
                contains("The strokes and the result are kept"));
    }

    @Test
    void open_sessionWithoutPhotoEntry_keepsStrokesAndSaysMissing() throws Exception {
        ConstraintSet strokes = editor.strokesProperty().get();
        Path session = saveAs("lost.lbrush");
        Path damaged = rewrite(session, "photo.png", null);
        files.newDocument();

        files.openFile(damaged);
        assertEquals(strokes, editor.strokesProperty().get());
        verify(dialogs).showError(eq("The photo in damaged.lbrush could not be opened"),
                contains("garden.png: the photo is missing from the session file"));
    }

    @Test
    void export_png_hasOriginalSizeAndLeavesOutsideOfSquareIdentical() throws Exception {
        Path out = dir.resolve("garden-edited.png");
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.PHOTO), eq("garden-edited.png")))
                .thenReturn(Optional.of(out));
        export.export();
        EditablePhoto original = EditablePhoto.read(photoFile);
        EditablePhoto exported = EditablePhoto.read(out);
        assertEquals(original.width(), exported.width());
        assertEquals(original.height(), exported.height());
        for (int y = 0; y < original.height(); y++) {
            for (int x = 0; x < original.cropX(); x++) {
                assertEquals(original.rgbAt(x, y), exported.rgbAt(x, y));
                int right = original.width() - 1 - x;
                assertEquals(original.rgbAt(right, y), exported.rgbAt(right, y));
            }
        }
        int cx = original.width() / 2;
        int cy = original.height() / 2;
        assertNotEquals(original.rgbAt(cx, cy), exported.rgbAt(cx, cy));
        assertTrue(((exported.rgbAt(cx, cy) >> 16) & 0xFF) > ((original.rgbAt(cx, cy) >> 16) & 0xFF),
                "pulled toward the stroke's red");
        verify(dialogs).notify(contains("Exported garden-edited.png (60\u00d740"));
    }

    /** A stroke off the square's canvas, on the photo's left margin: the square no longer holds it. */
    private void paintBeyondTheSquare() {
        editor.strokeStarted();
        editor.strokeFinished(Stroke.color(RED, 20, -100, 200, -90, 300));
    }

    @Test
    void export_strokeLeftBeyondTheSquare_writesThePhotoWithThatStrokesSquareEditedToo() throws Exception {
        paintBeyondTheSquare();
        Path out = dir.resolve("both.png");
        export.write(out);
        FakePaintEngine engine = opener.last();
        assertEquals(editor.strokesProperty().get(),
                engine.photos.beyondSquare.get(engine.photos.beyondSquare.size() - 1));
        assertEquals(FakePhotoEditing.BEYOND_SQUARE_GREY, EditablePhoto.read(out).rgbAt(0, 0) & 0xFFFFFF,
                "the file holds what the squares beyond gave back");
        verify(dialogs).notify(contains("Exported both.png"));
    }

    /**
     * Paints beyond the square and exports to {@code both.png}; the user does {@code action} as soon
     * as the status line shows the squares beyond being edited.
     */
    private Path exportBeyondTheSquareThen(Runnable action) {
        paintBeyondTheSquare();
        editor.messageProperty().addListener((obs, old, now) -> {
            if (now.startsWith("Exporting both.png")) {
                action.run();
            }
        });
        Path out = dir.resolve("both.png");
        export.write(out);
        return out;
    }

    @Test
    void cancelExport_whileTheSquaresBeyondAreEdited_writesNothingAndSaysSo() throws Exception {
        Path out = exportBeyondTheSquareThen(export::cancel);
        assertFalse(Files.exists(out), "a cancelled export writes no file");
        assertFalse(export.exportingProperty().get());
        assertEquals("Export of both.png cancelled; nothing was written", editor.messageProperty().get());
    }

    @Test
    void finishExportNow_whileTheSquaresBeyondAreEdited_writesTheirBestSoFarAndSaysSo() throws Exception {
        Path out = exportBeyondTheSquareThen(export::finishNow);
        assertEquals(FakePhotoEditing.BEYOND_SQUARE_STOPPED_GREY, EditablePhoto.read(out).rgbAt(0, 0) & 0xFFFFFF,
                "the file holds what the squares beyond had when told to finish");
        assertFalse(export.exportingProperty().get());
        verify(dialogs).notify(contains("Exported both.png"));
        verify(dialogs).notify(contains("finished early"));
    }

    @Test
    void export_intoAFileInsteadOfAFolder_reportsAndKeepsPainting() throws Exception {
        ConstraintSet strokes = editor.strokesProperty().get();
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "a file");
        Path out = notAFolder.resolve("x.png");
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.PHOTO), anyString())).thenReturn(Optional.of(out));
        export.export();
        verify(dialogs).showError(eq("Could not export x.png"), contains("Your painting is unchanged"));
        assertEquals(strokes, editor.strokesProperty().get());
    }

    /** Copies a session, replacing one entry's content, or leaving it out when {@code content} is null. */
    private Path rewrite(Path session, String entry, byte[] content) throws Exception {
        Path out = dir.resolve("damaged.lbrush");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(session));
                OutputStream file = Files.newOutputStream(out);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    if (content == null) {
                        continue;
                    }
                    bytes = content;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out;
    }
}
