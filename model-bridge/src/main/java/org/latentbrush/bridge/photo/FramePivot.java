package org.latentbrush.bridge.photo;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The pivot of one photo frame, which every edit of it starts from: the frame's projection z₀
 * (iGAN's hybrid, {@link Projector}) and, once tuned, the private generator copy G′ whose picture at
 * z₀ reproduces the frame (Pivotal Tuning, {@link PivotalTuning}).
 *
 * <p>Both ways of editing a photo find their pivot here, in the same steps: the command line through
 * {@link PhotoEditor}, the editor on the engine's optimiser thread ({@code BrushEngine.project}).
 * A new projection drops the tuning made for the old one. Not thread-safe: the thread that owns
 * the model runs it; closing it closes G′ unless it was {@linkplain #handOver handed over}.
 */
public final class FramePivot implements AutoCloseable {

    private final GanModel model;
    private final RasterImage frame;
    private Projection projection;
    private TunedGenerator tuned;
    /** G′(z₀), rendered once per tuning: edits are measured against it. */
    private RasterImage tunedReconstruction;

    /**
     * A frame with no pivot yet.
     *
     * @param model the shared model; never modified, the caller keeps owning it
     * @param frame the photo's square at the model's size and channels
     */
    public FramePivot(GanModel model, RasterImage frame) {
        this.model = model;
        this.frame = frame;
    }

    /**
     * Projects the frame; the result becomes z₀, and any tuning is dropped.
     *
     * @param settings the method and tunables
     * @param listener receives progress on this thread
     * @param cancelled polled every iteration; a stopped projection keeps its best so far
     * @return the projection
     */
    public Projection project(ProjectionSettings settings, Consumer<ProjectionProgress> listener,
            BooleanSupplier cancelled) {
        Projection fresh = new Projector(model).project(frame, settings, listener, cancelled);
        dropTuning();
        projection = fresh;
        return fresh;
    }

    /**
     * Tunes a copy of the generator to the frame at z₀; edits then use it.
     *
     * @param settings steps, rate and target
     * @param listener receives progress on this thread
     * @param cancelled polled every step; a stopped tuning keeps what it reached
     * @return the tuned generator, owned by this pivot
     * @throws IllegalStateException if the frame has not been projected yet
     */
    public TunedGenerator tune(TuningSettings settings, Consumer<TuningProgress> listener,
            BooleanSupplier cancelled) {
        Projection z0 = projection();
        TunedGenerator fresh = new PivotalTuning(model).tune(frame, z0.z(), settings, listener, cancelled);
        dropTuning();
        tuned = fresh;
        tunedReconstruction = fresh.model().render(List.of(z0.z())).get(0);
        return fresh;
    }

    /** G′(z₀) when tuned, else G(z₀): the picture edits are measured against. */
    public RasterImage reconstruction() {
        return tuned == null ? projection().reconstruction() : tunedReconstruction;
    }

    /** The generator edits run on: G′ when tuned, else the shared model. */
    public GanModel editingModel() {
        return tuned == null ? model : tuned.model();
    }

    /**
     * The projection.
     *
     * @throws IllegalStateException if the frame has not been projected yet
     */
    public Projection projection() {
        if (projection == null) {
            throw new IllegalStateException("project the photo before editing it");
        }
        return projection;
    }

    /** Whether the frame has been projected. */
    public boolean projected() {
        return projection != null;
    }

    /** The tuned generator, or null when not tuned. */
    public TunedGenerator tuned() {
        return tuned;
    }

    /**
     * Gives G′ to a new owner, who closes it; this pivot then no longer does.
     *
     * @return G′, or null when not tuned
     */
    public GanModel handOver() {
        if (tuned == null) {
            return null;
        }
        GanModel copy = tuned.model();
        tuned = null;
        tunedReconstruction = null;
        return copy;
    }

    @Override
    public void close() {
        dropTuning();
    }

    private void dropTuning() {
        if (tuned != null) {
            tuned.close();
            tuned = null;
            tunedReconstruction = null;
        }
    }
}
