package org.latentbrush.app.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs tasks at once on the calling thread, so view-model tests need no waiting. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
