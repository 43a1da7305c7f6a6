package org.latentbrush.app.morph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.dialogs.FileKind;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.constraint.Stroke;

class MorphViewModelTest {

    @TempDir
    Path dir;

    private DialogService dialogs;
    private EditorViewModel editor;
    private MorphViewModel morph;

    @BeforeEach
    void setUp() {
        dialogs = mock(DialogService.class);
        LiveResult live = new LiveResult(new FakePaintEngine.Opener(), new CurrentThreadTaskExecutor(), Runnable::run);
        editor = new EditorViewModel(live, dialogs, () -> 0L, () -> 42L);
        editor.openModel("fake", () -> { });
        editor.strokeStarted();
        editor.strokeFinished(Stroke.color(0xFF0000, 10, 5, 5));
        morph = new MorphViewModel(editor, dialogs, new CurrentThreadTaskExecutor());
    }

    @Test
    void prepare_thenPositionZero_showsStartingImage() {
        boolean[] ran = {false};
        morph.prepare(() -> ran[0] = true);
        assertTrue(ran[0]);
        assertEquals(MorphViewModel.FRAMES, morph.frames().size());
        morph.positionProperty().set(0);
        assertArrayEquals(FakePaintEngine.imageOf(editor.startLatent()).data(), morph.frameProperty().get().data());
    }

    @Test
    void step_atEnd_wrapsToStart() {
        morph.prepare(() -> { });
        morph.positionProperty().set(1);
        morph.step();
        assertEquals(0, morph.positionProperty().get());
        morph.step();
        assertEquals(1.0 / (MorphViewModel.FRAMES - 1), morph.positionProperty().get(), 1e-9);
    }

    @Test
    void exportGif_chosenFile_writesIt() throws Exception {
        Path gif = dir.resolve("m.gif");
        when(dialogs.chooseSaveFile(anyString(), eq(FileKind.GIF), anyString())).thenReturn(Optional.of(gif));
        morph.exportGif();
        assertTrue(Files.size(gif) > 0);
    }

    @Test
    void exportPngSequence_chosenFolder_writesEveryFrame() throws Exception {
        when(dialogs.chooseFolder(anyString())).thenReturn(Optional.of(dir.resolve("frames")));
        morph.exportPngSequence();
        try (var files = Files.list(dir.resolve("frames"))) {
            assertEquals(MorphViewModel.FRAMES, files.count());
        }
        // Each frame is the engine's learned enlargement of the morph's frame (the fake repeats pixels).
        java.awt.image.BufferedImage first = javax.imageio.ImageIO.read(dir.resolve("frames").resolve("frame-000.png").toFile());
        RasterImage expected = FakePaintEngine.nearest(morph.frames().get(0), MorphViewModel.EXPORT_SCALE);
        assertArrayEquals(expected.toArgb(), first.getRGB(0, 0, first.getWidth(), first.getHeight(), null, 0,
                first.getWidth()));
    }
}
