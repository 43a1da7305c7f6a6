package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhotoRotationTest {

    /**
     * The stored pixels, 3 wide and 2 high.
     * <pre>
     * 1 2 3
     * 4 5 6
     * </pre>
     */
    private static final Photo STORED = new Photo(3, 2, new int[] {1, 2, 3, 4, 5, 6});

    private static void assertPhoto(int width, int height, int[] expected, Photo actual) {
        assertEquals(width, actual.width());
        assertEquals(height, actual.height());
        assertArrayEquals(expected, actual.rgb());
    }

    @Test
    void upright_orientation1_returnsSamePhoto() {
        assertSame(STORED, PhotoRotation.upright(STORED, 1));
    }

    @Test
    void upright_orientation2_mirrorsLeftToRight() {
        assertPhoto(3, 2, new int[] {3, 2, 1, 6, 5, 4}, PhotoRotation.upright(STORED, 2));
    }

    @Test
    void upright_orientation3_turnsHalfway() {
        assertPhoto(3, 2, new int[] {6, 5, 4, 3, 2, 1}, PhotoRotation.upright(STORED, 3));
    }

    @Test
    void upright_orientation4_mirrorsTopToBottom() {
        assertPhoto(3, 2, new int[] {4, 5, 6, 1, 2, 3}, PhotoRotation.upright(STORED, 4));
    }

    @Test
    void upright_orientation5_transposes() {
        assertPhoto(2, 3, new int[] {1, 4, 2, 5, 3, 6}, PhotoRotation.upright(STORED, 5));
    }

    @Test
    void upright_orientation6_turnsClockwise() {
        assertPhoto(2, 3, new int[] {4, 1, 5, 2, 6, 3}, PhotoRotation.upright(STORED, 6));
    }

    @Test
    void upright_orientation7_transverses() {
        assertPhoto(2, 3, new int[] {6, 3, 5, 2, 4, 1}, PhotoRotation.upright(STORED, 7));
    }

    @Test
    void upright_orientation8_turnsAnticlockwise() {
        assertPhoto(2, 3, new int[] {3, 6, 2, 5, 1, 4}, PhotoRotation.upright(STORED, 8));
    }

    @ParameterizedTest
    @CsvSource({"2, 2", "3, 3", "4, 4", "5, 5", "7, 7", "6, 8", "8, 6"})
    void upright_followedByItsInverse_restoresPhoto(int orientation, int inverse) {
        Photo back = PhotoRotation.upright(PhotoRotation.upright(STORED, orientation), inverse);
        assertPhoto(3, 2, STORED.rgb(), back);
    }
}
