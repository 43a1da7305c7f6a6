package org.latentbrush.app.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.latentbrush.bridge.api.Enlargement;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Enlarging the open model's images through its learned upscaler (or smoothly, when it has none).
 * The engine does the work on its upscaler thread; results come back on the user-interface thread,
 * and work overtaken by a change of model fails with a {@link CancellationException}.
 */
public final class EnlargeCalls {

    /** What is said when no model is open. */
    static final Enlargement NONE = new Enlargement(false, 1, "smooth scaling (no model open)");

    private final LiveResult live;

    /** @param live the open engine's owner */
    public EnlargeCalls(LiveResult live) {
        this.live = Objects.requireNonNull(live);
    }

    /** How the open model's images are enlarged. */
    public Enlargement enlargement() {
        PaintEngine target = live.engine();
        return target == null ? NONE : target.enlargement();
    }

    /**
     * Enlarges an image by a whole factor.
     *
     * @param image one of the open model's images
     * @param factor at least 1
     * @param onDone receives the enlarged image on the user-interface thread
     * @param onFailed receives a failure, or a {@link CancellationException} when the model was
     *     replaced meanwhile
     */
    public void enlarge(RasterImage image, int factor, Consumer<RasterImage> onDone, Consumer<Exception> onFailed) {
        PaintEngine target = live.engine();
        if (target == null) {
            onFailed.accept(new IllegalStateException("no model is open"));
            return;
        }
        Object token = live.token();
        target.enlarge(image, factor).whenComplete((big, failure) -> live.ui().execute(() -> {
            if (token != live.token()) {
                onFailed.accept(new CancellationException("the model was replaced while enlarging"));
            } else if (failure != null) {
                onFailed.accept(FailureText.asException(failure));
            } else {
                onDone.accept(big);
            }
        }));
    }

    /**
     * Enlarges several images in order, for an export that runs in the background and may wait: the
     * future completes on the engine's upscaler thread, not the user-interface thread.
     *
     * @param images the open model's images
     * @param factor at least 1
     * @return the enlarged images, in order
     */
    public CompletableFuture<List<RasterImage>> enlargeAll(List<RasterImage> images, int factor) {
        PaintEngine target = live.engine();
        if (target == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no model is open"));
        }
        CompletableFuture<List<RasterImage>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (RasterImage image : images) {
            all = all.thenCompose(done -> target.enlarge(image, factor).thenApply(big -> {
                done.add(big);
                return done;
            }));
        }
        return all;
    }

    /**
     * The open model's learned enlargement as a plain function that waits for the engine's upscaler
     * thread: for work already running in the background, such as a photo's transfer. Asked for on
     * the user-interface thread; the function itself may run on any thread.
     *
     * @return the enlargement by the learned factor, or empty when the model has no learned upscaler
     */
    public Optional<UnaryOperator<RasterImage>> learnedForBackgroundWork() {
        PaintEngine target = live.engine();
        if (target == null || !target.enlargement().learned()) {
            return Optional.empty();
        }
        int scale = target.enlargement().scale();
        return Optional.of(image -> target.enlarge(image, scale).join());
    }
}
