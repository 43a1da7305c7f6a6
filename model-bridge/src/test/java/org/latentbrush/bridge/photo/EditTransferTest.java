package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

class EditTransferTest {

    private static final int SIZE = 16;

    /** A model-size image with some texture, so the edit is not on a flat field. */
    private static RasterImage textured(int channels) {
        float[] data = new float[channels * SIZE * SIZE];
        for (int i = 0; i < data.length; i++) {
            data[i] = 0.55f + 0.4f * (float) ((Math.sin(i * 0.37) + 1) / 2);
        }
        return new RasterImage(SIZE, SIZE, channels, data);
    }

    /** The image with {@code delta} added to every channel over a square of model pixels. */
    private static RasterImage withPatch(RasterImage image, int from, int to, float delta) {
        float[] data = image.data().clone();
        for (int c = 0; c < image.channels(); c++) {
            for (int y = from; y < to; y++) {
                for (int x = from; x < to; x++) {
                    int i = c * SIZE * SIZE + y * SIZE + x;
                    data[i] = Math.max(0, Math.min(1, data[i] + delta));
                }
            }
        }
        return new RasterImage(SIZE, SIZE, image.channels(), data);
    }

    @Test
    void apply_localEdit_leavesEveryPixelOutsideItsReachByteIdentical() {
        RasterImage before = textured(3);
        EditTransfer transfer = EditTransfer.between(before, withPatch(before, 5, 9, -0.5f));
        Photo photo = TestPhotos.gradient(70, 50);
        CropSquare crop = CropSquare.centred(70, 50);
        EditTransfer.Result result = transfer.apply(photo, crop);
        long differing = 0;
        long outsideReach = 0;
        for (int y = 0; y < photo.height(); y++) {
            for (int x = 0; x < photo.width(); x++) {
                boolean changed = result.photo().rgbAt(x, y) != photo.rgbAt(x, y);
                differing += changed ? 1 : 0;
                if (!crop.contains(x, y)) {
                    assertFalse(changed, "outside the crop at " + x + "," + y);
                    continue;
                }
                if (!TestPhotos.reached(transfer, crop, x, y)) {
                    outsideReach++;
                    assertEquals(photo.rgb()[y * photo.width() + x], result.photo().rgb()[y * photo.width() + x],
                            "unreached pixel " + x + "," + y);
                }
            }
        }
        assertEquals(differing, result.changedPixels());
        assertTrue(outsideReach > photo.pixelCount() / 2, "most of the photo is out of reach: " + outsideReach);
        // Mean |Δ| = 0.5 saturates the mask: the patch's centre (model pixel 7, 7) darkens by Δ in full.
        int px = crop.x() + (int) ((7 + 0.5) * crop.side() / SIZE);
        int py = crop.y() + (int) ((7 + 0.5) * crop.side() / SIZE);
        int old = photo.rgbAt(px, py);
        int now = result.photo().rgbAt(px, py);
        for (int shift = 0; shift <= 16; shift += 8) {
            int expected = Math.max(0, ((old >> shift) & 0xFF) - 128);
            assertTrue(Math.abs(((now >> shift) & 0xFF) - expected) <= 1,
                    Integer.toHexString(old) + " -> " + Integer.toHexString(now));
        }
    }

    @Test
    void apply_identicalImages_changesNothing() {
        RasterImage image = textured(3);
        Photo photo = TestPhotos.gradient(40, 40);
        EditTransfer.Result result = EditTransfer.between(image, image).apply(photo, CropSquare.centred(40, 40));
        assertEquals(0, result.changedPixels());
        assertArrayEquals(photo.rgb(), result.photo().rgb());
    }

    @Test
    void between_slightChangesEverywhere_areSuppressed() {
        RasterImage before = textured(3);
        float[] data = before.data().clone();
        for (int i = 0; i < data.length; i++) {
            data[i] += 0.01f; // the faint drift a GAN shows far from an edit
        }
        EditTransfer transfer = EditTransfer.between(before, new RasterImage(SIZE, SIZE, 3, data));
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                assertFalse(transfer.reaches(x, y), "at " + x + "," + y);
            }
        }
    }

    @Test
    void apply_brighteningWhitePhoto_clampsAndCountsNoChange() {
        RasterImage before = textured(3);
        EditTransfer transfer = EditTransfer.between(before, withPatch(before, 0, SIZE, 0.1f));
        int[] white = new int[32 * 32];
        Arrays.fill(white, 0xFFFFFF);
        EditTransfer.Result result = transfer.apply(new Photo(32, 32, white), CropSquare.centred(32, 32));
        assertEquals(0, result.changedPixels());
        assertArrayEquals(white, result.photo().rgb());
    }

    @Test
    void apply_greyModel_editsRedGreenAndBlueAlike() {
        RasterImage before = textured(1);
        EditTransfer transfer = EditTransfer.between(before, withPatch(before, 0, SIZE, -0.3f));
        int[] grey = new int[32 * 32];
        Arrays.fill(grey, 0x808080);
        EditTransfer.Result result = transfer.apply(new Photo(32, 32, grey), CropSquare.centred(32, 32));
        int c = result.photo().rgbAt(16, 16);
        assertEquals((c >> 16) & 0xFF, c & 0xFF);
        assertEquals((c >> 8) & 0xFF, c & 0xFF);
        assertTrue((c & 0xFF) < 0x80 - 40, Integer.toHexString(c));
    }

    /**
     * An edit over the whole frame of a wide photo must fade out toward the square's left and right
     * edges, where the photo goes on unedited, instead of ending in a hard seam.
     */
    @Test
    void apply_editReachingSquareEdgeOfWidePhoto_fadesOutWithoutSeam() {
        RasterImage before = textured(3);
        EditTransfer transfer = EditTransfer.between(before, withPatch(before, 0, SIZE, -0.5f));
        int[] grey = new int[400 * 200];
        Arrays.fill(grey, 0xC0C0C0);
        Photo photo = new Photo(400, 200, grey);
        CropSquare crop = CropSquare.centred(400, 200);
        Photo edited = transfer.apply(photo, crop).photo();
        int row = 100;
        int outside = edited.rgbAt(crop.x() - 1, row) & 0xFF;
        int firstInside = edited.rgbAt(crop.x(), row) & 0xFF;
        int centre = edited.rgbAt(crop.x() + crop.side() / 2, row) & 0xFF;
        assertEquals(0xC0, outside, "outside the square is untouched");
        assertTrue(0xC0 - firstInside <= 5, "the edit has faded out at the square's edge: " + firstInside);
        assertTrue(0xC0 - centre > 100, "the centre gets the edit in full: " + centre);
        // Top and bottom: the photo ends there, so the edit runs to the border unfaded.
        int top = edited.rgbAt(crop.x() + crop.side() / 2, 0) & 0xFF;
        assertTrue(0xC0 - top > 100, "no fade where the photo ends: " + top);
        // The fade is gradual: no step between neighbours bigger than a few levels.
        for (int x = crop.x(); x < crop.x() + crop.side() / 4; x++) {
            int step = Math.abs((edited.rgbAt(x + 1, row) & 0xFF) - (edited.rgbAt(x, row) & 0xFF));
            assertTrue(step <= 20, "step of " + step + " at " + x);
        }
    }

    @Test
    void applyInRegion_changeEverywhere_reachesFullStrengthUnderStrokeAndNothingBeyond() {
        RasterImage before = textured(3);
        RasterImage after = withPatch(before, 0, SIZE, -0.3f);
        Photo photo = TestPhotos.gradient(256, 160);
        CropSquare crop = new CropSquare(96, 0, 160);
        StrokeRegion region = StrokeRegion.of(List.of(Stroke.color(0, 10, 150, 80)), 256, 160);
        Photo edited = EditTransfer.between(before, after).apply(photo, crop, region).photo();
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 256; x++) {
                if (Math.hypot(x + 0.5 - 150, y + 0.5 - 80) >= 15) {
                    assertEquals(photo.rgbAt(x, y), edited.rgbAt(x, y), "pixel " + x + "," + y);
                }
            }
        }
        int was = (photo.rgbAt(150, 80) >> 16) & 0xFF;
        int now = (edited.rgbAt(150, 80) >> 16) & 0xFF;
        assertEquals(Math.max(0, was - 76), now, 2, "the stroke's core receives the whole change");
    }
}
