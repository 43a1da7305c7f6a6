package org.latentbrush.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.app.engine.EngineOpener;
import org.latentbrush.app.engine.PaintEngine;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragStatus;
import org.latentbrush.bridge.api.EditCandidate;
import org.latentbrush.bridge.api.EditSnapshot;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.api.Enlargement;
import org.latentbrush.bridge.api.ModelInfo;
import org.latentbrush.bridge.api.ModelOpenException;
import org.latentbrush.bridge.api.PhotoProjection;
import org.latentbrush.bridge.api.ProjectionStatus;
import org.latentbrush.bridge.api.SliderDirection;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeTool;
import org.latentbrush.bridge.image.RasterImage;

/**
 * An engine that answers on the calling thread: an edit's best image is filled with the newest
 * colour stroke's colour, and a latent renders as a grey of its first value.
 *
 * <p>Like the real engine it runs its commands (edits, restores, renders) in order and tags
 * snapshots with the epoch of the last restore. With {@link #holdCommands} set, commands wait in
 * order until the test calls {@link #runHeldCommands}, as if the optimiser thread were busy.
 * Projection, tuning and the squares beyond the edited one are faked by {@link #photos}.
 */
public final class FakePaintEngine implements PaintEngine {

    /** Side of the fake images. */
    public static final int SIZE = 4;
    /** Length of the fake latents. */
    public static final int LATENT = 3;

    private final String name;
    private final Consumer<EditSnapshot> snapshots;
    private final Consumer<Throwable> errors;
    public final List<ConstraintSet> submitted = new ArrayList<>();
    /** The latent each edit started from, in the order the edits ran. */
    public final List<float[]> editedFrom = new ArrayList<>();
    public float[] current;
    public float[] anchor;
    public boolean closed;
    public Throwable failNextSubmit;
    private long epoch;
    /** When set, commands wait in {@link #held} until {@link #runHeldCommands}. */
    public boolean holdCommands;
    private final List<Runnable> held = new ArrayList<>();
    /** The photo side: projections, tuning and the squares beyond the edited one. */
    public final FakePhotoEditing photos = new FakePhotoEditing();

    FakePaintEngine(String name, Consumer<EditSnapshot> snapshots, Consumer<Throwable> errors) {
        this.name = name;
        this.snapshots = snapshots;
        this.errors = errors;
    }

    /** An opener of fake engines that records them; a name starting with "bad" fails to load. */
    public static final class Opener implements EngineOpener {
        public final List<FakePaintEngine> opened = new ArrayList<>();
        /** The sliders the engines it opens name. */
        public List<SliderDirection> sliders = List.of();
        /** Why the engines it opens have no sliders, or null. */
        public String slidersWarning;

        @Override
        public PaintEngine open(String reference, Consumer<EditSnapshot> snapshots,
                Consumer<Throwable> errors) throws ModelOpenException {
            if (reference.startsWith("bad")) {
                throw new ModelOpenException(reference + ": no such model", null);
            }
            FakePaintEngine engine = new FakePaintEngine(reference, snapshots, errors);
            engine.sliderDirections = sliders;
            engine.slidersWarning = slidersWarning;
            opened.add(engine);
            return engine;
        }

        public FakePaintEngine last() {
            return opened.get(opened.size() - 1);
        }
    }

    @Override
    public ModelInfo model() {
        return new ModelInfo(name, "Fake " + name, SIZE, 3, LATENT, "none", "CC0-1.0", false, Map.of(),
                "fake-" + name);
    }

    @Override
    public String deviceSummary() {
        return "Fake on cpu";
    }

    /** Runs a command now, or holds it when {@link #holdCommands} is set. */
    private void command(Runnable command) {
        if (holdCommands) {
            held.add(command);
        } else {
            command.run();
        }
    }

    /** Runs the held commands in the order they came; commands they queue run too. */
    public void runHeldCommands() {
        boolean hold = holdCommands;
        holdCommands = false;
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
        holdCommands = hold;
    }

    /** How many commands wait. */
    public int heldCommands() {
        return held.size();
    }

    @Override
    public void submit(ConstraintSet strokes) {
        submitted.add(strokes);
        long editEpoch = epoch;
        command(() -> edit(strokes, editEpoch));
    }

    private void edit(ConstraintSet strokes, long editEpoch) {
        if (failNextSubmit != null) {
            Throwable e = failNextSubmit;
            failNextSubmit = null;
            errors.accept(e);
            return;
        }
        editedFrom.add(current == null ? null : current.clone());
        int rgb = strokes.strokes().stream().filter(s -> s.tool() == StrokeTool.COLOR)
                .reduce((a, b) -> b).map(Stroke::rgb).orElse(0x808080);
        List<EditCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // Inside the prior's support [-1, 1], as every real latent is.
            float[] z = {strokes.strokes().size() % 100 / 100f, i / 10f, (rgb & 0xFF) / 255f};
            // The colour error grows with the strokes, so a test can tell which edit a figure is from.
            double colorError = i + strokes.strokes().size() / 100.0;
            ranked.add(new EditCandidate(z, solid(i == 0 ? rgb : 0x101010 * (i + 1)), colorError, 0, 0, 0, i));
        }
        current = ranked.get(0).z();
        snapshots.accept(new EditSnapshot(editEpoch, 1, 2, ranked, false, false, 5));
        snapshots.accept(new EditSnapshot(editEpoch, 2, 2, ranked, true, false, 10));
    }

    @Override
    public void cancel() {
    }

    @Override
    public void editPhotos(boolean photo) {
        photos.editPhotos(photo);
    }

    @Override
    public CompletableFuture<EditedPhoto> editBeyondSquare(EditablePhoto photo, EditedPhoto edited,
            ConstraintSet strokes, Consumer<String> progress, BooleanSupplier cancelled) {
        return photos.editBeyondSquare(photo, edited, strokes, progress, cancelled);
    }

    @Override
    public long restore(float[] z, float[] newAnchor) {
        epoch++;
        float[] zCopy = z == null ? null : z.clone();
        float[] anchorCopy = newAnchor == null ? null : newAnchor.clone();
        command(() -> {
            current = zCopy;
            anchor = anchorCopy;
        });
        return epoch;
    }

    @Override
    public float[] randomLatent(long seed) {
        return new float[] {seed % 100 / 100f, 0.5f, 0.25f};
    }

    /** How many times {@link #render} was asked. */
    public int renders;

    @Override
    public CompletableFuture<List<RasterImage>> render(List<float[]> latents) {
        renders++;
        CompletableFuture<List<RasterImage>> done = new CompletableFuture<>();
        List<float[]> copies = latents.stream().map(float[]::clone).toList();
        command(() -> done.complete(copies.stream().map(FakePaintEngine::imageOf).toList()));
        return done;
    }

    @Override
    public CompletableFuture<List<RasterImage>> morph(float[] from, float[] to, int frames) {
        List<float[]> path = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            float t = i / (float) (frames - 1);
            float[] z = new float[from.length];
            for (int k = 0; k < z.length; k++) {
                z[k] = from[k] + t * (to[k] - from[k]);
            }
            path.add(z);
        }
        return render(path);
    }

    /** The constraint sets submitted so far, oldest first. */
    public List<ConstraintSet> submittedSets() {
        return submitted;
    }

    @Override
    public CompletableFuture<Void> usePhotoGenerator(byte[] tunedWeights) {
        return photos.usePhotoGenerator(tunedWeights);
    }

    @Override
    public CompletableFuture<PhotoProjection> project(RasterImage frame, Consumer<ProjectionStatus> progress,
            BooleanSupplier cancelled) {
        return photos.project(frame, progress, cancelled);
    }

    /** What {@link #enlargement} says; a test may make it smooth. */
    public Enlargement enlargement = new Enlargement(true, 4, "learned \u00d74 (fake)");
    /** Images handed to {@link #enlarge}. */
    public final List<RasterImage> enlarged = new ArrayList<>();
    /** When set, enlargements wait in {@link #heldEnlargements} until a test runs them. */
    public boolean holdEnlargements;
    public final List<Runnable> heldEnlargements = new ArrayList<>();

    @Override
    public Enlargement enlargement() {
        return enlargement;
    }

    /** Enlarges by repeating pixels, which no smooth scaling does, so tests can tell them apart. */
    @Override
    public CompletableFuture<RasterImage> enlarge(RasterImage image, int factor) {
        enlarged.add(image);
        CompletableFuture<RasterImage> done = new CompletableFuture<>();
        Runnable work = () -> done.complete(nearest(image, factor));
        if (holdEnlargements) {
            heldEnlargements.add(work);
        } else {
            work.run();
        }
        return done;
    }

    /** Nearest-neighbour enlargement. */
    public static RasterImage nearest(RasterImage image, int factor) {
        int w = image.width() * factor;
        int h = image.height() * factor;
        float[] out = new float[image.channels() * w * h];
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[(c * h + y) * w + x] = image.get(c, x / factor, y / factor);
                }
            }
        }
        return new RasterImage(w, h, image.channels(), out);
    }

    /** Drags handed to {@link #drag}, oldest first; each waits for the test to step and finish it. */
    public final List<FakeDrag> drags = new ArrayList<>();
    /** When set, the next drag fails at once, as an engine that cannot drag does. */
    public RuntimeException failNextDrag;
    /** The sliders {@link #sliders} names; none unless a test gives some. */
    public List<SliderDirection> sliderDirections = List.of();
    public String slidersWarning;

    @Override
    public CompletableFuture<DragStatus> drag(float[] start, List<DragPair> pairs, boolean[] movable, int steps,
            Consumer<DragStatus> progress, BooleanSupplier cancelled) {
        if (failNextDrag != null) {
            RuntimeException failure = failNextDrag;
            failNextDrag = null;
            throw failure;
        }
        FakeDrag drag = new FakeDrag(start, pairs, movable, steps, progress, cancelled);
        drags.add(drag);
        return drag.done;
    }

    /** The newest drag. */
    public FakeDrag lastDrag() {
        return drags.get(drags.size() - 1);
    }

    @Override
    public List<SliderDirection> sliders() {
        return sliderDirections;
    }

    @Override
    public java.util.Optional<String> slidersWarning() {
        return java.util.Optional.ofNullable(slidersWarning);
    }

    /** Adds each amount along a unit vector: slider k moves the latent's value k. */
    @Override
    public float[] applySliders(float[] z, double[] amounts) {
        float[] moved = z.clone();
        for (int k = 0; k < amounts.length; k++) {
            moved[k % moved.length] += (float) amounts[k];
        }
        return moved;
    }

    @Override
    public boolean isBusy() {
        return !held.isEmpty();
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The image a latent renders to. */
    public static RasterImage imageOf(float[] z) {
        float v = Math.max(0, Math.min(1, Math.abs(z[0]) % 1f));
        float[] data = new float[3 * SIZE * SIZE];
        Arrays.fill(data, v);
        return new RasterImage(SIZE, SIZE, 3, data);
    }

    /** A one-colour image. */
    public static RasterImage solid(int rgb) {
        float[] data = new float[3 * SIZE * SIZE];
        int n = SIZE * SIZE;
        Arrays.fill(data, 0, n, ((rgb >> 16) & 0xFF) / 255f);
        Arrays.fill(data, n, 2 * n, ((rgb >> 8) & 0xFF) / 255f);
        Arrays.fill(data, 2 * n, 3 * n, (rgb & 0xFF) / 255f);
        return new RasterImage(SIZE, SIZE, 3, data);
    }
}
