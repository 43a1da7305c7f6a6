package org.latentbrush.app.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.app.FakePhotoEditing;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.document.FilesViewModel;
import org.latentbrush.app.document.PhotoDocument;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.settings.Settings;
import org.latentbrush.app.square.Square;
import org.latentbrush.app.square.SquareRequest;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;

class PhotoViewModelTest {

    private static final int RED = 0xFF0000;
    static final int WIDTH = 60;
    static final int HEIGHT = 40;

    @TempDir
    Path dir;

    private Preferences node;
    private FakePaintEngine.Opener opener;
    private DialogService dialogs;
    private EditorViewModel editor;
    private FilesViewModel files;
    private PhotoViewModel photos;

    @BeforeEach
    void setUp() {
        node = Preferences.userRoot().node("org/latentbrush/test/photos-" + System.nanoTime());
        opener = new FakePaintEngine.Opener();
        dialogs = mock(DialogService.class);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        LiveResult live = new LiveResult(opener, tasks, Runnable::run);
        editor = new EditorViewModel(live, dialogs, () -> 0L, () -> 42L);
        editor.openModel("fake", () -> { });
        files = new FilesViewModel(editor, dialogs, tasks, new Settings(node));
        photos = new PhotoViewModel(editor, files, dialogs, tasks);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    /** A photo whose pixels all differ, written as PNG. */
    static Path gradientPng(Path dir, String name) throws Exception {
        int[] rgb = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                rgb[y * WIDTH + x] = (x * 4) << 16 | (y * 6) << 8 | 0x40;
            }
        }
        Path file = dir.resolve(name);
        EditablePhoto.of(WIDTH, HEIGHT, rgb).unedited().write(file);
        return file;
    }

    private void draw(Stroke s) {
        editor.strokeStarted();
        editor.strokeFinished(s);
    }

    private FakePaintEngine engine() {
        return opener.last();
    }

    @Test
    void openFile_goodPhoto_projectsAndStartsFromZ0() throws Exception {
        photos.openFile(gradientPng(dir, "beach.png"));
        PhotoDocument photo = editor.photoProperty().get();
        assertNotNull(photo);
        assertTrue(photo.isProjected());
        assertArrayEquals(FakePhotoEditing.PROJECTED, photo.z0());
        assertArrayEquals(FakePhotoEditing.PROJECTED, editor.live().currentZ());
        assertArrayEquals(FakePaintEngine.imageOf(FakePhotoEditing.PROJECTED).data(),
                photos.reconstructionProperty().get().data());
        assertEquals(FakePaintEngine.SIZE, engine().photos.projectedFrames.get(0).width());
        assertTrue(photos.editableProperty().get());
        assertTrue(editor.isReady());
        assertEquals(EditorViewModel.CANVAS_SIZE, photos.shownProperty().get().width(), "the canvas shows the photo");
        assertEquals("beach \u2014 Latent Brush", files.titleProperty().get(), "merely opened: nothing to save");
    }

    @Test
    void openFile_projectionArrives_neverShowsAnEditAgainstTheOldResult() throws Exception {
        // Before any stroke, the result is G(z₀) itself: every transfer must leave the photo as it
        // is. A transfer against the result from before the projection would change pixels.
        List<Long> changed = new java.util.ArrayList<>();
        photos.edit().editedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                changed.add(now.changedPixels());
            }
        });
        photos.openFile(gradientPng(dir, "beach.png"));
        assertFalse(changed.isEmpty(), "the projected photo was transferred");
        assertTrue(changed.stream().allMatch(n -> n == 0), "pixels changed per transfer: " + changed);
    }

    @Test
    void openFile_corruptPhoto_reportsAndKeepsPainting() throws Exception {
        draw(Stroke.color(RED, 10, 100, 100, 200, 100));
        ConstraintSet strokes = editor.strokesProperty().get();
        Path bad = dir.resolve("holiday.jpg");
        Files.writeString(bad, "not a photo at all");
        photos.openFile(bad);
        verify(dialogs).showError(eq("Could not open holiday.jpg"), contains("Your painting is unchanged"));
        verify(dialogs).showError(eq("Could not open holiday.jpg"), contains("not a PNG or JPEG image"));
        assertNull(editor.photoProperty().get());
        assertEquals(strokes, editor.strokesProperty().get());
    }

    @Test
    void openFile_truncatedPhoto_reportsTruncation() throws Exception {
        byte[] png = Files.readAllBytes(gradientPng(dir, "whole.png"));
        Path cut = dir.resolve("cut.png");
        Files.write(cut, java.util.Arrays.copyOf(png, png.length / 2));
        photos.openFile(cut);
        verify(dialogs).showError(eq("Could not open cut.png"), contains("damaged or truncated"));
        assertNull(editor.photoProperty().get());
    }

    @Test
    void strokeOnPhoto_changesPhotoInsideSquareOnly() throws Exception {
        Path file = gradientPng(dir, "p.png");
        photos.openFile(file);
        draw(Stroke.color(RED, 30, 100, 100, 400, 400));
        var edited = photos.edit().editedProperty().get();
        assertNotNull(edited);
        EditablePhoto original = EditablePhoto.read(file);
        assertEquals(WIDTH, edited.width());
        assertEquals(HEIGHT, edited.height());
        int x0 = original.cropX();
        int side = original.cropSide();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (x < x0 || x >= x0 + side) {
                    assertEquals(original.rgbAt(x, y), edited.rgbAt(x, y), "outside the square at " + x + "," + y);
                }
            }
        }
        assertNotEquals(original.rgbAt(WIDTH / 2, HEIGHT / 2), edited.rgbAt(WIDTH / 2, HEIGHT / 2));
        assertTrue(edited.changedPixels() > 0);
        assertEquals(photos.edit().editedViewProperty().get(), photos.shownProperty().get());
        // The change went through the model's learned upscaler: the edited result was enlarged.
        assertTrue(engine().enlarged.contains(editor.live().resultProperty().get()),
                "the transfer enlarged the edited result");
    }

    @Test
    void showModelImage_switchesCanvasToModelResult() throws Exception {
        photos.openFile(gradientPng(dir, "p.png"));
        photos.showModelImageProperty().set(true);
        assertEquals(editor.live().resultProperty().get(), photos.shownProperty().get());
        photos.showModelImageProperty().set(false);
        assertEquals(EditorViewModel.CANVAS_SIZE, photos.shownProperty().get().width());
    }

    @Test
    void stopProjection_whileRunning_keepsBestSoFarAndSaysSo() throws Exception {
        engine().photos.holdProjections = true;
        photos.openFile(gradientPng(dir, "slow.png"));
        assertTrue(photos.projectingProperty().get());
        assertFalse(photos.editableProperty().get());
        assertFalse(editor.isReady(), "nothing to paint on before the projection");
        photos.stopProjection();
        engine().photos.heldProjections.get(0).run();
        assertFalse(photos.projectingProperty().get());
        assertTrue(editor.photoProperty().get().isProjected());
        assertTrue(editor.messageProperty().get().contains("stopped early"), editor.messageProperty().get());
    }

    @Test
    void strokesPaintedDuringProjection_areKeptAndAppliedWhenItFinishes() throws Exception {
        engine().photos.holdProjections = true;
        photos.openFile(gradientPng(dir, "slow.png"));
        Stroke red = Stroke.color(0xFF0000, 20, 100, 100, 300, 100);
        draw(red);
        assertEquals(List.of(red), editor.strokesProperty().get().strokes());
        int submitted = engine().submittedSets().size();
        engine().photos.heldProjections.get(0).run();
        assertTrue(editor.photoProperty().get().isProjected());
        assertEquals(List.of(red), editor.strokesProperty().get().strokes());
        assertTrue(engine().submittedSets().size() > submitted, "the stroke is optimised after the projection");
        assertEquals(List.of(red), engine().submittedSets().get(engine().submittedSets().size() - 1).strokes());
        assertArrayEquals(FakePaintEngine.solid(0xFF0000).data(), editor.live().resultProperty().get().data());
    }

    @Test
    void openModel_withPhoto_projectsAgainAndKeepsStrokes() throws Exception {
        photos.openFile(gradientPng(dir, "p.png"));
        draw(Stroke.color(RED, 10, 50, 50, 200, 60));
        ConstraintSet strokes = editor.strokesProperty().get();
        editor.openModel("other", () -> { });
        FakePaintEngine other = engine();
        assertEquals(1, other.photos.projectedFrames.size());
        assertTrue(editor.photoProperty().get().isProjected());
        assertEquals(strokes, editor.strokesProperty().get());
        assertEquals(strokes, other.submittedSets().get(other.submittedSets().size() - 1));
        assertTrue(other.photos.editsPhotos(), "the new model's engine edits the photo as one");
    }

    @Test
    void openFile_isNoUnsavedChange_clearsTheGallery_andPaintingIsOne() throws Exception {
        draw(Stroke.color(RED, 10, 50, 50));
        assertFalse(editor.live().candidates().isEmpty());
        assertTrue(files.dirtyProperty().get());
        photos.openFile(gradientPng(dir, "beach.png"));
        assertTrue(editor.live().candidates().isEmpty());
        assertFalse(files.dirtyProperty().get());
        assertTrue(files.confirmDiscard());
        verify(dialogs, org.mockito.Mockito.never()).askSaveChanges(anyString());
        draw(Stroke.color(RED, 10, 50, 50));
        assertTrue(files.dirtyProperty().get());
    }

    @Test
    void openModel_withPhoto_keepsTheHistory_andUndoStartsAgainFromTheNewProjection() throws Exception {
        photos.openFile(gradientPng(dir, "p.png"));
        Stroke red = Stroke.color(RED, 10, 50, 50, 200, 60);
        Stroke green = Stroke.color(0x00FF00, 10, 80, 80);
        draw(red);
        draw(green);
        editor.openModel("other", () -> { });
        FakePaintEngine other = engine();
        assertEquals(2, editor.history().edits().size());
        editor.undo();
        assertEquals(List.of(red), editor.strokesProperty().get().strokes());
        assertEquals(List.of(red), other.submittedSets().get(other.submittedSets().size() - 1).strokes());
        assertArrayEquals(FakePhotoEditing.PROJECTED, other.anchor, "the photo's new z\u2080 holds the edit near it");
        editor.undo();
        assertArrayEquals(FakePhotoEditing.PROJECTED, editor.live().currentZ());
    }

    @Test
    void openFile_beforeAnyModelIsOpen_projectsOnceModelArrives() throws Exception {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        LiveResult fresh = new LiveResult(opener, tasks, Runnable::run);
        EditorViewModel noModel = new EditorViewModel(fresh, dialogs, () -> 0L, () -> 42L);
        PhotoViewModel early = new PhotoViewModel(noModel, new FilesViewModel(noModel, dialogs, tasks,
                new Settings(node)), dialogs, tasks);
        early.openFile(gradientPng(dir, "early.png"));
        assertFalse(noModel.photoProperty().get().isProjected());
        noModel.openModel("late", () -> { });
        assertTrue(noModel.photoProperty().get().isProjected());
        assertTrue(early.editableProperty().get());
        assertArrayEquals(FakePhotoEditing.PROJECTED, fresh.currentZ());
    }

    @Test
    void newRandom_inPhotoMode_isRefused() throws Exception {
        photos.openFile(gradientPng(dir, "p.png"));
        editor.actions().newRandom();
        assertArrayEquals(FakePhotoEditing.PROJECTED, editor.live().currentZ());
        assertTrue(editor.messageProperty().get().contains("photo"));
    }

    @Test
    void reset_inPhotoMode_keepsZ0AsAnchor() throws Exception {
        photos.openFile(gradientPng(dir, "p.png"));
        draw(Stroke.color(RED, 10, 50, 50, 200, 60));
        editor.actions().reset();
        assertArrayEquals(FakePhotoEditing.PROJECTED, editor.currentState().anchor());
        assertArrayEquals(FakePhotoEditing.PROJECTED, editor.live().currentZ());
    }

    @Test
    void newDocument_leavesPhotoMode() throws Exception {
        assertFalse(engine().photos.editsPhotos(), "a painting's edits keep to the current result");
        photos.openFile(gradientPng(dir, "p.png"));
        assertTrue(engine().photos.editsPhotos(), "a photo's edits search the whole space");
        editor.newDocument();
        assertFalse(engine().photos.editsPhotos());
        assertNull(editor.photoProperty().get());
        assertEquals(editor.live().resultProperty().get(), photos.shownProperty().get());
        assertNull(photos.reconstructionProperty().get());
    }

    @Test
    void drop_photoAmongOtherFiles_opensIt() throws Exception {
        Path photo = gradientPng(dir, "Dropped.PNG");
        List<File> dropped = List.of(dir.resolve("notes.txt").toFile(), photo.toFile());
        assertTrue(photos.accepts(dropped));
        assertFalse(photos.accepts(List.of(dir.resolve("a.lbrush").toFile())));
        photos.drop(dropped);
        assertEquals("Dropped.PNG", editor.photoProperty().get().name());
    }

    @Test
    void chooseSquare_presetPicked_movesTheModelToTheLeftOfTheWidePhoto_keepsStrokesOnThePhoto_andProjectsAgain()
            throws Exception {
        photos.openFile(gradientPng(dir, "wide.png"));
        // The centred square of the 60x40 photo is 40 px at x = 10; this stroke's middle is photo x 30.
        draw(Stroke.color(RED, 32, 256, 256));
        ArgumentCaptor<SquareRequest> asked = ArgumentCaptor.forClass(SquareRequest.class);
        when(dialogs.chooseSquare(anyString(), anyString(), asked.capture()))
                .thenAnswer(a -> Optional.of(a.<SquareRequest>getArgument(2).presets().get(0).square()));

        photos.chooseSquare();

        SquareRequest request = asked.getValue();
        assertEquals(new Square(10, 0, 40), request.current());
        assertEquals(FakePaintEngine.SIZE, request.smallestSide(), "no smaller than the model's image");
        assertEquals("Largest square, left", request.presets().get(0).label());
        PhotoDocument document = editor.photoProperty().get();
        assertEquals(0, document.photo().cropX());
        assertEquals(40, document.photo().cropSide());
        assertEquals(2, engine().photos.projectedFrames.size(), "the new square is projected (and tuned) again");
        assertTrue(document.isProjected());
        Stroke moved = editor.strokesProperty().get().strokes().get(0);
        assertEquals(30 * 512 / 40.0, moved.points()[0], 1e-9, "the stroke stays on photo x 30");
        assertEquals(256, moved.points()[1], 1e-9);
        assertEquals(32, moved.radius(), 1e-9, "same square size, same brush");
        assertTrue(editor.messageProperty().get().contains("largest square, left"), editor.messageProperty().get());
    }

    @Test
    void chooseSquare_freeSquare_editsItAndKeepsStrokesOnThePhoto() throws Exception {
        photos.openFile(gradientPng(dir, "wide.png"));
        // On the centred 40 px square at x = 10, canvas (256, 128) is photo (30, 10).
        draw(Stroke.color(RED, 32, 256, 128));
        Square free = new Square(17, 5, 30);
        when(dialogs.chooseSquare(anyString(), anyString(), any())).thenReturn(Optional.of(free));

        photos.chooseSquare();

        EditablePhoto p = editor.photoProperty().get().photo();
        assertEquals(free, new Square(p.cropX(), p.cropY(), p.cropSide()));
        assertTrue(editor.photoProperty().get().isProjected());
        assertEquals(2, engine().photos.projectedFrames.size(), "the free square is projected again");
        Stroke moved = editor.strokesProperty().get().strokes().get(0);
        double scale = 512 / 30.0;
        assertEquals((30 - 17) * scale, moved.points()[0], 1e-9, "the stroke stays on photo x 30");
        assertEquals((10 - 5) * scale, moved.points()[1], 1e-9, "and on photo y 10");
        assertEquals(32 * 40 / 30.0, moved.radius(), 1e-9, "a smaller square shows the brush larger");
        assertTrue(editor.messageProperty().get().contains("square of 30 px at (17, 5)"),
                editor.messageProperty().get());
    }

    @Test
    void chooseSquare_cancelled_changesNothing() throws Exception {
        photos.openFile(gradientPng(dir, "wide.png"));
        draw(Stroke.color(RED, 32, 256, 128));
        PhotoDocument before = editor.photoProperty().get();
        ConstraintSet strokes = editor.strokesProperty().get();
        when(dialogs.chooseSquare(anyString(), anyString(), any())).thenReturn(Optional.empty());

        photos.chooseSquare();

        assertEquals(before, editor.photoProperty().get());
        assertEquals(strokes, editor.strokesProperty().get());
        assertEquals(1, engine().photos.projectedFrames.size());
    }
}
