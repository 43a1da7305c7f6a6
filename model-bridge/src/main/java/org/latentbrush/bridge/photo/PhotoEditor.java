package org.latentbrush.bridge.photo;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.StrokeRasterizer;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.optim.Candidate;
import org.latentbrush.bridge.optim.CandidateBatch;
import org.latentbrush.bridge.optim.EditStart;
import org.latentbrush.bridge.optim.LatentOptimizer;
import org.latentbrush.bridge.optim.OptimizerSettings;

/**
 * One photo-editing session: a photo, its frame, its projection z₀, and edits painted onto it.
 *
 * <p>Editing starts the latent optimiser at z₀ with z₀ as the fixed anchor
 * ({@code EditStart(z₀, z₀)}), so the prior term keeps the result near the photo's projection and
 * restarts are drawn around it; the best z′ is then carried onto the photo by {@link EditTransfer}.
 *
 * <p>Strokes are given on the crop square's canvas: any square canvas is mapped onto the crop, as
 * the editor shows it. A set whose canvas has the photo's own size is read as photo pixels and moved
 * onto the crop ({@link PhotoFrame#toCropCanvas}); strokes outside the crop have no effect.
 *
 * <pre>{@code
 * PhotoEditor session = new PhotoEditor(model, new PhotoReader().read(file));
 * session.project(ProjectionSettings.defaults(), p -> {}, () -> false);
 * PhotoEdit edit = session.edit(strokes, OptimizerSettings.live(), b -> {}, () -> false);
 * }</pre>
 *
 * <p>Not thread-safe: the optimiser thread that owns the model runs a session.
 */
public final class PhotoEditor {

    private final GanModel model;
    private final Photo photo;
    private final PhotoFrame frame;
    private Projection projection;

    /**
     * Starts a session on a photo.
     *
     * @param model the model; the caller keeps owning it
     * @param photo the photo
     */
    public PhotoEditor(GanModel model, Photo photo) {
        this.model = model;
        this.photo = photo;
        this.frame = PhotoFrame.of(photo, model.manifest().imageSize(), model.manifest().channels());
    }

    /**
     * Projects the photo's frame; the result becomes z₀ of later edits.
     *
     * @param settings the method and tunables
     * @param listener receives progress on this thread
     * @param cancelled polled every iteration
     * @return the projection
     */
    public Projection project(ProjectionSettings settings, Consumer<ProjectionProgress> listener,
            BooleanSupplier cancelled) {
        projection = new Projector(model).project(frame.image(), settings, listener, cancelled);
        return projection;
    }

    /**
     * Edits the photo under strokes.
     *
     * @param strokes on the crop's canvas, or on the photo's canvas (see the class description)
     * @param settings the optimiser's tunables; its prior weight keeps z′ near z₀
     * @param listener receives the optimiser's snapshots on this thread
     * @param cancelled polled every iteration; a cancelled edit still applies its best so far
     * @return the edited photo and figures
     * @throws IllegalStateException if the photo has not been projected yet
     * @throws IllegalArgumentException if the strokes' canvas is neither square nor the photo's size
     */
    public PhotoEdit edit(ConstraintSet strokes, OptimizerSettings settings,
            Consumer<CandidateBatch> listener, BooleanSupplier cancelled) {
        Projection z0 = requireProjection();
        ConstraintSet onCrop = frame.toCropCanvas(strokes);
        CandidateBatch batch = new LatentOptimizer(model).optimize(onCrop, new EditStart(z0.z(), z0.z()),
                settings, listener, cancelled);
        long started = System.nanoTime();
        Candidate best = batch.best();
        EditTransfer transfer = EditTransfer.between(z0.reconstruction(), best.image());
        EditTransfer.Result result = transfer.apply(photo, frame.crop());
        long transferMillis = (System.nanoTime() - started) / 1_000_000;
        int size = model.manifest().imageSize();
        RasterImage seen = PhotoFrame.of(result.photo(), size, 3).image();
        double photoError = StrokeColorError.of(seen, StrokeRasterizer.rasterize(onCrop, size));
        return new PhotoEdit(result.photo(), result.changedPixels(), best, photoError, transfer,
                batch.millis(), transferMillis);
    }

    /**
     * Carries another latent onto the photo, e.g. a candidate the user picked.
     *
     * @param zPrime the edited latent
     * @return the edited photo; its millis cover rendering G(z′), the mask and the photo
     */
    public EditTransfer.Result transfer(float[] zPrime) {
        Projection z0 = requireProjection();
        long started = System.nanoTime();
        RasterImage after = model.render(List.of(zPrime)).get(0);
        EditTransfer.Result result = EditTransfer.between(z0.reconstruction(), after).apply(photo, frame.crop());
        return new EditTransfer.Result(result.photo(), result.changedPixels(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public Photo photo() {
        return photo;
    }

    public PhotoFrame frame() {
        return frame;
    }

    /** The current projection, or null before {@link #project}. */
    public Projection projection() {
        return projection;
    }

    private Projection requireProjection() {
        if (projection == null) {
            throw new IllegalStateException("project the photo before editing it");
        }
        return projection;
    }
}
