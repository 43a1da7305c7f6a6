package org.latentbrush.app.tasks;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs slow work on the newest input only: one run at a time, and an input that arrives meanwhile
 * replaces any input still waiting.
 *
 * <p>The optimiser streams results faster than a full-resolution photo can be edited; running each
 * would queue up and the screen would fall further and further behind. With this, the screen is at
 * most one run behind the newest result, whatever the photo's size. Used on the user-interface
 * thread only.
 *
 * @param <I> the input
 * @param <O> the result
 */
public final class LatestOnly<I, O> {

    private final TaskExecutor tasks;
    private final Function<I, O> work;
    private final Consumer<O> onDone;
    private final Consumer<Exception> onFailed;
    private I waiting;
    private boolean running;
    private long generation;

    /**
     * Creates it.
     *
     * @param tasks runs the work in the background
     * @param work the slow work
     * @param onDone receives each result, on the user-interface thread
     * @param onFailed receives a failure, on the user-interface thread
     */
    public LatestOnly(TaskExecutor tasks, Function<I, O> work, Consumer<O> onDone, Consumer<Exception> onFailed) {
        this.tasks = Objects.requireNonNull(tasks);
        this.work = Objects.requireNonNull(work);
        this.onDone = Objects.requireNonNull(onDone);
        this.onFailed = Objects.requireNonNull(onFailed);
    }

    /** Runs the work on this input now, or as soon as the run in progress ends. */
    public void submit(I input) {
        waiting = Objects.requireNonNull(input);
        if (!running) {
            runNext();
        }
    }

    /** Drops the waiting input and the result of the run in progress (the document changed). */
    public void clear() {
        waiting = null;
        generation++;
    }

    /** Whether a run is in progress. */
    public boolean isRunning() {
        return running;
    }

    private void runNext() {
        I input = waiting;
        waiting = null;
        if (input == null) {
            running = false;
            return;
        }
        running = true;
        long runGeneration = generation;
        tasks.run(() -> work.apply(input), result -> {
            if (runGeneration == generation) {
                onDone.accept(result);
            }
            runNext();
        }, failure -> {
            if (runGeneration == generation) {
                onFailed.accept(failure);
            }
            runNext();
        });
    }
}
