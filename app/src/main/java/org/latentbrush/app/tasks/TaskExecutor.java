package org.latentbrush.app.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work off the user-interface thread and reports back on it.
 *
 * <p>Tests use a same-thread implementation, so view-model tests need no sleeps.
 */
public interface TaskExecutor {

    /**
     * Runs work in the background.
     *
     * @param work what to do
     * @param onSuccess receives the result, on the user-interface thread
     * @param onFailure receives the failure, on the user-interface thread
     * @param <T> the result type
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Stops accepting work. */
    default void shutdown() {}
}
