package org.latentbrush.bridge.photo;

import java.util.List;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Carries an edit of a photo's square onto the photo at its own resolution, only where the strokes
 * are, and measures how close each colour stroke came: the one transfer behind both the command
 * line's {@link PhotoEditor} and the editor's {@code EditablePhoto}.
 *
 * <p>The strokes' region ({@link StrokeRegion}, 1.5 brush radii) bounds the change and every pixel
 * beyond it stays byte-identical; inside, NPE's mask shapes the margin ({@link EditTransfer}).
 * Immutable apart from the unedited square's measurement, made once on first use because the
 * editor carries every streamed result; safe on any thread.
 */
public final class PhotoTransfer {

    private final Photo photo;
    private final CropSquare crop;
    private RasterImage measuredBefore;

    /**
     * The transfer onto one square of a photo.
     *
     * @param photo the photo as it is before the edit
     * @param crop the square the model edits
     */
    public PhotoTransfer(Photo photo, CropSquare crop) {
        this.photo = photo;
        this.crop = crop;
    }

    /**
     * The photo with an edit carried onto it.
     *
     * @param result the edited photo, changed pixels and millis
     * @param reach each colour stroke's error before and after, in the strokes' order
     */
    public record Carried(EditTransfer.Result result, List<StrokeReach> reach) {}

    /**
     * Carries the change from {@code before} to {@code after} onto the photo.
     *
     * @param before the model's picture of the square before the edit, G(z₀) (enlarged or not)
     * @param after the edited picture, G(z′), the same size
     * @param onCrop the strokes the edit answers, on a square canvas stretched over the square
     * @return the edited photo and each stroke's reach
     */
    public Carried carry(RasterImage before, RasterImage after, ConstraintSet onCrop) {
        ConstraintSet onPhoto = PhotoFrame.toPhotoPixels(onCrop, crop, photo.width(), photo.height());
        StrokeRegion region = StrokeRegion.of(onPhoto.strokes(), photo.width(), photo.height());
        EditTransfer.Result result = EditTransfer.between(before, after).apply(photo, crop, region);
        List<StrokeReach> reach = StrokeReach.of(onCrop, measuredBefore(),
                StrokeReach.measured(result.photo(), crop));
        return new Carried(result, reach);
    }

    private synchronized RasterImage measuredBefore() {
        if (measuredBefore == null) {
            measuredBefore = StrokeReach.measured(photo, crop);
        }
        return measuredBefore;
    }
}
