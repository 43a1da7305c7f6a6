package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        OptimizerSettings longRuns = OptimizerSettings.live().withIterations(100_000);
        try (LiveOptimizer live = new LiveOptimizer(model, longRuns, s -> {
            seen.add(s.batch());
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
            // The second run starts from the first run's best: one of its starting candidates is
            // that z, before any step moved it.
            waitFor(() -> seen.indexOf(cancelled) + 1 < seen.size());
            CandidateBatch restarted = seen.get(seen.indexOf(cancelled) + 1);
            assertEquals(0, restarted.iteration());
            assertTrue(restarted.candidates().stream()
                    .anyMatch(c -> java.util.Arrays.equals(c.z(), cancelled.best().z())),
                    "no candidate of the new run starts from the cancelled run's best");
            // A new stroke screens its own starts: not every candidate comes from the superseded run.
            assertTrue(restarted.candidates().stream().anyMatch(r -> cancelled.candidates().stream()
                    .noneMatch(c -> maxDifference(r.z(), c.z()) < 1e-6)),
                    "a new stroke must not just continue the superseded run's candidates");
            live.cancel();
            assertTrue(live.awaitIdle(WAIT_MS));
            assertTrue(errors.isEmpty());
            assertFalse(live.isBusy());
        }
    }

    @Test
    void submit_sameStrokeGrownMidRun_continuesFromTheCandidatesStillStepped() throws Exception {
        List<CandidateBatch> seen = new CopyOnWriteArrayList<>();
        CountDownLatch firstSnapshot = new CountDownLatch(1);
        OptimizerSettings longRuns = OptimizerSettings.live().withIterations(100_000);
        try (LiveOptimizer live = new LiveOptimizer(model, longRuns, s -> {
            seen.add(s.batch());
            firstSnapshot.countDown();
        }, e -> { })) {
            live.submit(ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 3, 2, 8, 8, 8)));
            assertTrue(firstSnapshot.await(WAIT_MS, TimeUnit.MILLISECONDS));
            // The stroke being drawn grew: the same stroke count, a longer last stroke.
            live.submit(ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 3, 2, 8, 14, 8)));
            waitFor(() -> seen.stream().anyMatch(b -> b.finished() && b.cancelled()));
            CandidateBatch cancelled = seen.stream().filter(CandidateBatch::finished).findFirst().orElseThrow();
            waitFor(() -> seen.indexOf(cancelled) + 1 < seen.size());
            CandidateBatch continued = seen.get(seen.indexOf(cancelled) + 1);
            assertEquals(0, continued.iteration());
            // The candidates still stepped lead the ranking (see CandidateBatch.stepping); a batch
            // holds at most OptimizerSettings.keep() candidates, which may be fewer than it steps.
            List<Candidate> stepped = cancelled.candidates()
                    .subList(0, Math.min(cancelled.stepping(), cancelled.candidates().size()));
            // Equal up to the rounding of z = tanh(atanh(z)) in float.
            for (Candidate c : stepped) {
                assertTrue(continued.candidates().stream().anyMatch(r -> maxDifference(r.z(), c.z()) < 1e-6),
                        "a candidate of the superseded run was not carried over");
            }
            // Nothing is added but the encoder's guess for the grown stroke.
            assertTrue(continued.stepping() <= cancelled.stepping() + 1,
                    continued.stepping() + " stepped after " + cancelled.stepping());
            assertTrue(continued.candidates().size() >= cancelled.candidates().size(),
                    "the gallery keeps every candidate: " + continued.candidates().size() + " after "
                            + cancelled.candidates().size());
            live.cancel();
            assertTrue(live.awaitIdle(WAIT_MS));
        }
    }

    @Test
    void submit_sameStrokeGrownAfterNarrowing_goesOnAtTheNarrowedBatch() throws Exception {
        List<CandidateBatch> seen = new CopyOnWriteArrayList<>();
        OptimizerSettings longRuns = OptimizerSettings.live().withIterations(100_000).withEarlyStop(EarlyStop.NEVER);
        try (LiveOptimizer live = new LiveOptimizer(model, longRuns, s -> seen.add(s.batch()), e -> { })) {
            live.submit(ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 3, 2, 8, 8, 8)));
            int floor = longRuns.narrowing().floor();
            waitFor(() -> seen.stream().anyMatch(b -> b.stepping() == floor));
            live.submit(ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 3, 2, 8, 14, 8)));
            waitFor(() -> seen.stream().anyMatch(b -> b.finished() && b.cancelled()));
            CandidateBatch cancelled = seen.stream().filter(CandidateBatch::finished).findFirst().orElseThrow();
            waitFor(() -> seen.indexOf(cancelled) + 1 < seen.size());
            CandidateBatch continued = seen.get(seen.indexOf(cancelled) + 1);
            assertEquals(floor, cancelled.stepping());
            // The leaders and at most the encoder's guess, not a full batch of eight again.
            assertTrue(continued.stepping() <= floor + 1, continued.stepping() + " candidates stepped");
            assertTrue(longRuns.candidates() > floor + 1);
            live.cancel();
            assertTrue(live.awaitIdle(WAIT_MS));
        }
    }

    private static double maxDifference(float[] a, float[] b) {
        double most = 0;
        for (int i = 0; i < a.length; i++) {
            most = Math.max(most, Math.abs(a[i] - b[i]));
        }
        return most;
    }

    @Test
    void startBank_isRenderedWhileIdle_withoutHoldingUpTheEditsSubmittedMeanwhile() throws Exception {
        List<CandidateBatch> seen = new CopyOnWriteArrayList<>();
        try (LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live().withIterations(3),
                s -> seen.add(s.batch()), e -> { })) {
            live.submit(ConstraintSet.empty(16, 16).with(Stroke.color(0x00FF00, 4, 8, 8)));
            assertTrue(live.awaitIdle(WAIT_MS));
            assertTrue(seen.get(seen.size() - 1).finished(), "the edit ran while the bank was unfinished");
            // The bank is rendered once nothing else is to do.
            live.startBankDone().get(WAIT_MS, TimeUnit.MILLISECONDS);

            live.submit(ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 4, 4, 4)));
            assertTrue(live.awaitIdle(WAIT_MS));
            assertTrue(seen.get(seen.size() - 1).finished());
        }
    }

    @Test
    void submit_finishedEdit_becomesCurrentStartOfNext() throws Exception {
        List<CandidateBatch> seen = new CopyOnWriteArrayList<>();
        try (LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live().withIterations(5),
                s -> seen.add(s.batch()), e -> { })) {
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
            assertTrue(live.awaitIdle(WAIT_MS));
            assertEquals(null, live.current());
        }
    }

    @Test
    void restore_twoInQuickSuccessionDuringAnEdit_lastOneWinsAndSupersededSnapshotsKeepOldEpoch()
            throws Exception {
        List<LiveSnapshot> seen = new CopyOnWriteArrayList<>();
        CountDownLatch firstSnapshot = new CountDownLatch(1);
        OptimizerSettings longRuns = OptimizerSettings.live().withIterations(100_000);
        float[] first = filled(0.1f);
        float[] second = filled(-0.4f);
        try (LiveOptimizer live = new LiveOptimizer(model, longRuns, s -> {
            seen.add(s);
            firstSnapshot.countDown();
        }, e -> { })) {
            live.submit(RED_ROW);
            assertTrue(firstSnapshot.await(WAIT_MS, TimeUnit.MILLISECONDS));
            long epochOne = live.restore(first, null);
            long epochTwo = live.restore(second, first);
            assertTrue(epochTwo > epochOne);
            assertTrue(live.awaitIdle(WAIT_MS));
            // The interrupted edit's best was made current first, then each restore in order.
            assertArrayEquals(second, live.current());
            assertTrue(seen.stream().allMatch(s -> s.epoch() < epochOne));
            assertTrue(seen.get(seen.size() - 1).batch().cancelled());
            assertFalse(live.isBusy());
        }
    }

    @Test
    void submit_afterRestore_startsFromTheRestoredLatentInTheNewEpoch() throws Exception {
        List<LiveSnapshot> seen = new CopyOnWriteArrayList<>();
        float[] start = filled(0.3f);
        try (LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live().withIterations(3),
                seen::add, e -> { })) {
            long epoch = live.restore(start, null);
            live.submit(RED_ROW);
            assertTrue(live.awaitIdle(WAIT_MS));
            assertTrue(seen.stream().allMatch(s -> s.epoch() == epoch));
            // The restored latent is the first candidate of the edit's first snapshot's start.
            assertTrue(seen.get(0).batch().candidates().stream().anyMatch(c -> near(c.z(), start)),
                    "no candidate started from the restored latent");
        }
    }

    @Test
    void submit_errorDuringAnEdit_isReportedAndTheNextEditRuns() throws Exception {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<LiveSnapshot> finished = new CopyOnWriteArrayList<>();
        AtomicBoolean failOnce = new AtomicBoolean(true);
        try (LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live().withIterations(3),
                s -> {
                    if (failOnce.getAndSet(false)) {
                        // Stands in for the engine running out of memory mid-edit.
                        throw new OutOfMemoryError("test: no memory left");
                    }
                    if (s.batch().finished()) {
                        finished.add(s);
                    }
                }, errors::add)) {
            live.submit(RED_ROW);
            assertTrue(live.awaitIdle(WAIT_MS));
            assertEquals(1, errors.size());
            assertTrue(errors.get(0) instanceof OutOfMemoryError);
            assertFalse(live.isBusy());
            live.submit(RED_ROW);
            assertTrue(live.awaitIdle(WAIT_MS));
            assertEquals(1, finished.size());
            assertEquals(3, finished.get(0).batch().iteration());
        }
    }

    @Test
    void close_duringLongWork_stopsWorkThatPollsClosingAndEndsTheThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live(), s -> { }, e -> { });
        CompletableFuture<Integer> work = live.onOptimizerThread(() -> {
            started.countDown();
            int polls = 0;
            while (!live.isClosing()) {
                polls++;
                Thread.onSpinWait();
            }
            return polls;
        });
        CompletableFuture<Integer> queuedBehind = live.onOptimizerThread(() -> 1);
        assertTrue(started.await(WAIT_MS, TimeUnit.MILLISECONDS));
        assertTrue(live.closeAndWait(), "the optimiser thread must end");
        assertTrue(work.isDone() && !work.isCompletedExceptionally());
        assertTrue(queuedBehind.isCompletedExceptionally(), "queued work is dropped on close");
    }

    private static final ConstraintSet RED_ROW =
            ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 3, 2, 8, 14, 8));

    private static float[] filled(float value) {
        float[] z = new float[model.manifest().latentSize()];
        java.util.Arrays.fill(z, value);
        return z;
    }

    private static boolean near(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 0.05f) {
                return false;
            }
        }
        return true;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting");
            Thread.sleep(5);
        }
    }
}
