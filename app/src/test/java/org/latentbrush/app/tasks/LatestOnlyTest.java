package org.latentbrush.app.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    /** Holds each task until the test finishes it, as a slow background thread would. */
    private static final class HeldTasks implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void finishOne() {
            held.poll().run();
        }
    }

    private final HeldTasks tasks = new HeldTasks();
    private final List<Integer> worked = new ArrayList<>();
    private final List<Integer> shown = new ArrayList<>();
    private final List<Exception> failures = new ArrayList<>();
    private final LatestOnly<Integer, Integer> latest = new LatestOnly<>(tasks, n -> {
        worked.add(n);
        if (n < 0) {
            throw new IllegalStateException("negative");
        }
        return n * 10;
    }, shown::add, failures::add);

    @Test
    void submit_whileRunning_runsOnlyTheNewestWaitingInput() {
        latest.submit(1);
        latest.submit(2);
        latest.submit(3);
        assertEquals(1, tasks.held.size(), "one run at a time");
        tasks.finishOne();
        tasks.finishOne();
        assertTrue(tasks.held.isEmpty());
        assertEquals(List.of(1, 3), worked);
        assertEquals(List.of(10, 30), shown);
        assertFalse(latest.isRunning());
    }

    @Test
    void clear_dropsWaitingInputAndResultInFlight() {
        latest.submit(1);
        latest.submit(2);
        latest.clear();
        tasks.finishOne();
        assertTrue(tasks.held.isEmpty());
        assertEquals(List.of(), shown);
        latest.submit(4);
        tasks.finishOne();
        assertEquals(List.of(40), shown);
    }

    @Test
    void failure_isReportedAndNextInputStillRuns() {
        latest.submit(-1);
        latest.submit(5);
        tasks.finishOne();
        tasks.finishOne();
        assertEquals(1, failures.size());
        assertEquals(List.of(50), shown);
    }
}
