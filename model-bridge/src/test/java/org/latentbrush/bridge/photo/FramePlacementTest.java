package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;

class FramePlacementTest {

    @Test
    void strokeNearTheLeftOfAWidePhoto_getsASquareAtTheLeft() {
        ConstraintSet strokes = ConstraintSet.empty(1600, 900).with(Stroke.color(0xFF8800, 20, 100, 300, 200, 320));
        List<FramePlacement.PlacedFrame> frames = FramePlacement.around(strokes);
        assertEquals(1, frames.size());
        assertEquals(new CropSquare(0, 0, 900), frames.get(0).crop());
    }

    @Test
    void frameIsCentredOnTheStrokesWhereThePhotoAllows() {
        ConstraintSet strokes = ConstraintSet.empty(3000, 1000).with(Stroke.color(0, 10, 1500, 500));
        assertEquals(new CropSquare(1000, 0, 1000), FramePlacement.around(strokes).get(0).crop());
    }

    @Test
    void strokesFartherApartThanASquare_getAFrameEach_erasersGoWithBoth() {
        ConstraintSet strokes = new ConstraintSet(3000, 1000, List.of(
                Stroke.color(0, 10, 2900, 500), Stroke.color(0, 10, 100, 500), Stroke.color(0, 10, 300, 600),
                Stroke.erase(5, 120, 500)));
        List<FramePlacement.PlacedFrame> frames = FramePlacement.around(strokes);
        assertEquals(2, frames.size());
        assertEquals(new CropSquare(0, 0, 1000), frames.get(0).crop());
        assertEquals(3, frames.get(0).strokes().strokes().size(), "two colour strokes and the eraser");
        assertEquals(new CropSquare(2000, 0, 1000), frames.get(1).crop());
        assertEquals(2, frames.get(1).strokes().strokes().size());
    }

    @Test
    void noPaintedStroke_meansTheCentredSquare() {
        assertEquals(new CropSquare(0, 100, 800), FramePlacement.around(ConstraintSet.empty(800, 1000)).get(0).crop());
    }

    @Test
    void fixedFrame_mustFitThePhoto() {
        assertThrows(IllegalArgumentException.class,
                () -> FramePlacement.fixed(ConstraintSet.empty(800, 600), new CropSquare(300, 0, 600)));
        assertEquals(new CropSquare(200, 0, 600),
                FramePlacement.fixed(ConstraintSet.empty(800, 600), new CropSquare(200, 0, 600)).crop());
    }
}
