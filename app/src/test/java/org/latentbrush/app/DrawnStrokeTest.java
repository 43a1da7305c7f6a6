package org.latentbrush.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.Stroke;

class DrawnStrokeTest {

    private final Stroke bend = Stroke.color(0xFF0000, 10, 0, 0, 100, 0, 100, 50);

    @Test
    void length_sumsTheSegments() {
        assertEquals(150, new DrawnStroke(bend).length(), 1e-9);
    }

    @Test
    void upTo_partWay_endsWhereThePointerIsAlongThePath() {
        DrawnStroke drawn = new DrawnStroke(bend);
        assertArrayEquals(new double[] {0, 0, 40, 0}, drawn.upTo(40).points(), 1e-9);
        assertArrayEquals(new double[] {0, 0, 100, 0, 100, 20}, drawn.upTo(120).points(), 1e-9);
        Stroke part = drawn.upTo(120);
        assertEquals(bend.rgb(), part.rgb());
        assertEquals(bend.radius(), part.radius());
        assertEquals(bend.tool(), part.tool());
    }

    @Test
    void upTo_theWholeLengthOrMore_isTheStrokeItself() {
        DrawnStroke drawn = new DrawnStroke(bend);
        assertSame(bend, drawn.upTo(150));
        assertSame(bend, drawn.upTo(1e9));
    }

    @Test
    void upTo_aDot_isTheDot() {
        Stroke dot = Stroke.color(0x00FF00, 5, 30, 30);
        assertSame(dot, new DrawnStroke(dot).upTo(0));
    }
}
