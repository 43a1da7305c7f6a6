package org.latentbrush.app.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.latentbrush.app.settings.Settings;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
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
}
