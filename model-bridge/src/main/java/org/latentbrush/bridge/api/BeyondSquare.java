package org.latentbrush.bridge.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeTool;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.photo.CropSquare;
import org.latentbrush.bridge.photo.PhotoEditing;
import org.latentbrush.bridge.photo.PhotoFrame;
import org.latentbrush.bridge.photo.ReachBox;
import org.latentbrush.bridge.photo.StrokeReach;

/**
 * Edits the strokes the editor's square does not hold, as the command line's {@code edit} edits
 * every group of strokes: the editor edits one square live, and on export the strokes elsewhere on
 * the photo get squares of their own, each projected, tuned and edited in turn on the photo that
 * already carries the live square's edit. It is {@link PhotoEditing}, the command line's own path.
 */
final class BeyondSquare {

    private BeyondSquare() {}

    /**
     * The strokes whose reach leaves the square, in photo pixels, with every eraser.
     *
     * @param photo the photo and its square
     * @param strokes on the square's canvas, as the editor paints them (they may lie off it)
     * @return strokes on a canvas of the photo's size; no colour or sketch stroke when the square
     *     holds them all
     */
    static ConstraintSet strokesOutside(EditablePhoto photo, ConstraintSet strokes) {
        CropSquare crop = photo.crop();
        ConstraintSet onPhoto = PhotoFrame.toPhotoPixels(strokes, crop, photo.width(), photo.height());
        List<Stroke> outside = new ArrayList<>();
        for (Stroke s : onPhoto.strokes()) {
            // An eraser goes with every square: it only clears the strokes under it.
            if (s.tool() == StrokeTool.ERASE || !ReachBox.of(s).heldBy(crop, photo.width(), photo.height())) {
                outside.add(s);
            }
        }
        return new ConstraintSet(photo.width(), photo.height(), outside);
    }

    /**
     * Edits the strokes outside the square.
     *
     * @param model the shared model; never modified
     * @param photo the photo and its square
     * @param edited the photo with the square's own edit
     * @param strokes on the square's canvas
     * @param recipe how each further square is projected, tuned and edited
     * @param progress a line on where it is, on the calling thread
     * @param cancelled polled every step; each stage then keeps its best so far
     * @return the photo with every square's edit; {@code edited} itself when the square holds all
     */
    static EditedPhoto edit(GanModel model, EditablePhoto photo, EditedPhoto edited, ConstraintSet strokes,
            PhotoEditing.Recipe recipe, Consumer<String> progress, BooleanSupplier cancelled) {
        ConstraintSet outside = strokesOutside(photo, strokes);
        if (outside.strokes().stream().allMatch(s -> s.tool() == StrokeTool.ERASE)) {
            return edited;
        }
        long started = System.nanoTime();
        PhotoEditing.Result result = PhotoEditing.edit(model, edited.photo(), outside, recipe,
                (frame, frames, stage, done, total) -> progress.accept(String.format(Locale.ROOT,
                        "square %d of %d beyond the edited one: %s, step %d of %d", frame + 1, frames,
                        stage.name().toLowerCase(Locale.ROOT), done, total)), cancelled);
        List<String> shortfalls = new ArrayList<>(edited.shortfalls());
        result.strokes().stream().filter(r -> !r.reached()).map(StrokeReach::shortfall).forEach(shortfalls::add);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long changed = photo.photo().pixelsDifferingFrom(result.photo());
        return new EditedPhoto(result.photo(), photo.crop(), changed, edited.millis() + millis, shortfalls);
    }
}
