package org.latentbrush.app.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragStatus;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.api.Enlargement;
import org.latentbrush.bridge.api.ModelInfo;
import org.latentbrush.bridge.api.PhotoProjection;
import org.latentbrush.bridge.api.ProjectionStatus;
import org.latentbrush.bridge.api.SliderDirection;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The editor's view of a generative model that it paints through.
 *
 * <p>The real one is the bridge's {@code BrushEngine}; view-model tests use a fake whose work the
 * test runs when it chooses. Snapshots and errors go to the consumers given when it was opened.
 * The engine owns the current and the fixed result; calls are commands it runs in order.
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

    /** Whether later edits are of a projected photo, whose strokes bound what changes on it. */
    void editPhotos(boolean photo);

    /**
     * Edits the strokes beyond the photo's square in squares of their own, on the photo carrying
     * the square's edit (the command line's {@code edit}); on the engine's thread.
     *
     * @param photo the photo and its square
     * @param edited the photo with the square's edit
     * @param strokes all strokes, on the square's canvas
     * @param progress a line on where it is, on the engine's thread
     * @param cancelled polled every step
     * @return the photo with every square's edit
     */
    CompletableFuture<EditedPhoto> editBeyondSquare(EditablePhoto photo, EditedPhoto edited, ConstraintSet strokes,
            Consumer<String> progress, BooleanSupplier cancelled);

    /**
     * Makes {@code z} the start of later edits and {@code anchor} the fixed result, after the edit
     * in progress stops.
     *
     * @return the epoch that snapshots of edits submitted from now on carry; older snapshots belong
     *     to superseded edits
     */
    long restore(float[] z, float[] anchor);

    /** A random latent from the prior. */
    float[] randomLatent(long seed);

    /** Renders latents, after the queued edits. */
    CompletableFuture<List<RasterImage>> render(List<float[]> latents);

    /** Renders the frames from one latent to another. */
    CompletableFuture<List<RasterImage>> morph(float[] from, float[] to, int frames);

    /**
     * Projects a photo's frame into the latent space and tunes the generator to it, after the
     * queued edits; later edits use the tuned generator.
     *
     * @param frame the photo at the model's size and channels
     * @param progress receives progress, on the optimiser thread
     * @param cancelled polled every step; a cancelled projection ends with its best so far
     * @return z₀ and G(z₀)
     */
    CompletableFuture<PhotoProjection> project(RasterImage frame, Consumer<ProjectionStatus> progress,
            BooleanSupplier cancelled);

    /**
     * Makes later edits and renders use a photo's tuned generator, or the shared model for
     * {@code null}, after the queued commands.
     *
     * @param tunedWeights weights from {@link PhotoProjection#tunedWeights()}, or {@code null}
     * @return completes when in use
     */
    CompletableFuture<Void> usePhotoGenerator(byte[] tunedWeights);

    /**
     * Drags content from handles toward targets, starting from a latent, on the optimiser thread
     * after the queued commands, with the generator edits use now (a photo's tuned one too).
     *
     * @param start the latent to start from
     * @param pairs handles and targets, in model pixels
     * @param movable row-major mask of the model's size squared, true where content may move, or
     *     {@code null} for everywhere
     * @param steps the most steps; it stops early once every handle is within a pixel of its target
     * @param progress receives each step's status, on the optimiser thread
     * @param cancelled polled every step; a stopped drag ends with its latest result
     * @return the last status, finished
     */
    CompletableFuture<DragStatus> drag(float[] start, List<DragPair> pairs, boolean[] movable, int steps,
            Consumer<DragStatus> progress, BooleanSupplier cancelled);

    /** The model's sliders (directions in its latent space), strongest first; empty when it has none. */
    List<SliderDirection> sliders();

    /**
     * Why the model has no sliders although it came with a directions file (a damaged file, or
     * one found for other weights), naming the file; empty when all is well or it has none.
     */
    default java.util.Optional<String> slidersWarning() {
        return java.util.Optional.empty();
    }

    /**
     * A latent moved along the sliders; pure, on any thread.
     *
     * @param z the latent
     * @param amounts how far along each slider, {@code amounts[k]} for {@code sliders().get(k)}
     * @return the moved latent
     */
    float[] applySliders(float[] z, double[] amounts);

    /** How results are enlarged for showing and saving: learned, or smooth when the model has no upscaler. */
    Enlargement enlargement();

    /**
     * Enlarges one of the model's images by a whole factor, off the optimiser thread.
     *
     * @param image a result, gallery tile or frame
     * @param factor at least 1
     * @return the enlarged image
     */
    CompletableFuture<RasterImage> enlarge(RasterImage image, int factor);

    /** Whether an edit is running or waiting. */
    boolean isBusy();

    /**
     * Completes once the engine's work after loading is done (a few seconds in which it renders
     * the random starts edits begin from); edits work before then, a little less well.
     */
    default CompletableFuture<Void> startupWorkDone() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    void close();
}
