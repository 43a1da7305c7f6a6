package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PhotoTest {

    @Test
    void pixelsDifferingFrom_countsEveryPixelWhoseValueChanged() {
        Photo before = new Photo(3, 2, new int[] {1, 2, 3, 4, 5, 6});
        Photo after = new Photo(3, 2, new int[] {1, 9, 3, 4, 0, 6});
        assertEquals(2, before.pixelsDifferingFrom(after));
        assertEquals(0, before.pixelsDifferingFrom(before));
    }

    @Test
    void pixelsDifferingFrom_photoOfAnotherSize_refusedNamingBothSizes() {
        Photo wide = new Photo(3, 2, new int[6]);
        Photo tall = new Photo(2, 3, new int[6]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wide.pixelsDifferingFrom(tall));
        assertEquals("cannot compare a 3x2 photo with a 2x3 one", e.getMessage());
    }
}
