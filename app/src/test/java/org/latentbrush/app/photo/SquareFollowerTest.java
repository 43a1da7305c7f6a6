package org.latentbrush.app.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.app.FakePhotoEditing;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.document.FilesViewModel;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.settings.Settings;
import org.latentbrush.app.square.Square;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.constraint.Stroke;

/**
 * The edited square follows the strokes on a 60×40 photo: its centred square is 40 px at x 10, and
 * the 512-unit canvas covers it at 12.8 units a photo pixel.
 */
class SquareFollowerTest {

    private static final int RED = 0xFF0000;
    private static final double UNITS = 512 / 40.0;

    @TempDir
    Path dir;

    private Preferences node;
    private FakePaintEngine.Opener opener;
    private DialogService dialogs;
    private EditorViewModel editor;
    private PhotoViewModel photos;
    private SquareFollower brush;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        node = Preferences.userRoot().node("org/latentbrush/test/follow-" + System.nanoTime());
        opener = new FakePaintEngine.Opener();
        dialogs = mock(DialogService.class);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        editor = new EditorViewModel(new LiveResult(opener, tasks, Runnable::run), dialogs, () -> 0L, () -> 42L);
        editor.openModel("fake", () -> { });
        photos = new PhotoViewModel(editor, new FilesViewModel(editor, dialogs, tasks, new Settings(node)), dialogs,
                tasks);
        brush = new SquareFollower(editor, photos);
        file = PhotoViewModelTest.gradientPng(dir, "wide.png");
        photos.openFile(file);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    private void paint(Stroke s) {
        brush.strokeStarted();
        brush.strokeMoved(s);
        brush.strokeFinished(s);
    }

    private Square square() {
        EditablePhoto p = editor.photoProperty().get().photo();
        return new Square(p.cropX(), p.cropY(), p.cropSide());
    }

    @Test
    void strokeInTheCorner_movesTheSquareThere_andTheEditChangesPixelsThereOnly() throws Exception {
        // Photo (56, 36), near the bottom-right corner, is canvas x 588.8: off the square, to its right.
        Stroke corner = Stroke.color(RED, 32, (56 - 10) * UNITS, 36 * UNITS);
        paint(corner);

        assertEquals(new Square(20, 0, 40), square(), "the largest square, slid right as far as it goes");
        assertEquals(2, opener.last().photos.projectedFrames.size(), "the new square is projected and tuned");
        assertTrue(editor.photoProperty().get().isProjected());
        Stroke kept = editor.strokesProperty().get().strokes().get(0);
        assertEquals((56 - 20) * UNITS, kept.points()[0], 1e-9, "the stroke stays on photo x 56");
        assertTrue(editor.messageProperty().get().contains("square of 40 px at (20, 0)"),
                editor.messageProperty().get());
        var submitted = opener.last().submittedSets();
        assertEquals(editor.strokesProperty().get(), submitted.get(submitted.size() - 1), "optimised there");

        EditedPhoto edited = photos.edit().editedProperty().get();
        EditablePhoto original = EditablePhoto.read(file);
        assertNotEquals(original.rgbAt(56, 36), edited.rgbAt(56, 36), "painted where the stroke is");
        // The brush's 2.5 photo pixels reach 3.75 px: beyond that nothing changes.
        for (int y = 0; y < PhotoViewModelTest.HEIGHT; y++) {
            for (int x = 0; x < PhotoViewModelTest.WIDTH; x++) {
                if (Math.hypot(x + 0.5 - 56, y + 0.5 - 36) > 4.5) {
                    assertEquals(original.rgbAt(x, y), edited.rgbAt(x, y), "unchanged at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void strokeInsideTheSquare_leavesItWhereItIs() {
        paint(Stroke.color(RED, 20, 100, 100, 400, 400));
        assertEquals(new Square(10, 0, 40), square());
        assertEquals(1, opener.last().photos.projectedFrames.size(), "no projection again");
        assertFalse(editor.messageProperty().get().contains("reached beyond"), editor.messageProperty().get());
    }

    @Test
    void squareChosenByHand_isKeptWhileTheStrokesFit_andFollowsOneThatDoesNot() {
        Square chosen = new Square(17, 5, 30);
        when(dialogs.chooseSquare(anyString(), anyString(), any())).thenReturn(Optional.of(chosen));
        photos.chooseSquare();
        paint(Stroke.color(RED, 20, 256, 256));
        paint(Stroke.color(0x00FF00, 20, 100, 400));
        assertEquals(chosen, square(), "both strokes fit in the chosen square");
        assertEquals(2, opener.last().photos.projectedFrames.size());

        // Photo (5, 20), left of the chosen square: the largest square moves to the photo's left edge.
        double units = 512 / 30.0;
        paint(Stroke.color(0x0000FF, 20, (5 - 17) * units, (20 - 5) * units));
        assertEquals(new Square(0, 0, 40), square());
        assertEquals(3, editor.strokesProperty().get().strokes().size(), "every stroke is kept on the photo");
        assertEquals(3, opener.last().photos.projectedFrames.size());
    }

    @Test
    void eraserOffTheSquare_doesNotMoveIt() {
        paint(Stroke.erase(20, -50, 100));
        assertEquals(new Square(10, 0, 40), square());
    }

    @Test
    void withoutAPhoto_strokesJustGoToThePainting() {
        editor.newDocument();
        Stroke far = Stroke.color(RED, 20, 500, 500);
        paint(far);
        assertEquals(java.util.List.of(far), editor.strokesProperty().get().strokes());
    }

    @Test
    void squareChosenByHand_keepsTheUndoHistoryOnTheNewSquare_andUndoStartsAgainFromItsProjection() throws Exception {
        // On the centred 40 px square at x = 10, canvas (256, 128) is photo (30, 10).
        Stroke red = Stroke.color(RED, 32, 256, 128);
        paint(red);
        paint(Stroke.color(0x00FF00, 32, 300, 300));
        when(dialogs.chooseSquare(anyString(), anyString(), any())).thenReturn(Optional.of(new Square(17, 5, 30)));

        photos.chooseSquare();

        assertEquals(2, editor.history().edits().size(), "both strokes can still be undone");
        editor.undo();
        List<Stroke> left = editor.strokesProperty().get().strokes();
        assertEquals(1, left.size());
        double scale = 512 / 30.0;
        assertEquals((30 - 17) * scale, left.get(0).points()[0], 1e-9, "the red stroke stays on photo x 30");
        assertEquals((10 - 5) * scale, left.get(0).points()[1], 1e-9, "and on photo y 10");
        FakePaintEngine e = opener.last();
        assertEquals(left, e.submittedSets().get(e.submittedSets().size() - 1).strokes(),
                "the step's picture was the old square's: its strokes are optimised again");
        assertArrayEquals(FakePhotoEditing.PROJECTED, e.anchor, "from the new square's z\u2080");
        editor.undo();
        assertEquals(0, editor.strokesProperty().get().strokes().size());
        assertArrayEquals(FakePhotoEditing.PROJECTED, editor.live().currentZ());
    }
    @Test
    void squareMovedAway_keepsItsEditOnTheWholePhoto_untilItsStrokesChange() throws Exception {
        // Photo (4, 20), left of the centred square: the square moves to the photo's left edge.
        paint(Stroke.color(RED, 32, (4 - 10) * UNITS, 20 * UNITS));
        assertEquals(new Square(0, 0, 40), square());
        assertNotNull(photos.edit().editedViewProperty().get(), "the left square was edited live");
        LeftBehindEdits behind = photos.whole().leftBehind();
        assertEquals(List.of(), behind.shownProperty().get(), "nothing left behind yet");

        // Photo (56, 20): the square follows to the right edge and leaves the left one's edit drawn.
        paint(Stroke.color(0x0000FF, 32, 56 * UNITS, 20 * UNITS));
        assertEquals(new Square(20, 0, 40), square());
        List<LeftBehindEdits.Shown> shown = behind.shownProperty().get();
        assertEquals(1, shown.size());
        assertEquals(-20 * UNITS, shown.get(0).x(), 1e-9, "drawn where the left square is on the photo");
        assertEquals(0, shown.get(0).y(), 1e-9);
        assertEquals(512, shown.get(0).side(), 1e-9);
        // The left square's last edit: changed where the red stroke is, the photo where no stroke reaches.
        int[] kept = shown.get(0).image().toArgb();
        int[] photo = EditablePhoto.read(file).withSquare(0, 0, 40).view(512).toArgb();
        int atStroke = (int) (20 * UNITS) * 512 + (int) (4 * UNITS);
        assertNotEquals(photo[atStroke], kept[atStroke], "edited at the stroke");
        int farAway = 256 * 512 + 500;
        assertEquals(photo[farAway], kept[farAway], "the photo itself at x 39");

        editor.undo();
        assertEquals(1, behind.shownProperty().get().size(), "the blue stroke never reached the left square");
        editor.undo();
        assertEquals(List.of(), behind.shownProperty().get(), "its red stroke undone: the edit is not shown");
        editor.redo();
        assertEquals(1, behind.shownProperty().get().size(), "and shown again when the stroke is back");
        // Photo (30, 30): inside the square edited now, and inside the left one too.
        paint(Stroke.color(0x00FF00, 8, (30 - 20) * UNITS, 30 * UNITS));
        assertEquals(new Square(20, 0, 40), square());
        assertEquals(List.of(), behind.shownProperty().get(), "a stroke added there: the export edits it anew");

        photos.openFile(file);
        assertEquals(List.of(), behind.shownProperty().get(), "another photo document starts with none");
    }
}
