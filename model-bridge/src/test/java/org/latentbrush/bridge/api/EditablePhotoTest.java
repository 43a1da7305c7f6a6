package org.latentbrush.bridge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

class EditablePhotoTest {

    private static final int SIZE = 8;

    @TempDir
    Path dir;

    private static EditablePhoto gradient(int width, int height) {
        int[] rgb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                rgb[y * width + x] = (x * 7 & 0xFF) << 16 | (y * 5 & 0xFF) << 8 | ((x + y) & 0xFF);
            }
        }
        return EditablePhoto.of(width, height, rgb);
    }

    /** A grey model image with one brighter model pixel at (x, y). */
    private static RasterImage greyWithSpot(int x, int y, float spot) {
        float[] data = new float[3 * SIZE * SIZE];
        Arrays.fill(data, 0.5f);
        for (int c = 0; c < 3; c++) {
            data[c * SIZE * SIZE + y * SIZE + x] = spot;
        }
        return new RasterImage(SIZE, SIZE, 3, data);
    }

    @Test
    void of_landscapePhoto_cropsCentredSquare() {
        EditablePhoto photo = gradient(120, 80);
        assertEquals(20, photo.cropX());
        assertEquals(0, photo.cropY());
        assertEquals(80, photo.cropSide());
        assertEquals(SIZE, photo.frame(SIZE, 3).width());
        assertEquals(1, photo.frame(SIZE, 1).channels());
    }

    @Test
    void edit_oneModelPixel_changesOnlyWithinTheStrokesReach() {
        EditablePhoto photo = gradient(120, 80);
        // A stroke of radius 10 at the square's corner, on an 80-pixel canvas over the square.
        ConstraintSet strokes = ConstraintSet.empty(80, 80).with(Stroke.color(0xFFFFFF, 10, 2, 2));
        EditedPhoto edited = photo.edit(greyWithSpot(0, 0, 0.5f), greyWithSpot(0, 0, 1f), strokes);
        assertEquals(120, edited.width());
        assertEquals(80, edited.height());
        assertTrue(edited.changedPixels() > 0);
        assertFalse(photo.rgbAt(22, 2) == edited.rgbAt(22, 2), "the spot's corner changed");
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                boolean far = x < 20 || x >= 100 || Math.hypot(x + 0.5 - 22, y + 0.5 - 2) >= 15;
                if (far) {
                    assertEquals(photo.rgbAt(x, y), edited.rgbAt(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void unedited_writtenAsPng_readsBackIdentical() throws Exception {
        EditablePhoto photo = gradient(30, 20);
        Path file = dir.resolve("same.png");
        photo.unedited().write(file);
        EditablePhoto back = EditablePhoto.read(file);
        BufferedImage raw = ImageIO.read(file.toFile());
        assertEquals(30, raw.getWidth());
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 30; x++) {
                assertEquals(photo.rgbAt(x, y), back.rgbAt(x, y));
            }
        }
    }

    @Test
    void decode_bytesOfPng_equalsReadingTheFile() throws Exception {
        Path file = dir.resolve("g.png");
        gradient(17, 9).unedited().write(file);
        EditablePhoto fromBytes = EditablePhoto.decode(Files.readAllBytes(file), "g.png");
        assertEquals(17, fromBytes.width());
        assertEquals(EditablePhoto.read(file).rgbAt(16, 8), fromBytes.rgbAt(16, 8));
    }

    @Test
    void decode_garbage_refusesWithMessageNamingTheFile() {
        PhotoFileException e = assertThrows(PhotoFileException.class,
                () -> EditablePhoto.decode("not an image".getBytes(), "holiday.jpg"));
        assertEquals("holiday.jpg: not a PNG or JPEG image (or the file is damaged)", e.getMessage());
    }

    @Test
    void isPhotoName_acceptsPngAndJpegOnly() {
        assertTrue(EditablePhoto.isPhotoName("A.JPG"));
        assertTrue(EditablePhoto.isPhotoName("b.jpeg"));
        assertTrue(EditablePhoto.isPhotoName("c.png"));
        assertFalse(EditablePhoto.isPhotoName("d.lbrush"));
        assertFalse(EditablePhoto.isPhotoName("e.gif"));
    }

    @Test
    void edit_thatDoesNotReachTheStrokesColour_saysWhichStrokeAndHowFar() {
        EditablePhoto photo = gradient(120, 80);
        ConstraintSet strokes = ConstraintSet.empty(80, 80).with(Stroke.color(0x00FF00, 12, 40, 40));
        RasterImage same = greyWithSpot(0, 0, 0.5f);
        EditedPhoto unchanged = photo.edit(same, same, strokes);
        assertEquals(1, unchanged.shortfalls().size());
        assertTrue(unchanged.shortfalls().get(0).startsWith("stroke 1 (#00ff00): the model could only take the "
                + "photo 0% of the way"), unchanged.shortfalls().get(0));

        float[] green = new float[3 * SIZE * SIZE];
        Arrays.fill(green, SIZE * SIZE, 2 * SIZE * SIZE, 1f);
        EditedPhoto reached = photo.edit(same, new RasterImage(SIZE, SIZE, 3, green), strokes);
        assertTrue(reached.shortfalls().isEmpty(), reached.shortfalls().toString());
    }

    @Test
    void withSquare_atTheLeftOfAWidePhoto_framesAndEditsThereOnly() {
        EditablePhoto wide = gradient(120, 80);
        EditablePhoto left = wide.withSquare(0, 0, 80);
        assertEquals(0, left.cropX());
        assertEquals(80, left.cropSide());
        assertEquals(wide.rgbAt(5, 5), left.rgbAt(5, 5), "the same pixels");
        ConstraintSet strokes = ConstraintSet.empty(80, 80).with(Stroke.color(0xFFFFFF, 10, 2, 2));
        EditedPhoto edited = left.edit(greyWithSpot(0, 0, 0.5f), greyWithSpot(0, 0, 1f), strokes);
        assertFalse(wide.rgbAt(2, 2) == edited.rgbAt(2, 2), "the left square's corner changed");
        for (int y = 0; y < 80; y++) {
            for (int x = 20; x < 120; x++) {
                assertEquals(wide.rgbAt(x, y), edited.rgbAt(x, y), "pixel " + x + "," + y);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> wide.withSquare(50, 0, 80));
    }

    @Test
    void overview_shrinksTheWholePhotoToTheSide_byAveraging() {
        int[] rgb = new int[4 * 2];
        Arrays.fill(rgb, 0x000000);
        // The left half white, the right half black: two pixels of the overview.
        rgb[0] = rgb[1] = rgb[4] = rgb[5] = 0xFFFFFF;
        RasterImage small = EditablePhoto.of(4, 2, rgb).overview(2);
        assertEquals(2, small.width());
        assertEquals(1, small.height());
        assertEquals(0xFFFFFF, small.toArgb()[0] & 0xFFFFFF);
        assertEquals(0x000000, small.toArgb()[1] & 0xFFFFFF);
        assertEquals(120, gradient(120, 80).overview(500).width(), "never enlarged");
    }

    @Test
    void squaresAround_strokeAtTheRightEdge_slidesTheLargestSquareThere() {
        EditablePhoto photo = gradient(120, 80);
        // The canvas of 80 units lies over the centred square at x 20: canvas x 95 is photo x 115.
        ConstraintSet strokes = ConstraintSet.empty(80, 80).with(Stroke.color(0xFF0000, 2, 95, 40));
        var squares = photo.squaresAround(strokes);
        assertEquals(1, squares.size());
        assertEquals(new PlacedSquare(40, 0, 80, java.util.List.of(0)), squares.get(0));
    }

    @Test
    void squaresAround_farApartStrokes_getASquareEach_inOrderAlongTheLongSide() {
        EditablePhoto photo = gradient(240, 80);
        ConstraintSet strokes = ConstraintSet.empty(80, 80)
                .with(Stroke.color(0xFF0000, 2, 150, 40))
                .with(Stroke.color(0x00FF00, 2, -70, 40))
                .with(Stroke.erase(4, 10, 10));
        var squares = photo.squaresAround(strokes);
        assertEquals(2, squares.size());
        assertEquals(0, squares.get(0).x());
        assertEquals(java.util.List.of(1, 2), squares.get(0).strokes(), "the eraser goes with every square");
        assertEquals(160, squares.get(1).x());
        assertTrue(squares.get(1).serves(0));
    }
}
