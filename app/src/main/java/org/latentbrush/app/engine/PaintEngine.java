package org.latentbrush.app.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.api.ModelInfo;
import org.latentbrush.bridge.api.PhotoProjection;
import org.latentbrush.bridge.api.ProjectionStatus;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The editor's view of a generative model that it paints through.
 *
 * <p>The real one is the bridge's {@code BrushEngine}; view-model tests use a fake that answers on
 * the calling thread. Snapshots and errors go to the consumers given when it was opened.
 */
public interface PaintEngine extends AutoCloseable {

    /** The model's description. */
    ModelInfo model();

    /** Engine and device as one line for the status bar. */
    String deviceSummary();

    /** Optimises for the newest strokes, superseding the edit in progress; never blocks. */
    void submit(ConstraintSet strokes);

    /** Stops the edit in progress. */
    void cancel();

    /** Makes {@code z} the start of the next edit. */
    void setCurrent(float[] z);

    /** Keeps {@code z} as the fixed result, or releases it when {@code null}. */
    void fix(float[] z);

    /** A random latent from the prior. */
    float[] randomLatent(long seed);

    /** Renders latents, after the queued edits. */
    CompletableFuture<List<RasterImage>> render(List<float[]> latents);

    /** Renders the frames from one latent to another. */
    CompletableFuture<List<RasterImage>> morph(float[] from, float[] to, int frames);

    /**
     * Projects a photo's frame into the latent space, after the queued edits.
     *
     * @param frame the photo at the model's size and channels
     * @param progress receives progress, on the optimiser thread
     * @param cancelled polled every step; a cancelled projection ends with its best so far
     * @return z₀ and G(z₀)
     */
    CompletableFuture<PhotoProjection> project(RasterImage frame, Consumer<ProjectionStatus> progress,
            BooleanSupplier cancelled);

    /** Whether an edit is running or waiting. */
    boolean isBusy();

    /** Waits until no edit runs. */
    boolean awaitIdle(long timeoutMillis) throws InterruptedException;

    @Override
    void close();
}
