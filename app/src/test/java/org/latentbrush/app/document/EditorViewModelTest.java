package org.latentbrush.app.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.session.Session;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

class EditorViewModelTest {

    private static final int RED = 0xFF0000;
    private static final long SEED = 42;

    private FakePaintEngine.Opener opener;
    private LiveResult live;
    private DialogService dialogs;
    private EditorViewModel vm;
    private final long[] now = {0};

    @BeforeEach
    void openFakeModel() {
        opener = new FakePaintEngine.Opener();
        live = new LiveResult(opener, new CurrentThreadTaskExecutor(), Runnable::run);
        dialogs = mock(DialogService.class);
        vm = new EditorViewModel(live, dialogs, () -> now[0], () -> SEED);
        vm.openModel("fake", () -> { });
    }

    private FakePaintEngine engine() {
        return opener.last();
    }

    private RasterImage shown() {
        return live.resultProperty().get();
    }

    private static void assertImage(RasterImage expected, RasterImage actual) {
        assertEquals(expected.width(), actual.width());
        assertArrayEquals(expected.data(), actual.data());
    }

    private void draw(Stroke stroke) {
        vm.strokeStarted();
        vm.strokeMoved(stroke);
        vm.strokeFinished(stroke);
    }

    @Test
    void openModel_fresh_showsRandomStartImage() {
        float[] start = engine().randomLatent(SEED);
        assertImage(FakePaintEngine.imageOf(start), shown());
        assertArrayEquals(start, live.currentZ());
        assertArrayEquals(start, engine().current);
        assertTrue(vm.isReady());
    }

    @Test
    void strokeFinished_colorStroke_addsStrokeAndShowsOptimisedResult() {
        Stroke red = Stroke.color(RED, 10, 100, 100, 200, 100);
        draw(red);
        assertEquals(List.of(red), vm.strokesProperty().get().strokes());
        assertImage(FakePaintEngine.solid(RED), shown());
        assertEquals(red, engine().submitted.get(engine().submitted.size() - 1).strokes().get(0));
        assertEquals(1, vm.history().edits().size());
        assertEquals("Colour stroke #ff0000", vm.history().edits().get(0).name());
        assertFalse(live.busyProperty().get());
        assertEquals(3, live.candidates().size());
    }

    @Test
    void strokeMoved_eventsWithinInterval_submitsOncePerInterval() {
        vm.strokeStarted();
        Stroke s = Stroke.color(RED, 10, 0, 0);
        for (int i = 1; i <= 10; i++) {
            now[0] = i * 10L;
            s = s.withPoint(i, i);
            vm.strokeMoved(s);
        }
        // At 10 ms (first) and then nothing until 110 ms.
        assertEquals(1, engine().submitted.size());
        now[0] = 115;
        vm.strokeMoved(s.withPoint(20, 20));
        assertEquals(2, engine().submitted.size());
        assertEquals(s.withPoint(20, 20), vm.strokeInProgressProperty().get());
    }

    @Test
    void undo_afterStroke_restoresPreviousStrokesAndResult() {
        RasterImage before = shown();
        float[] zBefore = live.currentZ();
        draw(Stroke.color(RED, 10, 100, 100));
        vm.undo();
        assertTrue(vm.strokesProperty().get().isEmpty());
        assertImage(before, shown());
        assertArrayEquals(zBefore, live.currentZ());
        assertArrayEquals(zBefore, engine().current);
        assertTrue(vm.history().canRedoProperty().get());
    }

    @Test
    void redo_afterUndo_bringsBackStrokeAndItsResult() {
        Stroke red = Stroke.color(RED, 10, 100, 100);
        draw(red);
        RasterImage after = shown();
        vm.undo();
        vm.redo();
        assertEquals(List.of(red), vm.strokesProperty().get().strokes());
        assertImage(after, shown());
    }

    @Test
    void pickCandidate_second_showsItsImageAndCanBeUndone() {
        draw(Stroke.color(RED, 10, 100, 100));
        RasterImage best = shown();
        var second = live.candidates().get(1);
        vm.actions().pickCandidate(1);
        assertImage(second.image(), shown());
        assertArrayEquals(second.z(), engine().current);
        assertEquals("Pick candidate 2", vm.history().edits().get(1).name());
        vm.undo();
        assertImage(best, shown());
    }

    @Test
    void fixResult_current_anchorsEngineAtIt() {
        draw(Stroke.color(RED, 10, 100, 100));
        float[] z = live.currentZ();
        vm.actions().fixResult();
        assertArrayEquals(z, engine().anchor);
        vm.undo();
        assertNull(engine().anchor);
    }

    @Test
    void newRandom_withStrokes_keepsStrokesAndOptimisesAgain() {
        draw(Stroke.color(RED, 10, 100, 100));
        int submissions = engine().submitted.size();
        vm.actions().newRandom();
        assertEquals(1, vm.strokesProperty().get().strokes().size());
        assertEquals(submissions + 1, engine().submitted.size());
        assertArrayEquals(engine().randomLatent(SEED), vm.startLatent());
    }

    @Test
    void reset_afterStrokes_showsStartAndKeepsStrokes() {
        RasterImage start = shown();
        draw(Stroke.color(RED, 10, 100, 100));
        int submissions = engine().submittedSets().size();
        vm.actions().reset();
        assertEquals(1, vm.strokesProperty().get().strokes().size());
        assertImage(start, shown());
        assertEquals(submissions, engine().submittedSets().size(), "reset does not optimise again");
        assertTrue(vm.messageProperty().get().contains("1 stroke kept"), vm.messageProperty().get());
        vm.undo();
        assertImage(FakePaintEngine.solid(RED), shown());
    }

    @Test
    void newDocument_clearsTheGallery_soNoEarlierCandidateCanBePicked() {
        draw(Stroke.color(RED, 10, 100, 100));
        assertFalse(live.candidates().isEmpty());
        vm.newDocument();
        assertTrue(live.candidates().isEmpty());
        RasterImage fresh = shown();
        vm.actions().pickCandidate(0);
        assertImage(fresh, shown());
    }

    @Test
    void clearStrokes_keepsResult() {
        draw(Stroke.color(RED, 10, 100, 100));
        RasterImage result = shown();
        vm.actions().clearStrokes();
        assertTrue(vm.strokesProperty().get().isEmpty());
        assertImage(result, shown());
        assertEquals("Clear 1 strokes", vm.history().edits().get(1).name());
    }

    @Test
    void moveInHistory_toStart_undoesEveryEdit() {
        RasterImage start = shown();
        draw(Stroke.color(RED, 10, 100, 100));
        draw(Stroke.color(0x00FF00, 10, 200, 200));
        vm.moveInHistory(0);
        assertTrue(vm.strokesProperty().get().isEmpty());
        assertImage(start, shown());
        vm.moveInHistory(2);
        assertEquals(2, vm.strokesProperty().get().strokes().size());
    }

    @Test
    void openModel_failure_showsErrorAndKeepsPainting() {
        draw(Stroke.color(RED, 10, 100, 100));
        RasterImage result = shown();
        vm.openModel("bad-model", () -> { });
        verify(dialogs).showError(eq("Model could not be opened"), contains("no such model"));
        assertEquals(1, vm.strokesProperty().get().strokes().size());
        assertImage(result, shown());
        assertEquals("fake", live.modelProperty().get().name());
        assertFalse(vm.loadingModelProperty().get());
    }

    @Test
    void openModel_other_keepsStrokesAndOptimisesThemWithNewModel() {
        draw(Stroke.color(RED, 10, 100, 100));
        FakePaintEngine old = engine();
        vm.openModel("other", () -> { });
        assertTrue(old.closed);
        assertEquals("other", live.modelProperty().get().name());
        assertEquals(1, vm.strokesProperty().get().strokes().size());
        assertEquals(1, engine().submitted.size());
        assertImage(FakePaintEngine.solid(RED), shown());
    }

    @Test
    void engineFailure_duringEdit_showsErrorAndKeepsStrokes() {
        engine().failNextSubmit = new IllegalStateException("out of memory");
        draw(Stroke.color(RED, 10, 100, 100));
        verify(dialogs).showError(eq("Engine failure"), contains("out of memory"));
        assertEquals(1, vm.strokesProperty().get().strokes().size());
        assertFalse(live.busyProperty().get());
    }

    @Test
    void undoTwiceQuickly_whileTheEngineIsBusy_landsOnTheOldestStateAndStaleResultsAreDropped() {
        RasterImage start = shown();
        float[] startZ = live.currentZ();
        draw(Stroke.color(RED, 10, 100, 100));
        draw(Stroke.color(0x00FF00, 10, 200, 200));
        engine().holdCommands = true;
        draw(Stroke.color(0x0000FF, 10, 300, 300));
        // The third edit waits on the engine's thread; two undos are queued behind it.
        vm.undo();
        vm.undo();
        assertTrue(engine().heldCommands() > 0);
        engine().runHeldCommands();
        assertEquals(1, vm.strokesProperty().get().strokes().size());
        assertImage(FakePaintEngine.solid(RED), shown());
        vm.undo();
        engine().runHeldCommands();
        assertImage(start, shown());
        assertArrayEquals(startZ, live.currentZ());
        assertArrayEquals(startZ, engine().current);
    }

    @Test
    void restore_queuedBehindARunningEdit_theEditsSnapshotsNeverOverwriteIt() {
        engine().holdCommands = true;
        draw(Stroke.color(RED, 10, 100, 100));
        float[] picked = {0.25f, 0f, 0f};
        live.show(picked, null, null, null, () -> { });
        engine().runHeldCommands();
        assertImage(FakePaintEngine.imageOf(picked), shown());
        assertArrayEquals(picked, live.currentZ());
        assertArrayEquals(picked, engine().current);
        assertTrue(live.isIdle());
    }

    @Test
    void engineError_outOfMemory_isReportedAndTheNextEditRuns() {
        engine().failNextSubmit = new OutOfMemoryError("Java heap space");
        draw(Stroke.color(RED, 10, 100, 100));
        verify(dialogs).showError(eq("Engine failure"), contains("ran out of memory"));
        assertFalse(live.busyProperty().get());
        draw(Stroke.color(0x00FF00, 10, 200, 200));
        assertImage(FakePaintEngine.solid(0x00FF00), shown());
    }

    @Test
    void showSession_sameModel_showsItsStrokesAndLatent() {
        float[] z = {0.75f, 0f, 0f};
        ConstraintSet strokes = ConstraintSet.empty(512, 512).with(Stroke.sketch(3, 1, 2, 3, 4));
        Runnable[] shown = {null};
        vm.showSession(new Session("fake", "fake", strokes, z, z, null, null, null, "fake-fake"), null,
                () -> shown[0] = () -> { }, problem -> { throw new AssertionError(problem); });
        assertEquals(strokes, vm.strokesProperty().get());
        assertArrayEquals(z, live.currentZ());
        assertImage(FakePaintEngine.imageOf(z), shown());
        assertTrue(vm.history().edits().isEmpty());
        assertTrue(shown[0] != null);
        verify(dialogs, never()).showError(anyString(), anyString());
        assertFalse(vm.messageProperty().get().contains("recomputed"), vm.messageProperty().get());
    }

    @Test
    void showSession_savedWithOtherWeights_reoptimisesItsStrokesAndSaysWhy() {
        float[] z = {0.75f, 0f, 0f};
        Stroke red = Stroke.color(RED, 10, 100, 100);
        ConstraintSet strokes = ConstraintSet.empty(512, 512).with(red);
        int before = engine().submittedSets().size();
        vm.showSession(new Session("fake", "fake", strokes, z, z, z, null, null, "older-weights"), null,
                () -> { }, problem -> { throw new AssertionError(problem); });
        assertEquals(before + 1, engine().submittedSets().size());
        assertImage(FakePaintEngine.solid(RED), shown());
        assertNull(engine().anchor, "the old fixed result means nothing under other weights");
        assertTrue(vm.messageProperty().get().contains("saved with other weights of fake"),
                vm.messageProperty().get());
    }

    @Test
    void showSession_withoutFingerprint_isTreatedAsOtherWeights() {
        Stroke red = Stroke.color(RED, 10, 100, 100);
        vm.showSession(new Session("fake", "fake", ConstraintSet.empty(512, 512).with(red),
                new float[] {0.75f, 0f, 0f}, new float[3], null, null), null, () -> { },
                problem -> { throw new AssertionError(problem); });
        assertImage(FakePaintEngine.solid(RED), shown());
        assertTrue(vm.messageProperty().get().contains("predates model fingerprints"),
                vm.messageProperty().get());
    }

    @Test
    void showSession_unknownModel_reportsAndKeepsPainting() {
        draw(Stroke.color(RED, 10, 100, 100));
        String[] problem = {null};
        vm.showSession(new Session("bad-x", "bad-x", ConstraintSet.empty(512, 512), new float[3], new float[3], null,
                null), null, () -> { }, p -> problem[0] = p);
        assertTrue(problem[0].contains("bad-x"), problem[0]);
        assertEquals(1, vm.strokesProperty().get().strokes().size());
    }

    @Test
    void openModel_other_keepsTheHistory_andUndoOptimisesTheEarlierStrokesOnTheNewModel() {
        Stroke red = Stroke.color(RED, 10, 100, 100);
        Stroke green = Stroke.color(0x00FF00, 10, 200, 200);
        draw(red);
        draw(green);
        vm.openModel("other", () -> { });
        FakePaintEngine other = engine();
        assertEquals("other", live.modelProperty().get().name());
        assertEquals(2, vm.history().edits().size());
        assertEquals(2, vm.history().positionProperty().get());

        vm.undo();
        assertEquals(List.of(red), vm.strokesProperty().get().strokes());
        assertEquals(List.of(red), other.submittedSets().get(other.submittedSets().size() - 1).strokes());
        assertImage(FakePaintEngine.solid(RED), shown());
        vm.undo();
        assertTrue(vm.strokesProperty().get().isEmpty());
        assertImage(FakePaintEngine.imageOf(other.randomLatent(SEED)), shown());
        vm.redo();
        vm.redo();
        assertEquals(List.of(red, green), vm.strokesProperty().get().strokes());
        assertImage(FakePaintEngine.solid(0x00FF00), shown());
        assertEquals(2, opener.opened.size(), "nothing goes back to the old model");
    }

    @Test
    void openModel_other_clearsTheGallery() {
        draw(Stroke.color(RED, 10, 100, 100));
        vm.actions().clearStrokes();
        assertFalse(live.candidates().isEmpty());
        vm.openModel("other", () -> { });
        assertTrue(live.candidates().isEmpty());
    }

    @Test
    void showSession_clearsTheGallery() {
        draw(Stroke.color(RED, 10, 100, 100));
        assertFalse(live.candidates().isEmpty());
        float[] z = {0.75f, 0f, 0f};
        vm.showSession(new Session("fake", "fake", ConstraintSet.empty(512, 512), z, z, null, null, null,
                "fake-fake"), null, () -> { }, problem -> { throw new AssertionError(problem); });
        assertTrue(live.candidates().isEmpty());
    }
}
