package org.latentbrush.app.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.latentbrush.app.canvas.CanvasArea;
import org.latentbrush.app.square.Square;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;

/** Where the edited square goes after a stroke, on a 300×100 photo whose centred square is 100 px at x 100. */
class SquareOverStrokesTest {

    /** One canvas unit is one photo pixel: the canvas is as large as the square. */
    private static final int CANVAS = 100;
    private static final EditablePhoto WIDE = EditablePhoto.of(300, 100, new int[300 * 100]);

    private static Optional<Square> after(EditablePhoto photo, Stroke... strokes) {
        ConstraintSet set = ConstraintSet.empty(CANVAS, CANVAS);
        for (Stroke s : strokes) {
            set = set.with(s);
        }
        return SquareOverStrokes.after(photo, set);
    }

    @Test
    void strokeInsideTheSquare_staysThere() {
        assertEquals(Optional.empty(), after(WIDE, Stroke.color(0xFF0000, 4, 20, 20, 80, 80)));
    }

    @Test
    void strokeWhoseReachPokesOut_movesTheLargestSquareToCentreIt() {
        // Radius 4 reaches 6 px: a line to x 96 reaches x 102, beyond the square's right edge.
        Optional<Square> moved = after(WIDE, Stroke.color(0xFF0000, 4, 60, 50, 96, 50));
        // Reach 54..102 on the canvas is photo 154..202: centred, the square starts at 128.
        assertEquals(Optional.of(new Square(128, 0, 100)), moved);
    }

    @Test
    void strokeInTheCorner_movesTheSquareIntoTheCorner() {
        // Canvas (190, 95) is photo (290, 95), at the bottom-right corner.
        assertEquals(Optional.of(new Square(200, 0, 100)), after(WIDE, Stroke.color(0xFF0000, 4, 190, 95)));
    }

    @Test
    void reachBeyondThePhotosEdge_doesNotCount() {
        // The photo is 100 px high: reach past its top and bottom cannot be in any square.
        assertEquals(Optional.empty(), after(WIDE, Stroke.color(0xFF0000, 4, 50, 1, 50, 99)));
        assertTrue(SquareOverStrokes.fits(WIDE, CANVAS, Stroke.color(0, 10, 50, 0)));
        assertFalse(SquareOverStrokes.fits(WIDE, CANVAS, Stroke.color(0, 10, 0, 50)), "the photo goes on left");
    }

    @Test
    void eraserOffTheSquare_neverMovesIt() {
        assertEquals(Optional.empty(), after(WIDE, Stroke.erase(10, -80, 50)));
    }

    @Test
    void farApartStrokes_theSquareGoesToTheNewestStrokesGroup() {
        Stroke left = Stroke.color(0xFF0000, 4, -90, 50);
        Stroke right = Stroke.color(0x00FF00, 4, 190, 50);
        assertEquals(Optional.of(new Square(200, 0, 100)), after(WIDE, left, right));
        assertEquals(Optional.of(new Square(0, 0, 100)), after(WIDE, right, left));
    }

    @Test
    void handChosenSmallSquare_isKeptWhileTheStrokeFits_andLeftForTheLargestOtherwise() {
        // A 50 px square at (20, 30): the canvas of 100 units covers it at two units a pixel.
        EditablePhoto small = WIDE.withSquare(20, 30, 50);
        assertEquals(Optional.empty(), after(small, Stroke.color(0xFF0000, 8, 20, 20, 80, 80)));
        // Canvas x 120 is photo x 80, beyond the small square's right edge at 70: the largest square centres it.
        assertEquals(Optional.of(new Square(30, 0, 100)), after(small, Stroke.color(0xFF0000, 8, 120, 50)));
    }

    @Test
    void photoArea_isTheWholePhotoInCanvasUnits() {
        assertEquals(new CanvasArea(-100, 0, 200, 100), PhotoArea.of(WIDE, CANVAS));
        assertEquals(new CanvasArea(-40, -60, 560, 140), PhotoArea.of(WIDE.withSquare(20, 30, 50), CANVAS));
    }
}
