package org.latentbrush.app.tasks;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs work on a small pool of daemon threads and hands results to the user-interface executor. */
public final class BackgroundTaskExecutor implements TaskExecutor {

    private static final int THREADS = 2;

    private final ExecutorService pool;
    private final Executor ui;

    /**
     * Creates the executor.
     *
     * @param ui where results are delivered, usually {@link FxExecutor}
     */
    public BackgroundTaskExecutor(Executor ui) {
        this.ui = ui;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "editor-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        pool.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            } catch (Error e) {
                // An OutOfMemoryError in a render must not kill the painting; report it as a failure.
                ui.execute(() -> onFailure.accept(new IllegalStateException(e.toString(), e)));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
