package org.latentbrush.app.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.dialogs.FileKind;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.session.Autosaver;
import org.latentbrush.app.session.Session;
import org.latentbrush.app.session.SessionFile;
import org.latentbrush.app.session.SessionPhoto;
import org.latentbrush.app.settings.Settings;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;

class FilesViewModelTest {

    @TempDir
    Path dir;

    private Preferences node;
    private DialogService dialogs;
    private EditorViewModel editor;
    private LiveResult live;
    private FilesViewModel files;

    @BeforeEach
    void setUp() {
        node = Preferences.userRoot().node("org/latentbrush/test/files-" + System.nanoTime());
        dialogs = mock(DialogService.class);
        live = new LiveResult(new FakePaintEngine.Opener(), new CurrentThreadTaskExecutor(), Runnable::run);
        editor = new EditorViewModel(live, dialogs, () -> 0L, () -> 42L);
        editor.openModel("fake", () -> { });
        files = new FilesViewModel(editor, dialogs, new CurrentThreadTaskExecutor(), new Settings(node));
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    private void draw(Stroke s) {
        editor.strokeStarted();
        editor.strokeFinished(s);
    }

    @Test
    void saveAs_thenOpen_roundTripsStrokesAndResult() {
        draw(Stroke.color(0xFF0000, 10, 5, 5, 100, 100));
        var strokes = editor.strokesProperty().get();
        float[] z = live.currentZ();
        Path file = dir.resolve("p.lbrush");
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.SESSION), anyString())).thenReturn(Optional.of(file));
        files.saveAs();
        assertFalse(files.dirtyProperty().get());
        assertEquals("p.lbrush \u2014 Latent Brush", files.titleProperty().get());

        files.newDocument();
        assertTrue(editor.strokesProperty().get().isEmpty());
        files.openFile(file);
        assertEquals(strokes, editor.strokesProperty().get());
        assertArrayEquals(z, live.currentZ());
        assertEquals(List.of(file.toAbsolutePath().normalize()), files.recentFiles());
        verify(dialogs, never()).showError(anyString(), anyString());
    }

    @Test
    void openFile_corrupt_showsErrorAndKeepsPainting() throws Exception {
        draw(Stroke.color(0xFF0000, 10, 5, 5));
        var strokes = editor.strokesProperty().get();
        float[] z = live.currentZ();
        Path bad = dir.resolve("bad.lbrush");
        Files.writeString(bad, "garbage");
        files.openFile(bad);
        verify(dialogs).showError(eq("Could not open bad.lbrush"), contains("not a session file"));
        assertEquals(strokes, editor.strokesProperty().get());
        assertArrayEquals(z, live.currentZ());
        assertTrue(files.dirtyProperty().get());
    }

    @Test
    void newDocument_unsavedAndCancelled_keepsPainting() {
        draw(Stroke.color(0xFF0000, 10, 5, 5));
        when(dialogs.askSaveChanges(anyString())).thenReturn(DialogService.SaveChoice.CANCEL);
        files.newDocument();
        assertEquals(1, editor.strokesProperty().get().strokes().size());
    }

    @Test
    void exportPng_atScale_writesEnlargedImage() throws Exception {
        Path png = dir.resolve("out.png");
        when(dialogs.choose(anyString(), anyString(), any(), any())).thenReturn(Optional.of(4));
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.PNG), anyString())).thenReturn(Optional.of(png));
        files.exportPng();
        java.awt.image.BufferedImage written = ImageIO.read(png.toFile());
        assertEquals(FakePaintEngine.SIZE * 4, written.getWidth());
        // The pixels are the engine's learned enlargement (the fake repeats pixels), not smooth scaling.
        org.latentbrush.bridge.image.RasterImage expected = FakePaintEngine.nearest(live.resultProperty().get(), 4);
        assertArrayEquals(expected.toArgb(), written.getRGB(0, 0, written.getWidth(), written.getHeight(), null, 0,
                written.getWidth()));
        verify(dialogs).choose(anyString(), org.mockito.ArgumentMatchers.contains("learned"), any(), any());
    }

    @Test
    void exportPng_offersTheLastChosenScaleAgain_evenInANewEditor() throws Exception {
        when(dialogs.choose(anyString(), anyString(), any(), any())).thenReturn(Optional.of(3));
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.PNG), anyString()))
                .thenReturn(Optional.of(dir.resolve("a.png")));
        files.exportPng();

        FilesViewModel restarted = new FilesViewModel(editor, dialogs, new CurrentThreadTaskExecutor(),
                new Settings(node));
        restarted.exportPng();
        verify(dialogs).choose(anyString(), anyString(), eq(FilesViewModel.EXPORT_SCALES), eq(3));
        assertEquals(FakePaintEngine.SIZE * 3, ImageIO.read(dir.resolve("a.png").toFile()).getWidth());
    }

    private static final Stroke RED = Stroke.color(0xFF0000, 10, 5, 5);
    private static final Stroke GREEN = Stroke.color(0x00FF00, 10, 50, 50);
    private static final Stroke BLUE = Stroke.color(0x0000FF, 10, 90, 90);

    private Path saveAs(String name) {
        Path file = dir.resolve(name);
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.SESSION), anyString())).thenReturn(Optional.of(file));
        files.saveAs();
        return file;
    }

    private List<Stroke> strokes() {
        return editor.strokesProperty().get().strokes();
    }

    @Test
    void saveThenOpen_keepsTheHistory_undoGivesEarlierStrokesAndRedoLater() {
        draw(RED);
        draw(GREEN);
        draw(BLUE);
        float[] blueZ = live.currentZ();
        editor.undo();
        Path file = saveAs("h.lbrush");
        files.newDocument();
        assertTrue(editor.history().edits().isEmpty());

        files.openFile(file);
        assertFalse(files.dirtyProperty().get());
        assertEquals(List.of(RED, GREEN), strokes());
        assertEquals(3, editor.history().edits().size());
        assertEquals(2, editor.history().positionProperty().get());
        editor.undo();
        assertEquals(List.of(RED), strokes());
        editor.redo();
        editor.redo();
        assertEquals(List.of(RED, GREEN, BLUE), strokes());
        assertArrayEquals(blueZ, live.currentZ(), "redo brings back the result as it was");
        verify(dialogs, never()).showError(anyString(), anyString());
    }

    @Test
    void openFile_previousVersion_opensWithAnEmptyHistory() throws Exception {
        Path file = dir.resolve("v2.lbrush");
        try (var out = Files.newOutputStream(file); var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("session.json"));
            zip.write(("{\"format\":\"latent-brush-session\",\"version\":2,\"model\":{\"name\":\"fake\","
                    + "\"latentSize\":3,\"fingerprint\":\"fake-fake\"}}").getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("strokes.json"));
            zip.write(org.latentbrush.bridge.constraint.StrokesFile.toJson(ConstraintSet.empty(512, 512).with(RED))
                    .toString().getBytes());
            for (String latent : List.of("z.f32", "start.f32")) {
                zip.putNextEntry(new java.util.zip.ZipEntry(latent));
                zip.write(new byte[12]);
            }
        }
        draw(GREEN);
        files.openFile(file);
        assertEquals(List.of(RED), strokes());
        assertTrue(editor.history().edits().isEmpty());
        verify(dialogs, never()).showError(anyString(), anyString());
    }

    @Test
    void openFile_damagedHistory_opensTheRestAndNamesFileAndProblem() throws Exception {
        draw(RED);
        draw(GREEN);
        float[] z = live.currentZ();
        Path saved = saveAs("s.lbrush");
        Path file = dir.resolve("damaged.lbrush");
        try (var in = new java.util.zip.ZipFile(saved.toFile()); var out = Files.newOutputStream(file);
                var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(e.getName().equals("history.json") ? "{ not json".getBytes()
                        : in.getInputStream(e).readAllBytes());
            }
        }
        files.newDocument();
        files.openFile(file);
        assertEquals(List.of(RED, GREEN), strokes());
        assertArrayEquals(z, live.currentZ());
        assertTrue(editor.history().edits().isEmpty());
        verify(dialogs).showError(eq("The undo history in damaged.lbrush could not be read"),
                contains("damaged.lbrush: history.json is not valid JSON"));
        verify(dialogs).showError(anyString(), contains("the painting opened as an untitled copy, so "
                + "damaged.lbrush keeps its undo history"));
    }

    @Test
    void openFile_damagedHistory_paintOnAndSave_writesACopyAndLeavesTheFileWithItsHistory() throws Exception {
        draw(RED);
        draw(GREEN);
        Path file = dir.resolve("damaged.lbrush");
        Files.copy(saveAs("s.lbrush"), file);
        byte[] history = replaceEntry(file, "history.json", "{ \"position\": -1 }".getBytes());
        byte[] before = Files.readAllBytes(file);
        files.newDocument();
        files.openFile(file);

        draw(BLUE);
        Path copy = dir.resolve("continued.lbrush");
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.SESSION), anyString())).thenReturn(Optional.of(copy));
        files.save();
        assertArrayEquals(before, Files.readAllBytes(file), "the file the history was read from is untouched");
        assertArrayEquals(history, entry(file, "history.json"));
        verify(dialogs).chooseSaveFile(anyString(), eq(FileKind.SESSION), eq("damaged copy.lbrush"));
        assertEquals(copy, files.fileProperty().get());
        assertEquals(List.of(RED, GREEN, BLUE), SessionFile.read(copy).strokes().strokes());
    }

    @Test
    void openFile_undecodablePhoto_opensAsUntitledCopy_soSaveLeavesTheFileWithItsPhoto() throws Exception {
        draw(RED);
        Session painting = SessionFile.read(saveAs("p.lbrush"));
        // A PNG's signature, so it is kept as photo.png, then nothing a decoder can read.
        byte[] damaged = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        SessionPhoto photo = new SessionPhoto("lake.png", damaged, null, Double.NaN, null, null, null);
        Path file = dir.resolve("lake.lbrush");
        SessionFile.write(new Session(painting.modelName(), painting.modelReference(), painting.strokes(),
                painting.z(), painting.start(), painting.anchor(), null, photo, painting.modelFingerprint()), file);
        byte[] before = Files.readAllBytes(file);
        files.newDocument();
        files.openFile(file);
        assertEquals(List.of(RED), strokes());

        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.SESSION), anyString())).thenReturn(Optional.empty());
        files.save();
        assertArrayEquals(before, Files.readAllBytes(file), "Save did not write over the session");
        assertArrayEquals(damaged, SessionFile.read(file).photo().content());
        verify(dialogs).chooseSaveFile(anyString(), eq(FileKind.SESSION), eq("lake copy.lbrush"));
        assertNull(files.fileProperty().get());
        assertEquals("lake copy \u2014 Latent Brush", files.titleProperty().get());
        verify(dialogs).showError(eq("The photo in lake.lbrush could not be opened"), contains(
                "The strokes and the result are kept; the painting opened as an untitled copy, so lake.lbrush "
                        + "keeps its photo."));
        assertEquals(List.of(file.toAbsolutePath().normalize(), dir.resolve("p.lbrush").toAbsolutePath()
                .normalize()), files.recentFiles());
    }

    /** Rewrites one entry of a session file in place; returns the new content. */
    private static byte[] replaceEntry(Path file, String name, byte[] content) throws Exception {
        Path rewritten = file.resolveSibling(file.getFileName() + ".tmp");
        try (var in = new java.util.zip.ZipFile(file.toFile()); var out = Files.newOutputStream(rewritten);
                var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(e.getName().equals(name) ? content : in.getInputStream(e).readAllBytes());
            }
        }
        Files.move(rewritten, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return content;
    }

    private static byte[] entry(Path file, String name) throws Exception {
        try (var in = new java.util.zip.ZipFile(file.toFile())) {
            return in.getInputStream(in.getEntry(name)).readAllBytes();
        }
    }

    @Test
    void autosaveThenRecover_restoresTheHistoryAndTheStrokeInProgress() throws Exception {
        Path autosave = dir.resolve("autosave.lbrush");
        Autosaver saver = files.autosaver(autosave, e -> { throw new AssertionError(e); });
        draw(RED);
        draw(GREEN);
        saver.tick();
        // The crash comes while the third stroke is drawn: the next tick must keep it as far as it got.
        editor.strokeStarted();
        Stroke partial = BLUE.withPoint(95, 95);
        editor.strokeMoved(BLUE);
        editor.strokeMoved(partial);
        saver.tick();

        LiveResult restarted = new LiveResult(new FakePaintEngine.Opener(), new CurrentThreadTaskExecutor(),
                Runnable::run);
        EditorViewModel next = new EditorViewModel(restarted, dialogs, () -> 0L, () -> 7L);
        next.openModel("fake", () -> { });
        FilesViewModel nextFiles = new FilesViewModel(next, dialogs, new CurrentThreadTaskExecutor(), new Settings(node));
        nextFiles.recover(autosave);
        assertEquals(List.of(RED, GREEN, partial), next.strokesProperty().get().strokes());
        assertEquals(3, next.history().edits().size());
        assertEquals("Colour stroke #0000ff", next.history().edits().get(2).name());
        next.undo();
        assertEquals(List.of(RED, GREEN), next.strokesProperty().get().strokes());
        next.undo();
        assertEquals(List.of(RED), next.strokesProperty().get().strokes());
        next.redo();
        next.redo();
        assertEquals(List.of(RED, GREEN, partial), next.strokesProperty().get().strokes());
        assertTrue(nextFiles.dirtyProperty().get(), "a recovered painting is not saved anywhere yet");
        verify(dialogs, never()).showError(anyString(), anyString());
    }

    @Test
    void openFile_clearsTheGallery() {
        draw(RED);
        Path file = saveAs("g.lbrush");
        draw(GREEN);
        assertFalse(live.candidates().isEmpty());
        files.openFile(file);
        assertTrue(live.candidates().isEmpty());
    }
}
