package org.latentbrush.app.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.util.List;
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
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.constraint.Stroke;

/** Issue 16: strokes painted while the photo is projected wait for the projection, then are optimised from it. */
class StrokesDuringProjectionTest {

    private static final Stroke RED = Stroke.color(0xFF0000, 20, 100, 100, 300, 100);
    private static final Stroke GREEN = Stroke.color(0x00FF00, 12, 200, 300, 250, 350);

    @TempDir
    Path dir;

    private Preferences node;
    private FakePaintEngine.Opener opener;
    private DialogService dialogs;
    private EditorViewModel editor;
    private PhotoViewModel photos;

    @BeforeEach
    void setUp() throws Exception {
        node = Preferences.userRoot().node("org/latentbrush/test/strokes-projection-" + System.nanoTime());
        opener = new FakePaintEngine.Opener();
        dialogs = mock(DialogService.class);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        LiveResult live = new LiveResult(opener, tasks, Runnable::run);
        editor = new EditorViewModel(live, dialogs, () -> 0L, () -> 42L);
        editor.openModel("fake", () -> { });
        FilesViewModel files = new FilesViewModel(editor, dialogs, tasks, new Settings(node));
        photos = new PhotoViewModel(editor, files, dialogs, tasks);
        engine().photos.holdProjections = true;
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    private FakePaintEngine engine() {
        return opener.last();
    }

    /** Draws a stroke as the canvas does: pressed, dragged, released. */
    private void paint(Stroke s) {
        editor.strokeStarted();
        editor.strokeMoved(s);
        editor.strokeFinished(s);
    }

    /** Opens a photo whose projection waits, paints two strokes on it and checks nothing was optimised. */
    private int openAndPaintTwoStrokes() throws Exception {
        photos.openFile(PhotoViewModelTest.gradientPng(dir, "slow.png"));
        assertTrue(photos.projectingProperty().get());
        int before = engine().submittedSets().size();
        paint(RED);
        paint(GREEN);
        assertEquals(List.of(RED, GREEN), editor.strokesProperty().get().strokes(), "kept in the document");
        assertEquals(2, editor.history().edits().size(), "each stroke is an undoable edit");
        assertEquals(before, engine().submittedSets().size(), "nothing optimised before there is a z\u2080");
        return before;
    }

    @Test
    void strokesDuringProjection_areKeptNotSubmitted_thenSubmittedOnceFromTheProjection() throws Exception {
        int before = openAndPaintTwoStrokes();
        int editsBefore = engine().editedFrom.size();

        engine().photos.heldProjections.remove(0).run();

        assertTrue(editor.photoProperty().get().isProjected());
        assertEquals(before + 1, engine().submittedSets().size(), "one submission with both strokes");
        assertEquals(List.of(RED, GREEN), engine().submittedSets().get(before).strokes());
        assertEquals(editsBefore + 1, engine().editedFrom.size());
        assertArrayEquals(FakePhotoEditing.PROJECTED, engine().editedFrom.get(editsBefore), "started from z\u2080");
        assertArrayEquals(FakePhotoEditing.PROJECTED, engine().anchor, "z\u2080 holds the edit near the photo");
        assertEquals(List.of(RED, GREEN), editor.strokesProperty().get().strokes());
        assertArrayEquals(FakePaintEngine.solid(0x00FF00).data(), editor.live().resultProperty().get().data());
    }

    @Test
    void strokesDuringProjection_undoAfterItStartsAgainFromTheProjection() throws Exception {
        int before = openAndPaintTwoStrokes();
        engine().photos.heldProjections.remove(0).run();

        editor.undo();

        assertEquals(List.of(RED), editor.strokesProperty().get().strokes());
        List<?> sets = engine().submittedSets();
        assertEquals(List.of(RED), engine().submittedSets().get(sets.size() - 1).strokes());
        assertArrayEquals(FakePhotoEditing.PROJECTED, engine().editedFrom.get(engine().editedFrom.size() - 1));
        editor.undo();
        assertTrue(editor.strokesProperty().get().isEmpty());
        assertArrayEquals(FakePhotoEditing.PROJECTED, editor.live().currentZ(), "back to the photo itself");
        assertTrue(engine().submittedSets().size() > before);
    }

    @Test
    void projectionFails_strokesStayInTheDocument_andAreOptimisedWhenARetrySucceeds() throws Exception {
        engine().photos.failNextProjection = new IllegalStateException("out of memory");
        int before = openAndPaintTwoStrokes();

        engine().photos.heldProjections.remove(0).run();

        assertTrue(photos.projectionFailedProperty().get());
        verify(dialogs).showError(eq("Could not project slow.png"), anyString());
        assertFalse(editor.photoProperty().get().isProjected());
        assertEquals(List.of(RED, GREEN), editor.strokesProperty().get().strokes(), "nothing lost");
        assertEquals(2, editor.history().edits().size());
        assertEquals(before, engine().submittedSets().size(), "still nothing optimised");

        photos.retryProjection();
        engine().photos.heldProjections.remove(0).run();

        assertTrue(editor.photoProperty().get().isProjected());
        assertEquals(before + 1, engine().submittedSets().size());
        assertEquals(List.of(RED, GREEN), engine().submittedSets().get(before).strokes());
        assertArrayEquals(FakePhotoEditing.PROJECTED, engine().editedFrom.get(engine().editedFrom.size() - 1));
    }

    @Test
    void projectionStopped_strokesAreOptimisedFromTheBestSoFar() throws Exception {
        int before = openAndPaintTwoStrokes();

        photos.stopProjection();
        engine().photos.heldProjections.remove(0).run();

        assertTrue(editor.photoProperty().get().isProjected());
        assertEquals(List.of(RED, GREEN), engine().submittedSets().get(before).strokes());
        assertArrayEquals(FakePhotoEditing.PROJECTED, engine().editedFrom.get(engine().editedFrom.size() - 1));
    }
}
