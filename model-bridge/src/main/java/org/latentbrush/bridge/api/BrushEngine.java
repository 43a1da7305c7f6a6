package org.latentbrush.bridge.api;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.generator.DeviceChoice;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.optim.CandidateBatch;
import org.latentbrush.bridge.optim.LiveOptimizer;
import org.latentbrush.bridge.optim.OptimizerSettings;
import org.latentbrush.bridge.photo.Projection;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.photo.Projector;

/**
 * The bridge as the editor sees it: one model, live edits, renders, photo projection; plain Java
 * types only.
 *
 * <p>Everything that touches the model runs on one optimiser thread. Snapshots and errors arrive
 * on that thread; a user interface hands them to its own thread. Methods never block the caller.
 *
 * <pre>{@code
 * try (BrushEngine engine = BrushEngine.open("landscape-64", DeviceChoice.AUTO, this::show, this::fail)) {
 *     engine.submit(strokes);
 * }
 * }</pre>
 */
public final class BrushEngine implements AutoCloseable {

    private final GanModel model;
    private final LiveOptimizer live;
    private final ModelInfo info;
    private final DeviceInfo device;

    private BrushEngine(GanModel model, OptimizerSettings settings, Consumer<CandidateBatch> snapshots,
            Consumer<RuntimeException> errors) {
        this.model = model;
        this.live = new LiveOptimizer(model, settings, snapshots, errors);
        this.info = ModelInfo.of(model.manifest());
        this.device = DeviceInfo.of(model.device());
    }

    /**
     * Opens a model for live editing with the default live protocol.
     *
     * @param modelReference a built-in model's name, a model folder or a zip
     * @param choice where to run
     * @param snapshots receives streamed results, on the optimiser thread
     * @param errors receives failures of an edit, on the optimiser thread
     * @return the engine; the caller closes it
     * @throws ModelLoadException when the model cannot be found or loaded
     */
    public static BrushEngine open(String modelReference, DeviceChoice choice,
            Consumer<CandidateBatch> snapshots, Consumer<RuntimeException> errors)
            throws ModelLoadException {
        Device device = choice.resolve();
        return new BrushEngine(GanModel.open(modelReference, device), OptimizerSettings.live(),
                snapshots, errors);
    }

    /** The names of the built-in models. */
    public static List<String> builtInModels() {
        return ModelLocator.builtInNames();
    }

    /** Resolves a built-in name or a path to the model's folder. */
    public static Path locate(String modelReference) throws ModelLoadException {
        return ModelLocator.resolve(modelReference);
    }

    public ModelInfo model() {
        return info;
    }

    public DeviceInfo device() {
        return device;
    }

    /** Optimises for the newest strokes, superseding the edit in progress. */
    public void submit(ConstraintSet strokes) {
        live.submit(strokes);
    }

    /** Stops the edit in progress; its best so far arrives as the last snapshot. */
    public void cancel() {
        live.cancel();
    }

    /** Makes {@code z} the current result (the user picked it from the gallery). */
    public void setCurrent(float[] z) {
        live.setCurrent(z);
    }

    /** Keeps {@code z} as iGAN's fixed result: later edits start there and stay near it. */
    public void fix(float[] z) {
        live.fix(z);
    }

    /** Forgets the current and fixed results. */
    public void reset() {
        live.reset();
    }

    /** The latent of the current result, or {@code null}. */
    public float[] current() {
        return live.current();
    }

    /** A random latent from the prior. */
    public float[] randomLatent(long seed) {
        return LatentPaths.random(info.latentSize(), seed);
    }

    /** Renders latents on the optimiser thread. */
    public CompletableFuture<List<RasterImage>> render(List<float[]> latents) {
        return live.onOptimizerThread(() -> model.render(latents));
    }

    /**
     * Renders the frames from one latent to another (the editor's morph).
     *
     * @param from start
     * @param to end
     * @param frames number of frames, at least 2
     * @return the frames, in order
     */
    public CompletableFuture<List<RasterImage>> morph(float[] from, float[] to, int frames) {
        return render(LatentPaths.interpolate(from, to, frames, true));
    }

    /**
     * Projects a photo's frame into the latent space (iGAN's hybrid: the encoder's guess refined
     * by optimisation, beside random starts), on the optimiser thread after the queued edits.
     *
     * @param frame the photo as the model sees it ({@link EditablePhoto#frame})
     * @param progress receives progress on the optimiser thread
     * @param cancelled polled every step; when true the projection stops with its best so far
     * @return z₀ and G(z₀), when done
     */
    public CompletableFuture<PhotoProjection> project(RasterImage frame, Consumer<ProjectionStatus> progress,
            BooleanSupplier cancelled) {
        return live.onOptimizerThread(() -> {
            Projection p = new Projector(model).project(frame, ProjectionSettings.defaults(),
                    s -> progress.accept(new ProjectionStatus(s.iteration(), s.iterations(), s.psnr())),
                    cancelled);
            return new PhotoProjection(p.z(), p.reconstruction(), p.psnr(), p.method().id(), p.iterations(),
                    p.cancelled(), p.millis());
        });
    }

    /** Whether an edit is running or waiting. */
    public boolean isBusy() {
        return live.isBusy();
    }

    /** Waits for the queued edits to finish, for tests and scripts. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        return live.awaitIdle(timeoutMillis);
    }

    @Override
    public void close() {
        live.close();
        model.close();
    }
}
