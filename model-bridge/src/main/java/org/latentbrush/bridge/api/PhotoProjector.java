package org.latentbrush.bridge.api;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.photo.FramePivot;
import org.latentbrush.bridge.photo.Projection;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.photo.TunedGenerator;
import org.latentbrush.bridge.photo.TuningSettings;

/**
 * The engine's photo projection: the pivot through {@link FramePivot} (the command line's
 * PhotoEditor finds its pivot the same way), then the tuning, then the tuned copy put in use.
 * Runs on the optimiser thread.
 */
final class PhotoProjector {

    private PhotoProjector() {}

    /**
     * @param model the shared model
     * @param active switched to the tuned copy when tuned, to the shared model otherwise
     * @param frame the photo at the model's size and channels
     * @param tune whether to tune after projecting
     * @param progress receives the projection's, then the tuning's progress
     * @param stop polled every step
     */
    static PhotoProjection run(GanModel model, ActiveGenerator active, RasterImage frame, boolean tune,
            Consumer<ProjectionStatus> progress, BooleanSupplier stop) {
        active.use(null);
        try (FramePivot pivot = new FramePivot(model, frame)) {
            Projection p = pivot.project(ProjectionSettings.defaults(),
                    s -> progress.accept(new ProjectionStatus(false, s.iteration(), s.iterations(), s.psnr())),
                    stop);
            if (!tune || p.cancelled()) {
                return new PhotoProjection(p.z(), p.reconstruction(), p.psnr(), p.method().id(),
                        p.iterations(), p.cancelled(), p.millis(), p.psnr(), null);
            }
            TunedGenerator t = pivot.tune(TuningSettings.defaults(),
                    s -> progress.accept(new ProjectionStatus(true, s.step(), s.steps(), s.psnr())), stop);
            RasterImage reconstruction = pivot.reconstruction();
            active.use(pivot.handOver());
            return new PhotoProjection(p.z(), reconstruction, t.psnr(), p.method().id(), p.iterations(),
                    t.stopped(), p.millis() + t.millis(), p.psnr(), active.tuned().generatorWeights());
        }
    }
}
