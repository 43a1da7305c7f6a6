package org.latentbrush.bridge.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.drag.DragOptimizer;
import org.latentbrush.bridge.drag.DragSettings;
import org.latentbrush.bridge.drag.ImagePoint;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.optim.EditStart;
import org.latentbrush.bridge.optim.LatentOptimizer;
import org.latentbrush.bridge.optim.LiveOptimizer;
import org.latentbrush.bridge.optim.OptimizerSettings;
import org.latentbrush.bridge.photo.PhotoEditing;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.photo.TuningSettings;

/**
 * The bridge as the editor sees it: one model, live edits, renders, photo projection; plain Java
 * types only.
 *
 * <p>Everything that touches the model runs on one optimiser thread, which owns the current and
 * the fixed result; every call becomes a command in its one ordered queue, so a restore requested
 * after an edit always lands after it. Snapshots and errors arrive on that thread; a user interface
 * hands them to its own thread. Methods never block the caller.
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
    private final ResultEnlarging enlarging;
    private final ModelSliders sliders;
    /** The live protocol for paintings; photos get {@link OptimizerSettings#forPhotos()} of it. */
    private final OptimizerSettings paintingSettings;
    /** Enough steps of a throwaway edit to run every shape the live protocol uses. */
    private static final int WARM_UP_ITERATIONS = 2;

    /** The shared model or the open photo's tuned copy; on the optimiser thread only. */
    private final ActiveGenerator active;

    private BrushEngine(GanModel model, ModelSliders sliders, OptimizerSettings settings,
            Consumer<EditSnapshot> snapshots, Consumer<Throwable> errors, Path cacheFolder) {
        this.model = model;
        this.sliders = sliders;
        this.paintingSettings = settings;
        this.live = new LiveOptimizer(model, settings, s -> snapshots.accept(EditSnapshot.of(s)), errors,
                cacheFolder);
        this.active = new ActiveGenerator(model, live);
        this.info = ModelInfo.of(model.manifest(), model.fingerprint());
        this.device = DeviceInfo.of(model.device());
        this.enlarging = new ResultEnlarging(model.manifest(), model.device());
        live.onOptimizerThread(() -> warmUp(settings));
    }

    /**
     * Runs one throwaway edit of the live protocol's shape before any command: PyTorch builds its
     * kernels and memory pools for each batch shape on first use, which made the first stroke after
     * launch slower than later ones. The cost moves to model loading; nothing is shown or kept.
     */
    private Void warmUp(OptimizerSettings settings) {
        int size = info.imageSize();
        ConstraintSet probe = ConstraintSet.empty(size, size)
                .with(Stroke.color(0x808080, size / 8.0, size / 2.0, size / 2.0));
        new LatentOptimizer(model).optimize(probe, new EditStart(null, null),
                settings.withIterations(WARM_UP_ITERATIONS), batch -> { }, live::isClosing);
        return null;
    }

    /** The built-in model the editor opens first. */
    public static final String DEFAULT_MODEL = ModelLocator.DEFAULT_MODEL;

    /**
     * The most steps of a drag unless the user says otherwise: enough for a 12-pixel move on the
     * built-in landscape model (docs/DRAG-AND-SLIDERS.md); a drag stops sooner when it arrives.
     */
    public static final int DEFAULT_DRAG_STEPS = 80;

    /**
     * Opens a model for live editing with the default live protocol.
     *
     * @param modelReference a built-in model's name, a model folder or a zip
     * @param where where to run
     * @param snapshots receives streamed results, on the optimiser thread
     * @param errors receives failures of an edit (exceptions and errors such as running out of
     *     memory), on the optimiser thread; the engine goes on with the next command
     * @return the engine; the caller closes it
     * @throws ModelOpenException when the model cannot be found or loaded, or the engine cannot
     *     start, with a message naming the model or file
     */
    public static BrushEngine open(String modelReference, DevicePreference where,
            Consumer<EditSnapshot> snapshots, Consumer<Throwable> errors) throws ModelOpenException {
        return open(modelReference, where, snapshots, errors, null);
    }

    /**
     * Opens a model for live editing, keeping what the engine renders after loading (the pictures
     * of the random starts edits begin from, a few MB a model) in {@code cacheFolder}, so that
     * later sessions with the same weights read it instead of rendering it again.
     *
     * @param cacheFolder the folder, created when needed; {@code null} for no cache
     * @see #open(String, DevicePreference, Consumer, Consumer)
     */
    public static BrushEngine open(String modelReference, DevicePreference where,
            Consumer<EditSnapshot> snapshots, Consumer<Throwable> errors, Path cacheFolder)
            throws ModelOpenException {
        OpenedModel opened = OpenedModel.open(modelReference, where);
        return new BrushEngine(opened.model(), opened.sliders(), OptimizerSettings.live(opened.model().manifest()),
                snapshots, errors, cacheFolder);
    }

    /** The names of the built-in models. */
    public static List<String> builtInModels() {
        return ModelLocator.builtInNames();
    }

    /** Resolves a built-in name or a path to the model's folder. */
    public static Path locate(String modelReference) throws ModelOpenException {
        try {
            return ModelLocator.resolve(modelReference);
        } catch (ModelLoadException e) {
            throw new ModelOpenException(e.getMessage(), e);
        }
    }

    public ModelInfo model() {
        return info;
    }

    public DeviceInfo device() {
        return device;
    }

    /** The model's sliders from its directions.json, strongest first; empty when it has none. */
    public List<SliderDirection> sliders() {
        return sliders.sliders();
    }

    /**
     * Why the model has no sliders although its folder holds a {@code directions.json}: one line
     * naming the file and the problem, for the editor to show once; empty otherwise.
     */
    public Optional<String> slidersWarning() {
        return sliders.warning();
    }

    /**
     * The latent moved along the sliders: amounts[k] for sliders().get(k); pure, any thread.
     *
     * <p>The move happens in w = atanh(z) and comes back through tanh, so the result stays inside
     * the prior's support and all amounts at zero give back {@code z}. Amounts are in the sliders'
     * units (their minimum to maximum).
     *
     * @param z a latent of the model, e.g. the current result's
     * @param amounts one per slider, finite
     * @return the moved latent, a new array
     * @throws IllegalArgumentException if {@code z} or {@code amounts} has the wrong length
     */
    public float[] applySliders(float[] z, double[] amounts) {
        if (z.length != info.latentSize()) {
            throw new IllegalArgumentException("the latent has " + z.length + " values, model "
                    + info.name() + " needs " + info.latentSize());
        }
        return sliders.apply(z, amounts);
    }

    /** How results are enlarged: through the model's learned upscaler, or smoothly when it has none. */
    public Enlargement enlargement() {
        return enlarging.info();
    }

    /**
     * Enlarges an image (a result, a gallery tile, a morph frame) for showing or saving, on the
     * engine's upscaler thread; never on the optimiser thread.
     *
     * @param image one of the model's images
     * @param factor the whole factor, at least 1: the learned step, then smooth scaling to it
     * @return the enlarged image
     */
    public CompletableFuture<RasterImage> enlarge(RasterImage image, int factor) {
        return enlarging.enlarge(image, factor);
    }

    /** Optimises for the newest strokes, superseding the edits queued or in progress. */
    public void submit(ConstraintSet strokes) {
        live.submit(strokes);
    }

    /**
     * Says whether later edits are of a projected photo. A photo's strokes bound what changes on
     * it, so its edits search the whole latent space for the painted colours, without the prior
     * and continuity terms that keep a painting's result near the current one
     * ({@link OptimizerSettings#forPhotos()}).
     *
     * @param photo true while a photo is edited, false for a painting
     */
    public void editPhotos(boolean photo) {
        live.setSettings(photo ? paintingSettings.forPhotos() : paintingSettings);
    }

    /** Stops the edit in progress; its best so far arrives as the last snapshot. */
    public void cancel() {
        live.cancel();
    }

    /**
     * Makes {@code z} the current result and {@code anchor} the fixed one (undo, a gallery pick,
     * Fix, a projection), after the edit in progress stops; snapshots of superseded edits keep the
     * older epoch.
     *
     * @param z the result later edits start from, or {@code null} for random restarts
     * @param anchor iGAN's fixed result the prior pulls toward, or {@code null}
     * @return the epoch that snapshots of edits submitted from now on carry
     */
    public long restore(float[] z, float[] anchor) {
        return live.restore(z, anchor);
    }

    /** The latent of the current result, or {@code null}. */
    public float[] current() {
        return live.current();
    }

    /** A random latent from the prior. */
    public float[] randomLatent(long seed) {
        return LatentPaths.random(info.latentSize(), seed);
    }

    /** Renders latents on the optimiser thread, after the commands queued before. */
    public CompletableFuture<List<RasterImage>> render(List<float[]> latents) {
        return live.onOptimizerThread(() -> active.get().render(latents));
    }

    /**
     * Renders the straight path between two latents, end points included.
     *
     * @param from the first frame's latent
     * @param to the last frame's latent
     * @param frames number of frames, at least 2
     * @return the frames, when rendered
     */
    public CompletableFuture<List<RasterImage>> morph(float[] from, float[] to, int frames) {
        return render(LatentPaths.interpolate(from, to, frames, true));
    }

    /**
     * Projects a photo's frame into the model and tunes a private copy of the generator to it
     * (Pivotal Tuning), on the optimiser thread; edits then run on the tuned copy until another
     * photo is projected or {@link #usePhotoGenerator} changes it. Closing the engine stops it
     * like a cancel.
     *
     * @param frame the photo at the model's size and channels
     * @param tune whether to tune the generator after projecting
     * @param progress receives progress of the projection, then of the tuning, on the optimiser thread
     * @param cancelled polled every step; a cancelled run ends with its best so far (and is not
     *     tuned when stopped during the projection)
     * @return z₀ and G′(z₀), when done
     */
    public CompletableFuture<PhotoProjection> project(RasterImage frame, boolean tune,
            Consumer<ProjectionStatus> progress, BooleanSupplier cancelled) {
        BooleanSupplier stop = () -> live.isClosing() || cancelled.getAsBoolean();
        return live.onOptimizerThread(() -> EngineThreads.onAllCores(
                () -> PhotoProjector.run(model, active, frame, tune, progress, stop)));
    }

    /** Projects and tunes, as {@link #project(RasterImage, boolean, Consumer, BooleanSupplier)} with tuning. */
    public CompletableFuture<PhotoProjection> project(RasterImage frame, Consumer<ProjectionStatus> progress,
            BooleanSupplier cancelled) {
        return project(frame, true, progress, cancelled);
    }

    /**
     * Drags content from handles toward targets (DragGAN) starting from latent {@code start}, on the
     * optimiser thread, with the generator edits use now (a photo's tuned one included). The current
     * result is left as it is: the editor restores the drag's latent as it does a projection's.
     * Closing the engine stops it like a cancel.
     *
     * @param start the latent to start from
     * @param pairs each handle and its target, in model pixels
     * @param movable row-major mask of the model's size×size, true where content may move, or null
     *     for everywhere
     * @param steps the most steps; stops early when every handle is within 1 pixel of its target
     * @param progress receives each step's status on the optimiser thread (image every step)
     * @param cancelled polled every step; a stopped drag ends with its latest result
     * @return the last status (finished = true); fails with an {@link IllegalArgumentException}
     *     when a point lies outside the image, or the latent, mask or steps do not fit
     */
    public CompletableFuture<DragStatus> drag(float[] start, List<DragPair> pairs, boolean[] movable,
            int steps, Consumer<DragStatus> progress, BooleanSupplier cancelled) {
        BooleanSupplier stop = () -> live.isClosing() || cancelled.getAsBoolean();
        // Copies taken now, on the caller's thread: the drag runs later and must not see changes.
        float[] z = start.clone();
        boolean[] mask = movable == null ? null : movable.clone();
        List<DragPair> copied = List.copyOf(pairs);
        return live.onOptimizerThread(() -> {
            List<ImagePoint> handles = copied.stream().map(p -> point(p.handle())).toList();
            List<ImagePoint> targets = copied.stream().map(p -> point(p.target())).toList();
            GanModel generator = active.get();
            DragOptimizer optimizer = new DragOptimizer(generator,
                    DragSettings.defaultsFor(generator.manifest().imageSize()));
            return DragStatus.of(optimizer.drag(z, handles, targets, mask, steps,
                    p -> progress.accept(DragStatus.of(p)), stop));
        });
    }

    private static ImagePoint point(DragPoint p) {
        return new ImagePoint(p.x(), p.y());
    }

    /**
     * Edits the strokes that lie beyond the photo's square, each group in a square of its own, on
     * the photo that already carries the square's edit, as the command line's {@code edit} does: on
     * the optimiser thread, after the queued commands, with the shared model (each square is
     * projected and tuned anew). The current result and the photo's tuned generator are untouched.
     *
     * @param photo the photo and the square edited live
     * @param edited the photo with that square's edit
     * @param strokes all strokes, on the square's canvas
     * @param progress a line on where it is, on the optimiser thread
     * @param cancelled polled every step; each stage then keeps its best so far
     * @return the photo with every square's edit: {@code edited} itself when the square holds every
     *     stroke
     */
    public CompletableFuture<EditedPhoto> editBeyondSquare(EditablePhoto photo, EditedPhoto edited,
            ConstraintSet strokes, Consumer<String> progress, BooleanSupplier cancelled) {
        BooleanSupplier stop = () -> live.isClosing() || cancelled.getAsBoolean();
        PhotoEditing.Recipe recipe = new PhotoEditing.Recipe(ProjectionSettings.defaults(),
                Optional.of(TuningSettings.defaults()), paintingSettings.forPhotos(), Optional.empty(), true);
        return live.onOptimizerThread(() -> EngineThreads.onAllCores(
                () -> BeyondSquare.edit(model, photo, edited, strokes, recipe, progress, stop)));
    }

    /**
     * Makes later edits and renders use a photo's tuned generator again (a session being opened),
     * or the shared model ({@code null}), after the queued commands.
     *
     * @param tunedWeights weights from {@link PhotoProjection#tunedWeights()}, or {@code null}
     * @return completes when in use; fails when the weights do not fit this model
     */
    public CompletableFuture<Void> usePhotoGenerator(byte[] tunedWeights) {
        return live.onOptimizerThread(() -> {
            active.use(tunedWeights == null ? null : model.generatorCopy(tunedWeights));
            return null;
        });
    }

    /** Whether an edit is running or waiting. */
    public boolean isBusy() {
        return live.isBusy();
    }

    /** Waits until every queued command has run, for tests and scripts. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        return live.awaitIdle(timeoutMillis);
    }

    /**
     * Completes once the engine's work after loading is done: the pictures of the random starts
     * that edits begin from, rendered while nothing else runs (a few seconds). Edits work before
     * then, starting from fresh draws.
     */
    public CompletableFuture<Void> startupWorkDone() {
        return live.startBankDone();
    }

    /**
     * Stops the edit or projection in progress, drops queued work and closes the model once the
     * optimiser thread has ended; if it has not ended in time the model is left open rather than
     * closed under running work.
     */
    @Override
    public void close() {
        enlarging.close();
        if (live.closeAndWait()) {
            active.closeTuned();
            model.close();
        } else {
            System.getLogger(BrushEngine.class.getName()).log(System.Logger.Level.WARNING,
                    "the optimiser thread did not stop; the model stays open");
        }
    }
}
