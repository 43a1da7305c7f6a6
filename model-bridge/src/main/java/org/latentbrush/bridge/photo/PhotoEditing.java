package org.latentbrush.bridge.photo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.optim.OptimizerSettings;
import org.latentbrush.bridge.upscale.Enlarger;

/**
 * A whole photo edit from strokes: frames placed over the strokes, and for each frame projection,
 * tuning, the latent edit and the local transfer ({@link PhotoEditor}), one after the other on the
 * photo as it is edited.
 *
 * <pre>{@code
 * PhotoEditing.Result r = PhotoEditing.edit(model, photo, strokes, PhotoEditing.Recipe.defaults(),
 *         PhotoEditing.Listener.NONE, () -> false);
 * PhotoWriter.write(r.photo(), out);
 * }</pre>
 */
public final class PhotoEditing {

    private PhotoEditing() {}

    /**
     * How to edit.
     *
     * @param projection how each frame is projected
     * @param tuning how the generator is tuned to each frame, or empty not to tune
     * @param optimizer the latent optimiser's tunables
     * @param frame the square to edit, or empty to place frames over the strokes
     * @param upscale whether the change is carried through the model's learned upscaler, when it
     *     has one
     */
    public record Recipe(ProjectionSettings projection, Optional<TuningSettings> tuning,
            OptimizerSettings optimizer, Optional<CropSquare> frame, boolean upscale) {

        /**
         * iGAN's projection and optimiser protocol for photos (no prior, restarts anywhere), tuning
         * on, frames placed automatically, upscaled.
         */
        public static Recipe defaults() {
            return new Recipe(ProjectionSettings.defaults(), Optional.of(TuningSettings.defaults()),
                    OptimizerSettings.igan().forPhotos(), Optional.empty(), true);
        }
    }

    /** The stages of one frame's edit, in order. */
    public enum Stage { PROJECT, TUNE, EDIT }

    /** Hears where an edit is; called on the editing thread. */
    public interface Listener {

        /** Ignores everything. */
        Listener NONE = (frame, frames, stage, done, total) -> { };

        /**
         * Progress within a stage.
         *
         * @param frame the frame being edited, from 0
         * @param frames how many frames there are
         * @param stage the stage
         * @param done steps done in it
         * @param total steps it takes at most
         */
        void progress(int frame, int frames, Stage stage, int done, int total);
    }

    /**
     * One frame's figures.
     *
     * @param crop the square, in photo pixels
     * @param projection z₀ and G(z₀)'s PSNR
     * @param psnr G′(z₀)'s PSNR against the frame after tuning (G(z₀)'s when not tuned)
     * @param tuneSteps weight steps taken
     * @param tuneMillis time spent tuning
     * @param edit the frame's edit
     */
    public record FrameResult(CropSquare crop, Projection projection, double psnr, int tuneSteps,
            long tuneMillis, PhotoEdit edit) {}

    /**
     * The edited photo.
     *
     * @param photo the photo after every frame's edit
     * @param changedPixels pixels whose bytes differ from the original's
     * @param frames each frame's figures, in the order they were edited
     */
    public record Result(Photo photo, long changedPixels, List<FrameResult> frames) {

        /** Every colour stroke measured, across frames. */
        public List<StrokeReach> strokes() {
            return frames.stream().flatMap(f -> f.edit().strokes().stream()).toList();
        }
    }

    /**
     * Edits a photo.
     *
     * @param model the shared model; never modified
     * @param photo the photo
     * @param strokes in photo pixels (a canvas of the photo's size), or on a square canvas over the
     *     photo's centred square
     * @param recipe how to edit
     * @param listener hears progress
     * @param cancelled polled every step; each stage then keeps its best so far
     * @return the edited photo and figures
     * @throws IllegalArgumentException if the strokes' canvas is neither square nor the photo's size,
     *     or the chosen frame does not fit the photo
     */
    public static Result edit(GanModel model, Photo photo, ConstraintSet strokes, Recipe recipe,
            Listener listener, BooleanSupplier cancelled) {
        ConstraintSet onPhoto = inPhotoPixels(photo, strokes);
        List<FramePlacement.PlacedFrame> frames = recipe.frame()
                .map(crop -> List.of(FramePlacement.fixed(onPhoto, crop)))
                .orElseGet(() -> FramePlacement.around(onPhoto));
        Photo current = photo;
        List<FrameResult> results = new ArrayList<>();
        try (Enlarger enlarger = recipe.upscale() ? Enlarger.forModel(model.manifest(), model.device())
                : Enlarger.smooth("smooth scaling (asked for)")) {
            for (int i = 0; i < frames.size(); i++) {
                int index = i;
                FramePlacement.PlacedFrame placed = frames.get(i);
                try (PhotoEditor session = new PhotoEditor(model, current, placed.crop())) {
                    session.carryThrough(enlarger);
                    Projection z0 = session.project(recipe.projection(), p -> listener.progress(index,
                            frames.size(), Stage.PROJECT, p.iteration(), p.iterations()), cancelled);
                    double psnr = z0.psnr();
                    int steps = 0;
                    long tuneMillis = 0;
                    if (recipe.tuning().isPresent()) {
                        TuningSettings tuning = recipe.tuning().get();
                        TunedGenerator tuned = session.tune(tuning, p -> listener.progress(index, frames.size(),
                                Stage.TUNE, p.step(), p.steps()), cancelled);
                        psnr = tuned.psnr();
                        steps = tuned.steps();
                        tuneMillis = tuned.millis();
                    }
                    PhotoEdit edit = session.edit(placed.strokes(), recipe.optimizer(), b -> listener.progress(
                            index, frames.size(), Stage.EDIT, b.iteration(), recipe.optimizer().iterations()),
                            cancelled);
                    current = edit.photo();
                    results.add(new FrameResult(placed.crop(), z0, psnr, steps, tuneMillis,
                            numberedAsGiven(edit, placed.strokes(), onPhoto)));
                }
            }
        }
        return new Result(current, photo.pixelsDifferingFrom(current), results);
    }

    /**
     * The edit with each stroke numbered by its place among all strokes, not among its frame's:
     * a frame gets a subset.
     */
    private static PhotoEdit numberedAsGiven(PhotoEdit edit, ConstraintSet inFrame, ConstraintSet all) {
        List<StrokeReach> renumbered = new ArrayList<>(edit.strokes().size());
        for (StrokeReach r : edit.strokes()) {
            int given = all.strokes().indexOf(inFrame.strokes().get(r.index()));
            renumbered.add(new StrokeReach(given, r.color(), r.errorBefore(), r.errorAfter()));
        }
        return new PhotoEdit(edit.photo(), edit.changedPixels(), edit.candidate(), renumbered,
                edit.optimizeMillis(), edit.transferMillis());
    }

    /**
     * Strokes in photo pixels: a canvas of the photo's size is taken as it is; a square canvas is
     * stretched over the centred square, as the editor shows a photo.
     */
    static ConstraintSet inPhotoPixels(Photo photo, ConstraintSet strokes) {
        if (strokes.canvasWidth() == photo.width() && strokes.canvasHeight() == photo.height()) {
            return strokes;
        }
        if (strokes.canvasWidth() != strokes.canvasHeight()) {
            throw new IllegalArgumentException("the strokes' canvas is " + strokes.canvasWidth() + "x"
                    + strokes.canvasHeight() + ": it must be the photo's size (" + photo.width() + "x"
                    + photo.height() + ") or a square over the photo's centre square");
        }
        return PhotoFrame.toPhotoPixels(strokes, CropSquare.centred(photo.width(), photo.height()),
                photo.width(), photo.height());
    }
}
