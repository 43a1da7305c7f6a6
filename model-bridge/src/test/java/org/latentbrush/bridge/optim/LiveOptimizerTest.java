package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;

class LiveOptimizerTest {

    private static final long WAIT_MS = 30_000;
    private static GanModel model;

    @BeforeAll
    static void openModel() {
        model = TinyModels.random(4);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    @Test
    void submit_newStrokeMidRun_cancelsOldRunAndRestartsFromItsBest() throws Exception {
        List<CandidateBatch> seen = new CopyOnWriteArrayList<>();
        CountDownLatch firstSnapshot = new CountDownLatch(1);
        List<RuntimeException> errors = new CopyOnWriteArrayList<>();
        OptimizerSettings longRuns = OptimizerSettings.live().withIterations(100_000);
        try (LiveOptimizer live = new LiveOptimizer(model, longRuns, b -> {
            seen.add(b);
            firstSnapshot.countDown();
        }, errors::add)) {
            ConstraintSet one = ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 3, 2, 8, 14, 8));
            live.submit(one);
            assertTrue(firstSnapshot.await(WAIT_MS, TimeUnit.MILLISECONDS));
            live.submit(one.with(Stroke.color(0x0000FF, 3, 2, 2, 14, 2)));
            // The first run must end cancelled long before its 100,000 iterations.
            waitFor(() -> seen.stream().anyMatch(b -> b.finished() && b.cancelled()));
            CandidateBatch cancelled = seen.stream().filter(CandidateBatch::finished).findFirst().orElseThrow();
            assertTrue(cancelled.iteration() < 1_000, "stopped after " + cancelled.iteration());
            // The second run starts from the first run's best: its first candidate is that z.
            waitFor(() -> seen.indexOf(cancelled) + 1 < seen.size());
            live.cancel();
            assertTrue(live.awaitIdle(WAIT_MS));
            assertTrue(errors.isEmpty());
            assertFalse(live.isBusy());
        }
    }

    @Test
    void submit_finishedEdit_becomesCurrentStartOfNext() throws Exception {
        List<CandidateBatch> seen = new CopyOnWriteArrayList<>();
        try (LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live().withIterations(5),
                seen::add, e -> { })) {
            live.submit(ConstraintSet.empty(16, 16).with(Stroke.color(0x00FF00, 4, 8, 8)));
            assertTrue(live.awaitIdle(WAIT_MS));
            CandidateBatch last = seen.get(seen.size() - 1);
            assertTrue(last.finished());
            assertEquals(5, last.iteration());
            assertArrayEquals(last.best().z(), live.current());
        }
    }

    @Test
    void reset_forgetsCurrentResult() throws Exception {
        try (LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live().withIterations(2),
                b -> { }, e -> { })) {
            live.submit(ConstraintSet.empty(16, 16).with(Stroke.color(0x00FF00, 4, 8, 8)));
            assertTrue(live.awaitIdle(WAIT_MS));
            assertTrue(live.current() != null);
            live.reset();
            assertEquals(null, live.current());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting");
            Thread.sleep(5);
        }
    }
}
