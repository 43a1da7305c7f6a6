package org.latentbrush.app.sliders;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Renders latents for a slider being moved, one at a time, always the newest: a latent asked for
 * while one renders replaces any that waits. A slider moves far faster than the engine renders,
 * so the picture keeps up with the pointer without flooding the engine's queue. Used on the
 * user-interface thread only.
 */
final class LatestRender {

    private final LiveResult live;
    private final BiConsumer<float[], RasterImage> onRendered;
    private final Consumer<Exception> onFailed;
    private float[] waiting;
    private boolean running;
    private long generation;

    /**
     * Creates it.
     *
     * @param live renders with the open model
     * @param onRendered receives each latent with its image
     * @param onFailed receives a failure; what waited is dropped
     */
    LatestRender(LiveResult live, BiConsumer<float[], RasterImage> onRendered, Consumer<Exception> onFailed) {
        this.live = Objects.requireNonNull(live);
        this.onRendered = Objects.requireNonNull(onRendered);
        this.onFailed = Objects.requireNonNull(onFailed);
    }

    /** Renders the latent now, or once the render in progress is done. */
    void submit(float[] z) {
        waiting = z.clone();
        if (!running) {
            next();
        }
    }

    /** Drops what waits and the result of the render in progress. */
    void clear() {
        waiting = null;
        running = false;
        generation++;
    }

    private void next() {
        float[] z = waiting;
        waiting = null;
        if (z == null) {
            running = false;
            return;
        }
        running = true;
        long ours = generation;
        live.render(z, image -> {
            if (ours == generation) {
                onRendered.accept(z, image);
                next();
            }
        }, failure -> {
            if (ours == generation) {
                clear();
                onFailed.accept(failure);
            }
        });
    }
}
