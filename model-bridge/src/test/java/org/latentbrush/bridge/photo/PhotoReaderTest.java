package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoReaderTest {

    private static final int MAX_JPEG_ERROR = 12;

    @TempDir
    Path dir;

    private final PhotoReader reader = new PhotoReader();

    private String refusal(Path file) {
        return assertThrows(PhotoException.class, () -> reader.read(file)).getMessage();
    }

    @Test
    void read_rgbPng_returnsExactPixels() throws Exception {
        Photo original = TestPhotos.gradient(37, 23);
        Path file = TestPhotos.write(dir, "a.png", TestPhotos.encode(original.toBufferedImage(), "png"));
        Photo read = reader.read(file);
        assertEquals(37, read.width());
        assertEquals(23, read.height());
        for (int i = 0; i < original.rgb().length; i++) {
            assertEquals(original.rgb()[i] & 0xFFFFFF, read.rgb()[i] & 0xFFFFFF, "pixel " + i);
        }
    }

    @Test
    void read_greyPng_keepsGreyLevelsUnbrightened() throws Exception {
        BufferedImage grey = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {0, 128, 255});
        Photo read = reader.read(TestPhotos.write(dir, "grey.png", TestPhotos.encode(grey, "png")));
        assertArrayEquals(new int[] {0x000000, 0x808080, 0xFFFFFF}, masked(read));
    }

    @Test
    void read_sixteenBitGreyPng_scalesToEightBits() throws Exception {
        BufferedImage grey = new BufferedImage(3, 1, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {0, 0x8080, 0xFFFF});
        Photo read = reader.read(TestPhotos.write(dir, "grey16.png", TestPhotos.encode(grey, "png")));
        assertArrayEquals(new int[] {0x000000, 0x808080, 0xFFFFFF}, masked(read));
    }

    @Test
    void read_sixteenBitRgbPng_scalesToEightBits() throws Exception {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(2, 1);
        raster.setPixel(0, 0, new int[] {0xFFFF, 0x8080, 0});
        raster.setPixel(1, 0, new int[] {0x0101, 0x2020, 0xFEFE});
        BufferedImage image = new BufferedImage(model, raster, false, null);
        Photo read = reader.read(TestPhotos.write(dir, "rgb16.png", TestPhotos.encode(image, "png")));
        assertArrayEquals(new int[] {0xFF8000, 0x0120FE}, masked(read));
    }

    @Test
    void read_transparentPng_flattensOntoWhite() throws Exception {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00FF0000); // fully transparent red
        image.setRGB(1, 0, 0xFF0000FF); // opaque blue
        image.setRGB(2, 0, 0x80000000); // half-transparent black
        Photo read = reader.read(TestPhotos.write(dir, "alpha.png", TestPhotos.encode(image, "png")));
        assertArrayEquals(new int[] {0xFFFFFF, 0x0000FF, 0x7F7F7F}, masked(read));
    }

    @Test
    void read_palettePng_appliesPalette() throws Exception {
        byte[] r = {(byte) 255, 0, 10};
        byte[] g = {0, (byte) 255, 20};
        byte[] b = {0, 0, 30};
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(2, 3, r, g, b));
        image.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {2, 0, 1});
        Photo read = reader.read(TestPhotos.write(dir, "palette.png", TestPhotos.encode(image, "png")));
        assertArrayEquals(new int[] {0x0A141E, 0xFF0000, 0x00FF00}, masked(read));
    }

    @Test
    void read_jpegWithOrientation6_comesOutTurnedClockwise() throws Exception {
        // Stored 48x32: red top-left, green top-right, blue bottom-left, white bottom-right.
        BufferedImage stored = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 48; x++) {
                stored.setRGB(x, y, y < 16 ? (x < 24 ? 0xFF0000 : 0x00FF00) : (x < 24 ? 0x0000FF : 0xFFFFFF));
            }
        }
        byte[] jpeg = TestPhotos.withSegment(TestPhotos.encode(stored, "jpeg"),
                TestPhotos.segment(0xE1, TestPhotos.exifPayload(6, false)));
        Photo upright = reader.read(TestPhotos.write(dir, "portrait.jpg", jpeg));
        assertEquals(32, upright.width());
        assertEquals(48, upright.height());
        // Turned clockwise: blue top-left, red top-right, white bottom-left, green bottom-right.
        assertNear(0x0000FF, upright.rgbAt(8, 12));
        assertNear(0xFF0000, upright.rgbAt(24, 12));
        assertNear(0xFFFFFF, upright.rgbAt(8, 36));
        assertNear(0x00FF00, upright.rgbAt(24, 36));
    }

    @Test
    void readBytes_jpegWithOrientation_matchesReadingTheFile() throws Exception {
        BufferedImage stored = TestPhotos.gradient(48, 32).toBufferedImage();
        byte[] jpeg = TestPhotos.withSegment(TestPhotos.encode(stored, "jpeg"),
                TestPhotos.segment(0xE1, TestPhotos.exifPayload(6, false)));
        Photo fromFile = reader.read(TestPhotos.write(dir, "kept.jpg", jpeg));
        Photo fromBytes = reader.read(jpeg, "kept.jpg");
        assertEquals(32, fromBytes.width());
        assertArrayEquals(fromFile.rgb(), fromBytes.rgb());
    }

    @Test
    void readBytes_truncatedJpeg_refusesNamingTheGivenName() throws Exception {
        byte[] jpeg = TestPhotos.encode(TestPhotos.gradient(256, 256).toBufferedImage(), "jpeg");
        PhotoException e = assertThrows(PhotoException.class,
                () -> reader.read(Arrays.copyOf(jpeg, jpeg.length * 2 / 3), "inside.jpg"));
        assertEquals("inside.jpg: the file is truncated (it ends before the image does)", e.getMessage());
    }

    @Test
    void read_truncatedPng_refusesNamingFile() throws Exception {
        byte[] png = TestPhotos.encode(TestPhotos.gradient(64, 64).toBufferedImage(), "png");
        String message = refusal(TestPhotos.write(dir, "cut.png", Arrays.copyOf(png, png.length / 2)));
        assertTrue(message.startsWith("cut.png: the file is damaged or truncated"), message);
    }

    @Test
    void read_truncatedJpeg_refusesInsteadOfFillingWithGrey() throws Exception {
        byte[] jpeg = TestPhotos.encode(TestPhotos.gradient(256, 256).toBufferedImage(), "jpeg");
        String message = refusal(TestPhotos.write(dir, "cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3)));
        assertEquals("cut.jpg: the file is truncated (it ends before the image does)", message);
    }

    @Test
    void read_textRenamedJpg_refusesAsNotAnImage() throws Exception {
        Path file = TestPhotos.write(dir, "notes.jpg", "shopping: eggs, milk".getBytes(StandardCharsets.UTF_8));
        assertEquals("notes.jpg: not a PNG or JPEG image (or the file is damaged)", refusal(file));
    }

    @Test
    void read_emptyFile_saysItIsEmpty() throws Exception {
        Path file = TestPhotos.write(dir, "empty.png", new byte[0]);
        assertEquals("empty.png: the file is empty", refusal(file));
    }

    @Test
    void readBytes_empty_saysItIsEmpty() {
        PhotoException e = assertThrows(PhotoException.class, () -> reader.read(new byte[0], "inside.jpg"));
        assertEquals("inside.jpg: the file is empty", e.getMessage());
    }

    @Test
    void read_gif_refusesAsUnsupportedFormat() throws Exception {
        Path file = TestPhotos.write(dir, "anim.gif", TestPhotos.encode(
                new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_INDEXED), "gif"));
        assertEquals("anim.gif: GIF images are not supported; save it as PNG or JPEG", refusal(file));
    }

    @Test
    void read_headerClaimingHugeSize_refusesBeforeDecoding() throws Exception {
        byte[] png = TestPhotos.encode(TestPhotos.gradient(8, 8).toBufferedImage(), "png");
        Path bomb = TestPhotos.write(dir, "bomb.png", TestPhotos.pngClaimingSize(png, 60000, 60000));
        // Decoding would need 14 GB for the pixels alone; the test's 2 GB heap shows none was tried.
        assertEquals("bomb.png: 60000x60000 pixels (3600.0 megapixels) is more than the limit of "
                + "100 megapixels", refusal(bomb));
    }

    @Test
    void read_photoWithinThePixelLimitButTooLargeForMemory_refusesBeforeDecodingAndSaysWhatToDo() throws Exception {
        byte[] png = TestPhotos.encode(TestPhotos.gradient(8, 8).toBufferedImage(), "png");
        Path big = TestPhotos.write(dir, "big.png", TestPhotos.pngClaimingSize(png, 40000, 20000));
        // 800 megapixels are allowed here, but decoding them needs 6 GB: more than the test's heap.
        PhotoException e = assertThrows(PhotoException.class, () -> new PhotoReader(1_000_000_000L).read(big));
        assertTrue(e.getMessage().startsWith("big.png: 800.0 megapixels need about 6103 MB of memory to open"),
                e.getMessage());
        assertTrue(e.getMessage().contains("-Xmx"), e.getMessage());
    }

    @Test
    void read_photoJustOverOwnLimit_refuses() throws Exception {
        Path file = TestPhotos.write(dir, "a.png", TestPhotos.encode(
                TestPhotos.gradient(20, 10).toBufferedImage(), "png"));
        PhotoException e = assertThrows(PhotoException.class, () -> new PhotoReader(199).read(file));
        assertTrue(e.getMessage().startsWith("a.png: 20x10 pixels"), e.getMessage());
        assertEquals(200, new PhotoReader(200).read(file).pixelCount());
    }

    @Test
    void read_cmykJpeg_refusesWithClearMessage() throws Exception {
        Path file = TestPhotos.write(dir, "print.jpg", TestPhotos.cmykJpeg(16, 16));
        assertEquals("print.jpg: CMYK JPEGs (print colours) are not supported; convert it to RGB "
                + "(sRGB) first", refusal(file));
    }

    @Test
    void read_missingFile_saysNotFound() {
        assertEquals("gone.png: file not found", refusal(dir.resolve("gone.png")));
    }

    @Test
    void read_folder_saysNotAFile() {
        assertEquals(dir.getFileName() + ": not a file", refusal(dir));
    }

    private static int[] masked(Photo photo) {
        return Arrays.stream(photo.rgb()).map(c -> c & 0xFFFFFF).toArray();
    }

    private static void assertNear(int expected, int actual) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= MAX_JPEG_ERROR, String.format("expected ~%06x, got %06x",
                    expected, actual));
        }
    }
}
