package org.latentbrush.app.drag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latentbrush.app.FakeDrag;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.history.DragEdit;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.api.BrushEngine;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragPoint;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The drag tool on the fake engine, whose images are {@value FakePaintEngine#SIZE} pixels wide: a
 * model pixel spans 128 canvas units, so canvas 64 is the first pixel's centre and 448 the last's.
 */
class DragViewModelTest {

    private FakePaintEngine.Opener opener;
    private LiveResult live;
    private EditorViewModel editor;
    private DragViewModel drag;

    @BeforeEach
    void openFakeModel() {
        opener = new FakePaintEngine.Opener();
        live = new LiveResult(opener, new CurrentThreadTaskExecutor(), Runnable::run);
        editor = new EditorViewModel(live, mock(DialogService.class), () -> 0L, () -> 42L);
        editor.openModel("fake", () -> { });
        drag = new DragViewModel(editor, live, EditorViewModel.CANVAS_SIZE);
    }

    private FakePaintEngine engine() {
        return opener.last();
    }

    private void click(double x, double y) {
        drag.points().pressed(x, y, false, 10);
        drag.points().released(x, y);
    }

    private static DragPair pair(double hx, double hy, double tx, double ty) {
        return new DragPair(new DragPoint(hx, hy), new DragPoint(tx, ty));
    }

    private static void assertImage(RasterImage expected, RasterImage actual) {
        assertArrayEquals(expected.data(), actual.data());
    }

    @Test
    void start_givesTheEngineModelPixelsTheRegionAsMaskAndTheResultsLatent() {
        float[] z = live.currentZ();
        click(64, 64);
        click(448, 192);
        drag.points().pressed(64, 64, true, 10);
        drag.points().released(64, 64);
        drag.start();
        FakeDrag run = engine().lastDrag();
        assertEquals(List.of(pair(0, 0, 3, 1)), run.pairs);
        assertArrayEquals(z, run.start);
        assertEquals(BrushEngine.DEFAULT_DRAG_STEPS, run.steps);
        boolean[] expected = new boolean[FakePaintEngine.SIZE * FakePaintEngine.SIZE];
        expected[0] = true;
        assertArrayEquals(expected, run.movable);
    }

    @Test
    void start_withoutRegion_letsEverythingMove() {
        click(64, 64);
        click(448, 64);
        drag.start();
        assertNull(engine().lastDrag().movable);
    }

    @Test
    void steps_showEachImageAsTheResultAndMoveTheHandlesToTheTrackedPoints() {
        drag.stepsProperty().set(4);
        click(64, 64);
        click(448, 64);
        drag.start();
        assertTrue(drag.runningProperty().get());
        var step = engine().lastDrag().step();
        assertImage(step.image(), live.resultProperty().get());
        assertArrayEquals(step.z(), live.currentZ());
        assertEquals(0.25, drag.progressProperty().get(), 1e-9);
        // A quarter of the way from pixel 0 to pixel 3, back on the canvas.
        assertEquals(pair((0.75 + 0.5) * 128, 64, 448, 64), drag.points().pairs().get(0));
        assertTrue(editor.history().edits().isEmpty(), "a step is no edit yet");
    }

    @Test
    void finish_recordsOneDragEdit_andUndoBringsBackThePictureBefore() {
        RasterImage before = live.resultProperty().get();
        float[] zBefore = live.currentZ();
        click(64, 64);
        click(448, 64);
        drag.start();
        FakeDrag run = engine().lastDrag();
        run.step();
        var last = run.step();
        run.finish();
        assertFalse(drag.runningProperty().get());
        assertEquals(1, editor.history().edits().size());
        assertEquals(DragEdit.KIND, editor.history().edits().get(0).kind());
        assertEquals("Drag 1 point", editor.history().edits().get(0).name());
        assertImage(last.image(), live.resultProperty().get());
        assertArrayEquals(last.z(), engine().current, "the dragged result is where the next stroke starts");

        editor.undo();
        assertImage(before, live.resultProperty().get());
        assertArrayEquals(zBefore, live.currentZ());
        assertArrayEquals(zBefore, engine().current);
        editor.redo();
        assertImage(last.image(), live.resultProperty().get());
    }

    @Test
    void stop_endsWithTheLatestResultKeptAsAStoppedEdit() {
        click(64, 64);
        click(448, 64);
        drag.start();
        FakeDrag run = engine().lastDrag();
        var step = run.step();
        drag.stop();
        assertTrue(run.cancelled());
        run.finish();
        assertEquals("Drag 1 point (stopped)", editor.history().edits().get(0).name());
        assertArrayEquals(step.z(), live.currentZ());
    }

    @Test
    void strokeDuringDrag_stopsItAndDropsItsResult() {
        click(64, 64);
        click(448, 64);
        List<DragPair> placed = List.copyOf(drag.points().pairs());
        drag.start();
        FakeDrag run = engine().lastDrag();
        run.step();
        Stroke red = Stroke.color(0xFF0000, 10, 100, 100);
        editor.strokeStarted();
        editor.strokeMoved(red);
        assertTrue(run.cancelled());
        assertFalse(drag.runningProperty().get());
        assertEquals(placed, drag.points().pairs(), "the handles go back to where they were placed");
        editor.strokeFinished(red);
        run.finish();
        assertEquals(1, editor.history().edits().size());
        assertEquals("Colour stroke #ff0000", editor.history().edits().get(0).name());
    }

    @Test
    void undoDuringDrag_stopsIt() {
        editor.strokeStarted();
        editor.strokeFinished(Stroke.color(0xFF0000, 10, 100, 100));
        click(64, 64);
        click(448, 64);
        drag.start();
        FakeDrag run = engine().lastDrag();
        run.step();
        editor.undo();
        assertTrue(run.cancelled());
        run.finish();
        assertEquals(0, editor.history().positionProperty().get());
        assertEquals(1, editor.history().edits().size(), "no drag edit was added");
    }

    @Test
    void start_beforeAModelShowedAResult_isRefused() {
        LiveResult none = new LiveResult(opener, new CurrentThreadTaskExecutor(), Runnable::run);
        EditorViewModel empty = new EditorViewModel(none, mock(DialogService.class), () -> 0L, () -> 1L);
        DragViewModel waiting = new DragViewModel(empty, none, EditorViewModel.CANVAS_SIZE);
        waiting.points().pressed(64, 64, false, 10);
        waiting.points().pressed(448, 64, false, 10);
        waiting.start();
        assertFalse(waiting.runningProperty().get());
        assertTrue(waiting.statusProperty().get().contains("not ready"), waiting.statusProperty().get());
    }

    @Test
    void engineThatCannotDrag_saysSoAndKeepsThePicture() {
        RasterImage before = live.resultProperty().get();
        engine().failNextDrag = new UnsupportedOperationException("stub");
        click(64, 64);
        click(448, 64);
        drag.start();
        assertFalse(drag.runningProperty().get());
        assertTrue(drag.statusProperty().get().contains("cannot drag"), drag.statusProperty().get());
        assertImage(before, live.resultProperty().get());
        assertTrue(editor.history().edits().isEmpty());
    }

    @Test
    void pointsWhileRunning_areIgnored() {
        click(64, 64);
        click(448, 64);
        drag.start();
        click(200, 200);
        drag.points().clearPoints();
        assertEquals(1, drag.points().pairs().size());
        assertNull(drag.points().pendingHandleProperty().get());
    }

    @Test
    void startOnRelease_startsAsSoonAsATargetIsPlaced() {
        drag.startOnReleaseProperty().set(true);
        click(64, 64);
        assertTrue(engine().drags.isEmpty());
        click(448, 64);
        assertEquals(1, engine().drags.size());
        assertTrue(drag.runningProperty().get());
    }
}
