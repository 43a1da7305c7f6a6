package org.latentbrush.bridge.photo;

import java.util.ArrayList;
import java.util.List;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeRasterizer;
import org.latentbrush.bridge.constraint.StrokeTool;
import org.latentbrush.bridge.image.RasterImage;

/**
 * How close the edited photo came to one colour stroke's colour, against the photo before.
 *
 * <p>Errors are the mean squared difference per channel (values in [0, 1]) under the stroke, on
 * the frame seen at {@value #MEASURE_SIDE} pixels: the exported photo itself, not the model's
 * picture.
 *
 * @param index the stroke's position among all strokes, from 0
 * @param color the stroke's colour as {@code #rrggbb}
 * @param errorBefore the original photo's error under the stroke
 * @param errorAfter the edited photo's error under the stroke
 */
public record StrokeReach(int index, String color, double errorBefore, double errorAfter) {

    /** Side at which the photo's frame is measured: finer than the model, cheap to rasterise. */
    public static final int MEASURE_SIDE = 128;

    /** An error this small counts as reached whatever it was before (about 13 levels RMS). */
    public static final double REACHED_ERROR = 0.0025;

    /** The share of the error an edit must remove to count as having reached the stroke. */
    public static final double REACHED_FALL = 0.5;

    /** The share of the original error the edit removed (negative when it grew). */
    public double fall() {
        return errorBefore <= 0 ? 0 : 1 - errorAfter / errorBefore;
    }

    /** Whether the photo now shows the stroke's colour, or came at least halfway from where it was. */
    public boolean reached() {
        return errorAfter <= REACHED_ERROR || fall() >= REACHED_FALL;
    }

    /** One line for the user when the stroke was not reached. */
    public String shortfall() {
        return String.format(java.util.Locale.ROOT, "stroke %d (%s): the model could only take the photo "
                + "%.0f%% of the way to this colour (error %.4f, was %.4f)", index + 1, color,
                Math.max(0, 100 * fall()), errorAfter, errorBefore);
    }

    /**
     * Measures every colour stroke.
     *
     * @param onCrop the strokes on a square canvas over the frame
     * @param crop the square they were painted on, in photo pixels
     * @param before the photo before the edit
     * @param after the edited photo
     * @return one entry per colour stroke, in order
     */
    public static List<StrokeReach> of(ConstraintSet onCrop, CropSquare crop, Photo before, Photo after) {
        return of(onCrop, measured(before, crop), measured(after, crop));
    }

    /** The square of a photo as the errors are measured on it. */
    public static RasterImage measured(Photo photo, CropSquare crop) {
        return PhotoFrame.of(photo, crop, MEASURE_SIDE, 3).image();
    }

    /**
     * Measures every colour stroke on squares already seen at {@value #MEASURE_SIDE} pixels
     * ({@link #measured}), so a photo edited again and again is not measured again each time.
     *
     * @param onCrop the strokes on a square canvas over the square
     * @param seenBefore the square before the edit
     * @param seenAfter the square after it
     * @return one entry per colour stroke, in order
     */
    public static List<StrokeReach> of(ConstraintSet onCrop, RasterImage seenBefore, RasterImage seenAfter) {
        List<StrokeReach> reach = new ArrayList<>();
        List<Stroke> strokes = onCrop.strokes();
        for (int i = 0; i < strokes.size(); i++) {
            Stroke s = strokes.get(i);
            if (s.tool() != StrokeTool.COLOR) {
                continue;
            }
            // Later erasers still clear what they cover of this stroke.
            List<Stroke> alone = new ArrayList<>();
            alone.add(s);
            for (Stroke later : strokes.subList(i + 1, strokes.size())) {
                if (later.tool() == StrokeTool.ERASE) {
                    alone.add(later);
                }
            }
            var maps = StrokeRasterizer.rasterize(
                    new ConstraintSet(onCrop.canvasWidth(), onCrop.canvasHeight(), alone), MEASURE_SIDE);
            double was = StrokeColorError.of(seenBefore, maps);
            double now = StrokeColorError.of(seenAfter, maps);
            if (!Double.isNaN(was)) {
                reach.add(new StrokeReach(i, s.hexColor(), was, now));
            }
        }
        return reach;
    }
}
