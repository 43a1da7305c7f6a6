package org.latentbrush.app.photo;

import java.util.List;
import java.util.Optional;
import org.latentbrush.app.canvas.CanvasArea;
import org.latentbrush.app.square.Square;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.PlacedSquare;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeTool;

/**
 * Where the edited square goes once a stroke is finished: nowhere while the stroke's reach lies
 * inside it (a square the user chose is kept as long as the strokes fit), otherwise over the
 * strokes, where the command line's {@code edit} would place its frame.
 *
 * <p>The command line edits far-apart groups of strokes in a frame each; the editor edits one
 * square at a time, so it takes the newest stroke's group: the user is painting there. On export the
 * groups it left are edited in squares of their own ({@link PhotoExport}).
 */
public final class SquareOverStrokes {

    /** Reach poking out by less than this (canvas units) is rounding, not a stroke off the square. */
    private static final double SLACK = 1e-6;

    private SquareOverStrokes() {}

    /**
     * The square to edit after the newest stroke.
     *
     * @param photo the photo, with the square edited now
     * @param strokes the strokes on the square canvas over it, the newest last
     * @return the square to move to, or empty to stay
     */
    public static Optional<Square> after(EditablePhoto photo, ConstraintSet strokes) {
        List<Stroke> all = strokes.strokes();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Stroke newest = all.get(all.size() - 1);
        // An eraser only clears strokes under it; it never needs the model to look elsewhere.
        if (newest.tool() == StrokeTool.ERASE || fits(photo, strokes.canvasWidth(), newest)) {
            return Optional.empty();
        }
        int index = all.size() - 1;
        Square now = new Square(photo.cropX(), photo.cropY(), photo.cropSide());
        return photo.squaresAround(strokes).stream().filter(s -> s.serves(index)).findFirst()
                .map(SquareOverStrokes::square).filter(s -> !s.equals(now));
    }

    /**
     * Whether a stroke's reach lies inside the square: the canvas, [0, canvas]². Reach beyond the
     * photo's edges does not count, since no square can hold it.
     *
     * @param photo the photo, with its square
     * @param canvas the canvas's side in canvas units
     * @param stroke a stroke on the canvas
     * @return whether the square holds all the stroke changes
     */
    public static boolean fits(EditablePhoto photo, int canvas, Stroke stroke) {
        CanvasArea area = PhotoArea.of(photo, canvas);
        double r = stroke.radius() * EditablePhoto.STROKE_REACH_IN_RADII;
        double[] p = stroke.points();
        for (int i = 0; i < p.length; i += 2) {
            double x0 = Math.max(area.minX(), p[i] - r);
            double x1 = Math.min(area.maxX(), p[i] + r);
            double y0 = Math.max(area.minY(), p[i + 1] - r);
            double y1 = Math.min(area.maxY(), p[i + 1] + r);
            if (x0 < -SLACK || y0 < -SLACK || x1 > canvas + SLACK || y1 > canvas + SLACK) {
                return false;
            }
        }
        return true;
    }

    private static Square square(PlacedSquare placed) {
        return new Square(placed.x(), placed.y(), placed.side());
    }
}
