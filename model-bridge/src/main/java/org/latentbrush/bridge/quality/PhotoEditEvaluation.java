package org.latentbrush.bridge.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.optim.OptimizerSettings;
import org.latentbrush.bridge.photo.CropSquare;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoEdit;
import org.latentbrush.bridge.photo.PhotoEditor;
import org.latentbrush.bridge.photo.Projection;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.photo.StrokeReach;
import org.latentbrush.bridge.photo.StrokeRegion;
import org.latentbrush.bridge.photo.TunedGenerator;
import org.latentbrush.bridge.photo.TuningSettings;
import org.latentbrush.bridge.upscale.Enlarger;

/**
 * Measures photo editing on one real photo as a user would try it: how closely the model
 * reproduces the photo before and after tuning, how long that takes, and for three strokes an
 * artist paints on landscapes (a sunset band over the sky, water across the middle, snow on the
 * ground) how far the exported photo moves toward the painted colour and whether every pixel
 * beyond the strokes' reach stays as it was.
 *
 * <p>Each stroke is edited on its own, from the same projection and tuned generator, in the photo's
 * centred square; strokes sit at fixed places of the square, so a photo without sky at the top
 * simply gets its top painted orange.
 */
public final class PhotoEditEvaluation {

    /**
     * One test stroke: a horizontal band across the middle 70 % of the square.
     *
     * @param name what it stands for
     * @param rgb its colour
     * @param height where it runs, as a fraction of the square's side from the top
     */
    public record TestStroke(String name, int rgb, double height) {}

    /** Sunset over the sky, lake water across the middle, snow on the ground. */
    public static final List<TestStroke> STROKES = List.of(
            new TestStroke("sky at sunset", 0xF08A3C, 0.12),
            new TestStroke("water", 0x3F6E9E, 0.62),
            new TestStroke("snow", 0xF2F4F7, 0.9));

    /** Brush radius as a fraction of the square's side: a 30-pixel brush on the 512-pixel canvas. */
    public static final double RADIUS = 30.0 / 512;

    /**
     * One stroke's outcome.
     *
     * @param stroke the stroke
     * @param reach the colour error before and after, in the exported photo
     * @param changedPixels pixels the edit changed
     * @param changedBeyondReach pixels changed farther than 1.5 radii from the stroke (should be 0)
     * @param pixelsBeyondReach pixels farther than that
     * @param edited the edited photo
     */
    public record StrokeResult(TestStroke stroke, StrokeReach reach, long changedPixels, long changedBeyondReach,
            long pixelsBeyondReach, Photo edited) {}

    /**
     * One photo's outcome.
     *
     * @param crop the square edited
     * @param psnrBefore G(z₀) against the frame, dB
     * @param psnr G′(z₀) against the frame after tuning, dB
     * @param projectMillis projection time
     * @param tuneMillis tuning time
     * @param tuneSteps tuning steps
     * @param strokes each test stroke's outcome
     */
    public record PhotoResult(CropSquare crop, double psnrBefore, double psnr, long projectMillis,
            long tuneMillis, int tuneSteps, List<StrokeResult> strokes) {}

    private final GanModel model;
    private final ProjectionSettings projection;
    private final Optional<TuningSettings> tuning;
    private final OptimizerSettings optimizer;
    private Enlarger enlarger;

    /**
     * Prepares the evaluation.
     *
     * @param model the model
     * @param projection how to project
     * @param tuning how to tune, or empty for the untuned baseline
     * @param optimizer the edits' optimiser
     */
    public PhotoEditEvaluation(GanModel model, ProjectionSettings projection, Optional<TuningSettings> tuning,
            OptimizerSettings optimizer) {
        this.model = model;
        this.projection = projection;
        this.tuning = tuning;
        this.optimizer = optimizer;
    }

    /**
     * Carries the edits through a learned upscaler, as the editor and {@code edit} do.
     *
     * @param through the enlarger, or null for smooth scaling; the caller keeps owning it
     * @return this evaluation
     */
    public PhotoEditEvaluation carryingThrough(Enlarger through) {
        this.enlarger = through;
        return this;
    }

    /**
     * Measures one photo.
     *
     * @param photo the photo
     * @return its figures
     */
    public PhotoResult measure(Photo photo) {
        try (PhotoEditor session = new PhotoEditor(model, photo)) {
            session.carryThrough(enlarger);
            Projection z0 = session.project(projection, p -> { }, () -> false);
            double psnr = z0.psnr();
            long tuneMillis = 0;
            int steps = 0;
            if (tuning.isPresent()) {
                TunedGenerator tuned = session.tune(tuning.get(), p -> { }, () -> false);
                psnr = tuned.psnr();
                tuneMillis = tuned.millis();
                steps = tuned.steps();
            }
            CropSquare crop = session.frame().crop();
            List<StrokeResult> results = new ArrayList<>();
            for (TestStroke t : STROKES) {
                Stroke stroke = band(t, crop);
                ConstraintSet strokes = ConstraintSet.empty(photo.width(), photo.height()).with(stroke);
                PhotoEdit edit = session.edit(strokes, optimizer, b -> { }, () -> false);
                results.add(outcome(t, stroke, photo, edit));
            }
            return new PhotoResult(crop, z0.psnr(), psnr, z0.millis(), tuneMillis, steps, results);
        }
    }

    /** The test stroke in photo pixels: a band across the middle 70 % of the square. */
    static Stroke band(TestStroke t, CropSquare crop) {
        double y = crop.y() + t.height() * crop.side();
        return Stroke.color(t.rgb(), RADIUS * crop.side(), crop.x() + 0.15 * crop.side(), y,
                crop.x() + 0.5 * crop.side(), y, crop.x() + 0.85 * crop.side(), y);
    }

    private static StrokeResult outcome(TestStroke t, Stroke stroke, Photo photo, PhotoEdit edit) {
        StrokeRegion region = StrokeRegion.of(List.of(stroke), photo.width(), photo.height());
        long beyond = 0;
        long changedBeyond = 0;
        int[] before = photo.rgb();
        int[] after = edit.photo().rgb();
        for (int y = 0; y < photo.height(); y++) {
            for (int x = 0; x < photo.width(); x++) {
                if (region.weight(x, y) == 0) {
                    beyond++;
                    if (before[y * photo.width() + x] != after[y * photo.width() + x]) {
                        changedBeyond++;
                    }
                }
            }
        }
        return new StrokeResult(t, edit.strokes().get(0), edit.changedPixels(), changedBeyond, beyond, edit.photo());
    }
}
