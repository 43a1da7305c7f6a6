package org.latentbrush.bridge.photo;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.upscale.Enlarger;
import org.latentbrush.bridge.optim.Candidate;
import org.latentbrush.bridge.optim.CandidateBatch;
import org.latentbrush.bridge.optim.EditStart;
import org.latentbrush.bridge.optim.LatentOptimizer;
import org.latentbrush.bridge.optim.OptimizerSettings;

/**
 * One frame of a photo being edited: the photo, the model's square over part of it, the square's
 * projection z₀, the generator tuned to it, and edits painted onto it.
 *
 * <p>The steps, in order: {@link #project} finds z₀ (iGAN's hybrid); {@link #tune} bends a private
 * copy of the generator so that G′(z₀) reproduces the frame (Pivotal Tuning), both through the
 * frame's {@link FramePivot} as the editor's engine does; {@link #edit} starts
 * the latent optimiser at z₀ with z₀ as its fixed anchor ({@code EditStart(z₀, z₀)}) on G′ (on G when
 * not tuned), and carries the change G′(z′) − G′(z₀) onto the photo only where the strokes are
 * ({@link PhotoTransfer}, as the editor's {@code EditablePhoto} does).
 *
 * <p>Strokes are given on the frame's canvas: any square canvas is stretched over the frame, as the
 * editor shows it. A set whose canvas has the photo's own size is read as photo pixels and moved
 * onto the frame ({@link PhotoFrame#toCropCanvas}); {@link FramePlacement} places frames over them.
 *
 * <pre>{@code
 * try (PhotoEditor session = new PhotoEditor(model, photo, crop)) {
 *     session.project(ProjectionSettings.defaults(), p -> {}, () -> false);
 *     session.tune(TuningSettings.defaults(), p -> {}, () -> false);
 *     PhotoEdit edit = session.edit(strokes, OptimizerSettings.live(), b -> {}, () -> false);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: the optimiser thread that owns the model runs a session. Closing it closes G′.
 */
public final class PhotoEditor implements AutoCloseable {

    private final Photo photo;
    private final PhotoFrame frame;
    private final FramePivot pivot;
    private final PhotoTransfer transfer;
    /** Enlarges G(z₀) and G(z′) before their change is carried onto the photo, or null for none. */
    private Enlarger enlarger;
    /** The reconstruction {@link #enlargedBefore} enlarged, and what it enlarged. */
    private RasterImage enlargedFrom;
    private RasterImage enlargedBefore;

    /**
     * Starts a session on a photo's centred square.
     *
     * @param model the model; the caller keeps owning it
     * @param photo the photo
     */
    public PhotoEditor(GanModel model, Photo photo) {
        this(model, photo, CropSquare.centred(photo.width(), photo.height()));
    }

    /**
     * Starts a session on a square of a photo.
     *
     * @param model the model; the caller keeps owning it
     * @param photo the photo
     * @param crop the square the model sees, inside the photo
     */
    public PhotoEditor(GanModel model, Photo photo, CropSquare crop) {
        this.photo = photo;
        this.frame = PhotoFrame.of(photo, crop, model.manifest().imageSize(), model.manifest().channels());
        this.pivot = new FramePivot(model, frame.image());
        this.transfer = new PhotoTransfer(photo, crop);
    }

    /**
     * Projects the photo's frame; the result becomes z₀ of later edits, and any tuning is dropped.
     *
     * @param settings the method and tunables
     * @param listener receives progress on this thread
     * @param cancelled polled every iteration
     * @return the projection
     */
    public Projection project(ProjectionSettings settings, Consumer<ProjectionProgress> listener,
            BooleanSupplier cancelled) {
        return pivot.project(settings, listener, cancelled);
    }

    /**
     * Tunes a copy of the generator to the frame at z₀; edits then use it.
     *
     * @param settings steps, rate and target
     * @param listener receives progress on this thread
     * @param cancelled polled every step; a stopped tuning keeps what it reached
     * @return the tuned generator, owned by this session
     * @throws IllegalStateException if the photo has not been projected yet
     */
    public TunedGenerator tune(TuningSettings settings, Consumer<TuningProgress> listener,
            BooleanSupplier cancelled) {
        return pivot.tune(settings, listener, cancelled);
    }

    /**
     * Edits the photo under strokes.
     *
     * @param strokes on the frame's canvas, or on the photo's canvas (see the class description)
     * @param settings the optimiser's tunables; its prior weight keeps z′ near z₀
     * @param listener receives the optimiser's snapshots on this thread
     * @param cancelled polled every iteration; a cancelled edit still applies its best so far
     * @return the edited photo and figures
     * @throws IllegalStateException if the photo has not been projected yet
     * @throws IllegalArgumentException if the strokes' canvas is neither square nor the photo's size
     */
    public PhotoEdit edit(ConstraintSet strokes, OptimizerSettings settings,
            Consumer<CandidateBatch> listener, BooleanSupplier cancelled) {
        Projection z0 = pivot.projection();
        ConstraintSet onCrop = frame.toCropCanvas(strokes);
        CandidateBatch batch = new LatentOptimizer(editingModel()).optimize(onCrop,
                new EditStart(z0.z(), z0.z()), settings, listener, cancelled);
        long started = System.nanoTime();
        Candidate best = batch.best();
        PhotoTransfer.Carried carried = carry(best.image(), onCrop);
        long transferMillis = (System.nanoTime() - started) / 1_000_000;
        return new PhotoEdit(carried.result().photo(), carried.result().changedPixels(), best, carried.reach(),
                batch.millis(), transferMillis);
    }

    /**
     * Carries another latent onto the photo, e.g. a candidate the user picked.
     *
     * @param zPrime the edited latent
     * @param strokes the strokes it answers, on the frame's canvas or the photo's: they bound
     *     where the photo may change
     * @return the edited photo; its millis cover rendering G′(z′), the mask and the photo
     */
    public EditTransfer.Result transfer(float[] zPrime, ConstraintSet strokes) {
        long started = System.nanoTime();
        RasterImage after = editingModel().render(List.of(zPrime)).get(0);
        EditTransfer.Result result = carry(after, frame.toCropCanvas(strokes)).result();
        return new EditTransfer.Result(result.photo(), result.changedPixels(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private PhotoTransfer.Carried carry(RasterImage after, ConstraintSet onCrop) {
        return transfer.carry(before(), enlarged(after), onCrop);
    }
    /**
     * Carries later changes through a learned upscaler: G(z₀) and G(z′) are enlarged before their
     * difference is taken, so the change reaches the photo with the upscaler's edges rather than
     * smoothly enlarged. An enlarger without a learned upscaler changes nothing.
     *
     * @param through the enlarger, or null to carry changes smoothly; the caller keeps owning it
     */
    public void carryThrough(Enlarger through) {
        this.enlarger = through != null && through.learned() ? through : null;
        enlargedFrom = null;
    }

    private RasterImage before() {
        RasterImage reconstruction = reconstruction();
        if (enlarger == null) {
            return reconstruction;
        }
        if (enlargedFrom != reconstruction) {
            enlargedBefore = enlarged(reconstruction);
            enlargedFrom = reconstruction;
        }
        return enlargedBefore;
    }

    private RasterImage enlarged(RasterImage image) {
        return enlarger == null ? image : enlarger.enlarge(image, enlarger.upscaler().orElseThrow().scale());
    }

    /** G′(z₀) when tuned, else G(z₀): the picture edits are measured against. */
    public RasterImage reconstruction() {
        return pivot.reconstruction();
    }

    /** The generator edits run on: G′ when tuned, else the shared model. */
    public GanModel editingModel() {
        return pivot.editingModel();
    }

    public Photo photo() {
        return photo;
    }

    public PhotoFrame frame() {
        return frame;
    }

    /** The current projection, or null before {@link #project}. */
    public Projection projection() {
        return pivot.projected() ? pivot.projection() : null;
    }

    /** The tuned generator, or null when not tuned. */
    public TunedGenerator tuned() {
        return pivot.tuned();
    }

    @Override
    public void close() {
        pivot.close();
    }
}
