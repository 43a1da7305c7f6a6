package org.latentbrush.app.photo;

import java.util.ArrayList;
import java.util.List;
import org.latentbrush.app.square.Square;
import org.latentbrush.app.square.SquareGeometry;
import org.latentbrush.app.square.SquareRequest;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;

/**
 * A square of a photo the model can edit, as the editor offers them: the largest square at five
 * places along the photo's long side, and half that size on a three-by-three grid.
 *
 * @param label what the user picks
 * @param x left edge in photo pixels
 * @param y top edge
 * @param side the square's side
 */
public record PhotoSquare(String label, int x, int y, int side) {

    private static final String[] ALONG_WIDTH = {"left", "left of centre", "centre", "right of centre", "right"};
    private static final String[] ALONG_HEIGHT = {"top", "above centre", "centre", "below centre", "bottom"};
    private static final String[] THIRDS_X = {"left", "centre", "right"};
    private static final String[] THIRDS_Y = {"top", "middle", "bottom"};

    /**
     * The squares offered for a photo.
     *
     * @param width the photo's width
     * @param height the photo's height
     * @return the choices, the largest squares first
     */
    public static List<PhotoSquare> choicesFor(int width, int height) {
        List<PhotoSquare> choices = new ArrayList<>();
        int side = Math.min(width, height);
        boolean wide = width >= height;
        int room = Math.max(width, height) - side;
        for (int i = 0; i < ALONG_WIDTH.length; i++) {
            int offset = (int) Math.round(room * i / 4.0);
            String where = wide ? ALONG_WIDTH[i] : ALONG_HEIGHT[i];
            PhotoSquare square = new PhotoSquare("Largest square, " + where, wide ? offset : 0, wide ? 0 : offset, side);
            if (room > 0 || i == 2) {
                choices.add(square);
            }
        }
        int half = Math.max(1, side / 2);
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                choices.add(new PhotoSquare("Half size, " + THIRDS_Y[row] + " " + THIRDS_X[column],
                        (int) Math.round((width - half) * column / 2.0), (int) Math.round((height - half) * row / 2.0),
                        half));
            }
        }
        return choices;
    }

    /**
     * What the square chooser needs for a photo: its current square, the smallest side, and the
     * choices of {@link #choicesFor} that respect that side as presets.
     *
     * @param photo the photo, with the square the model edits now
     * @param smallestSide the model's image size
     * @return the request
     */
    public static SquareRequest requestFor(EditablePhoto photo, int smallestSide) {
        SquareGeometry geometry = new SquareGeometry(photo.width(), photo.height(), smallestSide);
        List<SquareRequest.Preset> presets = choicesFor(photo.width(), photo.height()).stream()
                .filter(c -> geometry.clamp(c.square()).equals(c.square()))
                .map(c -> new SquareRequest.Preset(c.label(), c.square())).toList();
        return new SquareRequest(photo, new Square(photo.cropX(), photo.cropY(), photo.cropSide()), smallestSide,
                presets);
    }

    /**
     * A square the user chose, named after the preset it is, or after its side and place.
     *
     * @param square the square
     * @param width the photo's width, for the presets
     * @param height the photo's height
     * @return the square with its label, e.g. "Square of 812 px at (400, 120)"
     */
    public static PhotoSquare named(Square square, int width, int height) {
        return choicesFor(width, height).stream().filter(c -> c.square().equals(square)).findFirst()
                .orElse(new PhotoSquare("Square of " + square.describe(), square.x(), square.y(), square.side()));
    }

    /** The square without its label. */
    public Square square() {
        return new Square(x, y, side);
    }

    /** Whether this is the square at ({@code x}, {@code y}) of side {@code side}. */
    public boolean isAt(int atX, int atY, int atSide) {
        return x == atX && y == atY && side == atSide;
    }

    /**
     * Moves strokes painted on a square canvas over another square of the photo onto a canvas of
     * the same size over this one, so that each stays on the same part of the photo (strokes off
     * this square fall off the canvas, where they change nothing).
     *
     * @param strokes strokes on a square canvas over the old square
     * @param oldX the old square's left edge
     * @param oldY its top edge
     * @param oldSide its side
     * @return the strokes over this square
     */
    public ConstraintSet moveStrokes(ConstraintSet strokes, int oldX, int oldY, int oldSide) {
        double canvas = strokes.canvasWidth();
        double toPhoto = oldSide / canvas;
        double toCanvas = canvas / side;
        List<Stroke> moved = new ArrayList<>(strokes.strokes().size());
        for (Stroke s : strokes.strokes()) {
            double[] p = s.points();
            for (int i = 0; i < p.length; i += 2) {
                p[i] = (oldX + p[i] * toPhoto - x) * toCanvas;
                p[i + 1] = (oldY + p[i + 1] * toPhoto - y) * toCanvas;
            }
            moved.add(new Stroke(s.tool(), s.rgb(), s.radius() * toPhoto * toCanvas, p));
        }
        return new ConstraintSet(strokes.canvasWidth(), strokes.canvasHeight(), moved);
    }

    @Override
    public String toString() {
        return label + " (" + side + " px at " + x + ", " + y + ")";
    }
}
