package org.latentbrush.app.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentbrush.app.square.Square;
import org.latentbrush.app.square.SquareRequest;
import org.latentbrush.bridge.api.EditablePhoto;

class PhotoSquareTest {

    private static final EditablePhoto WIDE = EditablePhoto.of(60, 40, new int[60 * 40]);

    @Test
    void requestFor_offersOnlyPresetsNoSmallerThanTheModel() {
        SquareRequest request = PhotoSquare.requestFor(WIDE.withSquare(5, 2, 30), 25);
        assertEquals(new Square(5, 2, 30), request.current());
        assertEquals(25, request.smallestSide());
        assertEquals(5, request.presets().size(), "the 20-pixel half-size squares are too small for 25");
        assertTrue(request.presets().stream().allMatch(p -> p.square().side() == 40));
        assertEquals(14, PhotoSquare.requestFor(WIDE, 20).presets().size(), "at 20 all of them fit");
    }

    @Test
    void named_aPreset_keepsItsLabel_aFreeSquare_isNamedAfterSideAndPlace() {
        assertEquals("Largest square, centre", PhotoSquare.named(new Square(10, 0, 40), 60, 40).label());
        PhotoSquare free = PhotoSquare.named(new Square(17, 5, 30), 60, 40);
        assertEquals(new PhotoSquare("Square of 30 px at (17, 5)", 17, 5, 30), free);
    }
}
