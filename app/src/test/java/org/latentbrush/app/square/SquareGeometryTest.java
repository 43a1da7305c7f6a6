package org.latentbrush.app.square;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SquareGeometryTest {

    /** A 400x300 photo under a 64-pixel model. */
    private static final SquareGeometry PHOTO = new SquareGeometry(400, 300, 64);

    @Test
    void limits_areTheModelSizeAndTheShortSide() {
        assertEquals(64, PHOTO.minSide());
        assertEquals(300, PHOTO.maxSide());
        SquareGeometry tiny = new SquareGeometry(50, 40, 64);
        assertEquals(40, tiny.minSide(), "a photo shorter than the model allows its short side");
        assertEquals(40, tiny.maxSide());
        assertThrows(IllegalArgumentException.class, () -> new SquareGeometry(0, 10, 1));
    }

    @Test
    void clamp_sideOutOfLimits_isLimitedThenPushedInside() {
        assertEquals(new Square(100, 0, 300), PHOTO.clamp(new Square(100, 50, 1000)));
        assertEquals(new Square(0, 0, 64), PHOTO.clamp(new Square(-5, -9, 10)));
        assertEquals(new Square(336, 236, 64), PHOTO.clamp(new Square(390, 290, 64)));
        Square inside = new Square(10, 20, 100);
        assertEquals(inside, PHOTO.clamp(inside));
    }

    @Test
    void move_withinThePhoto_followsThePointerRounded() {
        assertEquals(new Square(60, 45, 100), PHOTO.move(new Square(50, 50, 100), 10.4, -4.6));
    }

    @Test
    void move_pastAnEdge_stopsAtIt() {
        Square s = new Square(50, 50, 100);
        assertEquals(new Square(300, 50, 100), PHOTO.move(s, 1000, 0));
        assertEquals(new Square(0, 0, 100), PHOTO.move(s, -80, -500));
        assertEquals(new Square(50, 200, 100), PHOTO.move(s, 0, 151));
    }

    @Test
    void move_fromTheDragStart_comesBackWhenThePointerDoes() {
        // Pulled against the edge and back: the travel counts from the start, so nothing is lost.
        Square start = new Square(250, 100, 100);
        assertEquals(new Square(300, 100, 100), PHOTO.move(start, 200, 0));
        assertEquals(start, PHOTO.move(start, 0, 0));
    }

    @Test
    void resizeFromCorner_bottomRight_keepsTopLeftAndSquareness() {
        Square s = PHOTO.resizeFromCorner(new Square(50, 40, 100), Corner.BOTTOM_RIGHT, 30, 10);
        assertEquals(new Square(50, 40, 130), s, "the larger travel sets the side");
        Square smaller = PHOTO.resizeFromCorner(new Square(50, 40, 100), Corner.BOTTOM_RIGHT, -20, -25);
        assertEquals(new Square(50, 40, 80), smaller);
    }

    @Test
    void resizeFromCorner_topLeft_keepsBottomRight() {
        Square s = PHOTO.resizeFromCorner(new Square(100, 100, 100), Corner.TOP_LEFT, -40, -10);
        assertEquals(new Square(60, 60, 140), s);
        assertEquals(200, s.right());
        assertEquals(200, s.bottom());
        Square inwards = PHOTO.resizeFromCorner(new Square(100, 100, 100), Corner.TOP_LEFT, 30, 10);
        assertEquals(new Square(110, 110, 90), inwards, "the farther distance from the fixed corner wins");
    }

    @Test
    void resizeFromCorner_topRightAndBottomLeft_keepTheirOppositeCorners() {
        Square start = new Square(100, 100, 100);
        Square topRight = PHOTO.resizeFromCorner(start, Corner.TOP_RIGHT, 20, -5);
        assertEquals(new Square(100, 80, 120), topRight, "left and bottom stay");
        Square bottomLeft = PHOTO.resizeFromCorner(start, Corner.BOTTOM_LEFT, -5, 50);
        assertEquals(new Square(50, 100, 150), bottomLeft, "right and top stay");
    }

    @Test
    void resizeFromCorner_pastTheEdgeOrLimits_stopsThere() {
        Square start = new Square(100, 100, 100);
        assertEquals(new Square(100, 100, 200), PHOTO.resizeFromCorner(start, Corner.BOTTOM_RIGHT, 500, 20),
                "the bottom edge leaves room for 200");
        assertEquals(new Square(136, 136, 64), PHOTO.resizeFromCorner(start, Corner.TOP_LEFT, 90, 95),
                "never below the model's size");
        assertEquals(new Square(0, 0, 200), PHOTO.resizeFromCorner(start, Corner.TOP_LEFT, -300, -300));
        SquareGeometry wide = new SquareGeometry(1000, 300, 64);
        assertEquals(new Square(0, 0, 300), wide.resizeFromCorner(new Square(0, 0, 100), Corner.BOTTOM_RIGHT,
                800, 0), "never above the short side");
    }

    @Test
    void resizeFromCorner_draggedAcrossTheAnchor_staysAtTheSmallestSide() {
        assertEquals(new Square(100, 100, 64),
                PHOTO.resizeFromCorner(new Square(100, 100, 100), Corner.BOTTOM_RIGHT, -300, -300));
    }

    @Test
    void scaleAroundCentre_keepsTheCentre() {
        Square s = PHOTO.scaleAroundCentre(new Square(100, 100, 100), 1.2);
        assertEquals(new Square(90, 90, 120), s);
        Square back = PHOTO.scaleAroundCentre(s, 100 / 120.0);
        assertEquals(new Square(100, 100, 100), back);
    }

    @Test
    void scaleAroundCentre_smallSteps_stillChangeTheSideByAPixel() {
        SquareGeometry small = new SquareGeometry(100, 100, 1);
        // Rounded, 2 × 1.1 would stay 2; the odd sides' centres round half a pixel down-right.
        assertEquals(new Square(5, 5, 3), small.scaleAroundCentre(new Square(5, 5, 2), 1.1));
        assertEquals(new Square(6, 6, 1), small.scaleAroundCentre(new Square(5, 5, 2), 1 / 1.1));
    }

    @Test
    void scaleAroundCentre_atAnEdgeOrLimit_staysInside() {
        assertEquals(new Square(0, 0, 132), PHOTO.scaleAroundCentre(new Square(0, 0, 120), 1.1),
                "pushed back inside at the corner");
        assertEquals(new Square(50, 0, 300), PHOTO.scaleAroundCentre(new Square(60, 10, 280), 2));
        assertEquals(new Square(108, 108, 64), PHOTO.scaleAroundCentre(new Square(100, 100, 80), 0.5),
                "never below the model's size, about the same centre");
    }
}
