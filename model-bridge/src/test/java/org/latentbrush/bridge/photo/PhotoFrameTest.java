package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;

class PhotoFrameTest {

    private static final float EPS = 1e-5f;

    @Test
    void centred_landscape_takesMiddleSquare() {
        assertEquals(new CropSquare(20, 0, 50), CropSquare.centred(90, 50));
        assertEquals(new CropSquare(0, 2, 7), CropSquare.centred(7, 12));
    }

    @Test
    void of_integerFactor_averagesEachBlockExactly() {
        // 4x4 photo, blocks of 2x2 with red values 0, 40, 80, 120 in each block's pixels.
        int[] rgb = new int[16];
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                rgb[y * 4 + x] = (x + 4 * y) * 10 << 16;
            }
        }
        PhotoFrame frame = PhotoFrame.of(new Photo(4, 4, rgb), 2, 3);
        float[] red = java.util.Arrays.copyOf(frame.image().data(), 4);
        // Block means: (0+10+40+50)/4 = 25, (20+30+60+70)/4 = 45, 105, 125.
        assertArrayEquals(new float[] {25 / 255f, 45 / 255f, 105 / 255f, 125 / 255f}, red, EPS);
    }

    @Test
    void of_fractionalFactor_weighsPartlyCoveredPixels() {
        // A 3-pixel-wide square to 2: output 0 covers pixel 0 fully and half of pixel 1.
        int[] rgb = new int[9];
        for (int y = 0; y < 3; y++) {
            rgb[y * 3] = 0x000000;
            rgb[y * 3 + 1] = 0x0000FF;
            rgb[y * 3 + 2] = 0x0000FF;
        }
        PhotoFrame frame = PhotoFrame.of(new Photo(3, 3, rgb), 2, 3);
        float blueLeft = frame.image().get(2, 0, 0);
        float blueRight = frame.image().get(2, 1, 0);
        assertEquals((0 + 0.5f) / 1.5f, blueLeft, EPS);
        assertEquals(1f, blueRight, EPS);
    }

    @Test
    void of_greyModel_takesTheLumaOfTheColour() {
        PhotoFrame frame = PhotoFrame.of(new Photo(1, 1, new int[] {0x3060F0}), 1, 1);
        // Rec. 601 luma, the same grey that strokes on a grey model are measured in.
        assertEquals((0.299f * 0x30 + 0.587f * 0x60 + 0.114f * 0xF0) / 255f, frame.image().data()[0], EPS);
    }

    @Test
    void of_landscapePhoto_showsOnlyCentreSquare() {
        // Left and right thirds black, middle white: the frame must be all white.
        int[] rgb = new int[90 * 30];
        for (int y = 0; y < 30; y++) {
            for (int x = 30; x < 60; x++) {
                rgb[y * 90 + x] = 0xFFFFFF;
            }
        }
        PhotoFrame frame = PhotoFrame.of(new Photo(90, 30, rgb), 8, 3);
        assertEquals(new CropSquare(30, 0, 30), frame.crop());
        for (float v : frame.image().data()) {
            assertEquals(1f, v, EPS);
        }
    }

    @Test
    void toCropCanvas_photoCoordinates_shiftsOntoCrop() {
        PhotoFrame frame = PhotoFrame.of(new Photo(90, 50, new int[90 * 50]), 8, 3);
        ConstraintSet onPhoto = ConstraintSet.empty(90, 50).with(Stroke.color(0xFF0000, 3, 25, 10, 40, 30));
        ConstraintSet onCrop = frame.toCropCanvas(onPhoto);
        assertEquals(50, onCrop.canvasWidth());
        assertEquals(50, onCrop.canvasHeight());
        assertArrayEquals(new double[] {5, 10, 20, 30}, onCrop.strokes().get(0).points(), 1e-9);
        assertEquals(3, onCrop.strokes().get(0).radius());
    }

    @Test
    void toCropCanvas_squareCanvas_isTakenAsCrop() {
        PhotoFrame frame = PhotoFrame.of(new Photo(90, 50, new int[90 * 50]), 8, 3);
        ConstraintSet square = ConstraintSet.empty(512, 512).with(Stroke.sketch(2, 1, 1));
        assertSame(square, frame.toCropCanvas(square));
    }

    @Test
    void toCropCanvas_otherCanvas_refuses() {
        PhotoFrame frame = PhotoFrame.of(new Photo(90, 50, new int[90 * 50]), 8, 3);
        assertThrows(IllegalArgumentException.class, () -> frame.toCropCanvas(ConstraintSet.empty(80, 50)));
    }
}
