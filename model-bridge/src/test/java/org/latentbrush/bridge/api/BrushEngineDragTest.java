package org.latentbrush.bridge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;

/** The engine drags on its optimiser thread, streams each step and hands back the last. */
class BrushEngineDragTest {

    @TempDir
    static Path dir;

    private static BrushEngine engine;

    @BeforeAll
    static void openEngine() throws Exception {
        Path folder = dir.resolve("tiny");
        try (GanModel model = TinyModels.random(7)) {
            model.save(folder);
        }
        engine = BrushEngine.open(folder.toString(), DevicePreference.CPU, s -> { }, e -> { });
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static final List<DragPair> ONE_PAIR = List.of(new DragPair(new DragPoint(4, 8), new DragPoint(10, 8)));

    @Test
    void drag_streamsStepsOnTheOptimiserThreadAndEndsFinished() throws Exception {
        List<DragStatus> seen = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        DragStatus last = engine.drag(engine.randomLatent(2), ONE_PAIR, null, 4, s -> {
            seen.add(s);
            threads.add(Thread.currentThread());
        }, () -> false).get(1, TimeUnit.MINUTES);
        assertTrue(last.finished());
        assertFalse(last.stopped());
        assertEquals(last, seen.get(seen.size() - 1));
        assertEquals(16, last.image().width());
        assertEquals(1, last.handles().size());
        assertFalse(threads.contains(Thread.currentThread()), "progress comes from the optimiser thread");
    }

    @Test
    void drag_cancelled_endsStopped() throws Exception {
        DragStatus last = engine.drag(engine.randomLatent(3), ONE_PAIR, null, 50, s -> { }, () -> true)
                .get(1, TimeUnit.MINUTES);
        assertTrue(last.finished());
        assertTrue(last.stopped());
        assertEquals(0, last.step());
    }

    @Test
    void drag_handleOutsideTheImage_failsTheFuture() {
        List<DragPair> outside = List.of(new DragPair(new DragPoint(40, 8), new DragPoint(10, 8)));
        ExecutionException e = assertThrows(ExecutionException.class, () -> engine.drag(engine.randomLatent(4),
                outside, null, 5, s -> { }, () -> false).get(1, TimeUnit.MINUTES));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }

    @Test
    void drag_leavesTheStartingLatentTheCallerGave() throws Exception {
        float[] start = engine.randomLatent(5);
        float[] copy = start.clone();
        DragStatus last = engine.drag(start, ONE_PAIR, null, 3, s -> { }, () -> false).get(1, TimeUnit.MINUTES);
        assertTrue(java.util.Arrays.equals(copy, start), "the caller's array is not written to");
        assertFalse(java.util.Arrays.equals(start, last.z()), "the drag moved the latent");
    }
}
