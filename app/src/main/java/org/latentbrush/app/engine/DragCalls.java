package org.latentbrush.app.engine;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragStatus;

/**
 * Dragging with the open engine (DragGAN): the engine runs the drag on its optimiser thread; each
 * step's status and the end come back on the user-interface thread, and a drag overtaken by a
 * change of model fails with a {@link CancellationException}.
 */
public final class DragCalls {

    private final LiveResult live;

    /** @param live the open engine's owner */
    public DragCalls(LiveResult live) {
        this.live = Objects.requireNonNull(live);
    }

    /**
     * Drags content from handles toward targets.
     *
     * @param start the latent to start from
     * @param pairs handles and targets, in model pixels
     * @param movable row-major mask of the model's size squared, true where content may move, or
     *     {@code null} for everywhere
     * @param steps the most steps
     * @param progress receives each step's status on the user-interface thread
     * @param cancelled polled every step, on the optimiser thread; a stopped drag ends with its latest result
     * @param onDone receives the last status on the user-interface thread
     * @param onFailed receives a failure, or a {@link CancellationException} when the model was
     *     replaced meanwhile
     */
    public void drag(float[] start, List<DragPair> pairs, boolean[] movable, int steps, Consumer<DragStatus> progress,
            BooleanSupplier cancelled, Consumer<DragStatus> onDone, Consumer<Exception> onFailed) {
        PaintEngine target = live.engine();
        if (target == null) {
            onFailed.accept(new IllegalStateException("no model is open"));
            return;
        }
        Object token = live.token();
        try {
            target.drag(start.clone(), List.copyOf(pairs), movable == null ? null : movable.clone(), steps,
                    status -> live.ui().execute(() -> {
                        if (token == live.token()) {
                            progress.accept(status);
                        }
                    }), cancelled).whenComplete((last, failure) -> live.ui().execute(() -> {
                        if (token != live.token()) {
                            onFailed.accept(new CancellationException("the model was replaced during the drag"));
                        } else if (failure != null) {
                            onFailed.accept(FailureText.asException(failure));
                        } else {
                            onDone.accept(last);
                        }
                    }));
        } catch (RuntimeException e) {
            // An engine that cannot drag at all says so at once, not through the future.
            onFailed.accept(e);
        }
    }
}
