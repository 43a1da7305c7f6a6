package org.latentbrush.app.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.api.BrushEngine;
import org.latentbrush.bridge.api.DevicePreference;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragStatus;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.api.EditSnapshot;
import org.latentbrush.bridge.api.Enlargement;
import org.latentbrush.bridge.api.ModelInfo;
import org.latentbrush.bridge.api.ModelOpenException;
import org.latentbrush.bridge.api.PhotoProjection;
import org.latentbrush.bridge.api.ProjectionStatus;
import org.latentbrush.bridge.api.SliderDirection;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/** A {@link PaintEngine} backed by the bridge's {@link BrushEngine}. */
final class BridgePaintEngine implements PaintEngine {

    private final BrushEngine engine;

    private BridgePaintEngine(BrushEngine engine) {
        this.engine = engine;
    }

    static PaintEngine open(String modelReference, Consumer<EditSnapshot> snapshots,
            Consumer<Throwable> errors, Path cacheFolder) throws ModelOpenException {
        return new BridgePaintEngine(BrushEngine.open(modelReference, DevicePreference.AUTO,
                snapshots, errors, cacheFolder));
    }

    @Override
    public ModelInfo model() {
        return engine.model();
    }

    @Override
    public String deviceSummary() {
        return engine.device().summary();
    }

    @Override
    public void submit(ConstraintSet strokes) {
        engine.submit(strokes);
    }

    @Override
    public void cancel() {
        engine.cancel();
    }

    @Override
    public void editPhotos(boolean photo) {
        engine.editPhotos(photo);
    }

    @Override
    public CompletableFuture<EditedPhoto> editBeyondSquare(EditablePhoto photo, EditedPhoto edited,
            ConstraintSet strokes, Consumer<String> progress, BooleanSupplier cancelled) {
        return engine.editBeyondSquare(photo, edited, strokes, progress, cancelled);
    }

    @Override
    public long restore(float[] z, float[] anchor) {
        return engine.restore(z, anchor);
    }

    @Override
    public float[] randomLatent(long seed) {
        return engine.randomLatent(seed);
    }

    @Override
    public CompletableFuture<List<RasterImage>> render(List<float[]> latents) {
        return engine.render(latents);
    }

    @Override
    public CompletableFuture<List<RasterImage>> morph(float[] from, float[] to, int frames) {
        return engine.morph(from, to, frames);
    }

    @Override
    public CompletableFuture<Void> usePhotoGenerator(byte[] tunedWeights) {
        return engine.usePhotoGenerator(tunedWeights);
    }

    @Override
    public Enlargement enlargement() {
        return engine.enlargement();
    }

    @Override
    public CompletableFuture<RasterImage> enlarge(RasterImage image, int factor) {
        return engine.enlarge(image, factor);
    }

    @Override
    public CompletableFuture<PhotoProjection> project(RasterImage frame, Consumer<ProjectionStatus> progress,
            BooleanSupplier cancelled) {
        return engine.project(frame, progress, cancelled);
    }

    @Override
    public CompletableFuture<DragStatus> drag(float[] start, List<DragPair> pairs, boolean[] movable, int steps,
            Consumer<DragStatus> progress, BooleanSupplier cancelled) {
        return engine.drag(start, pairs, movable, steps, progress, cancelled);
    }

    @Override
    public List<SliderDirection> sliders() {
        return engine.sliders();
    }

    @Override
    public java.util.Optional<String> slidersWarning() {
        return engine.slidersWarning();
    }

    @Override
    public float[] applySliders(float[] z, double[] amounts) {
        return engine.applySliders(z, amounts);
    }

    @Override
    public CompletableFuture<Void> startupWorkDone() {
        return engine.startupWorkDone();
    }

    @Override
    public boolean isBusy() {
        return engine.isBusy();
    }

    @Override
    public void close() {
        engine.close();
    }
}
