package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.image.ClaimingPng;

/** Tests {@link FolderImageSource} on temporary folders of good, odd and broken files. */
class FolderImageSourceTest {

    private static final int SIZE = 16;
    private static final int RGB = 3;
    private static final float TOLERANCE = 2 / 127.5f;

    @TempDir
    Path dir;

    @Test
    void new_goodImagesInSubfolders_allLoadedInPathOrder() throws IOException {
        write(solid(40, 40, Color.RED), "png", dir.resolve("b.png"));
        Files.createDirectories(dir.resolve("sub"));
        write(solid(30, 50, Color.BLUE), "jpg", dir.resolve("sub/c.JPG"));
        write(solid(20, 20, Color.GREEN), "bmp", dir.resolve("a.bmp"));
        write(solid(20, 20, Color.WHITE), "gif", dir.resolve("d.gif"));
        Files.writeString(dir.resolve("notes.txt"), "not an image, not counted");
        FolderImageSource source = new FolderImageSource(dir, SIZE, RGB);
        assertEquals(4, source.size());
        assertEquals(0, source.skippedCount());
        assertEquals(List.of(dir.resolve("a.bmp"), dir.resolve("b.png"), dir.resolve("d.gif"),
                dir.resolve("sub/c.JPG")), source.files());
        assertEquals(Color.GREEN.getRGB(), centre(source, 0));
        assertEquals(Color.RED.getRGB(), centre(source, 1));
    }

    @Test
    void new_truncatedPngAndTextNamedJpg_skippedWithReasons() throws IOException {
        write(solid(32, 32, Color.ORANGE), "png", dir.resolve("good.png"));
        byte[] png = encode(noise(64, 64), "png");
        Files.write(dir.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2));
        Files.writeString(dir.resolve("fake.jpg"), "hello, I am text");
        Files.write(dir.resolve("empty.gif"), new byte[0]);
        FolderImageSource source = new FolderImageSource(dir, SIZE, RGB);
        assertEquals(1, source.size());
        assertEquals(3, source.skippedCount());
        List<Path> skipped = source.skippedFiles().stream().map(SkippedFile::file).toList();
        assertTrue(skipped.containsAll(List.of(dir.resolve("truncated.png"), dir.resolve("fake.jpg"),
                dir.resolve("empty.gif"))), skipped.toString());
        for (SkippedFile file : source.skippedFiles()) {
            assertTrue(!file.reason().isBlank(), file.toString());
        }
        assertTrue(source.skippedFiles().contains(new SkippedFile(dir.resolve("empty.gif"), "the file is empty")),
                source.skippedFiles().toString());
        assertTrue(source.describe().contains("3 skipped"), source.describe());
    }

    @Test
    void new_headerClaimingBillionsOfPixels_skippedBeforeDecoding() throws IOException {
        write(solid(32, 32, Color.ORANGE), "png", dir.resolve("good.png"));
        Files.write(dir.resolve("bomb.png"), ClaimingPng.of(60000, 60000));
        // Decoding it would allocate 14 GB; the test's heap shows it was judged by its header instead.
        FolderImageSource source = new FolderImageSource(dir, SIZE, RGB);
        assertEquals(List.of(dir.resolve("good.png")), source.files());
        assertEquals(List.of(new SkippedFile(dir.resolve("bomb.png"), "60000x60000 pixels (3600.0 megapixels) is "
                + "more than the limit of 100 megapixels")), source.skippedFiles());
    }

    @Test
    void fill_wideImage_centreCropKeepsMiddleColourOnly() throws IOException {
        BufferedImage wide = new BufferedImage(90, 30, BufferedImage.TYPE_INT_RGB);
        paint(wide, Color.RED, 0, 0, 30, 30);
        paint(wide, Color.GREEN, 30, 0, 30, 30);
        paint(wide, Color.BLUE, 60, 0, 30, 30);
        write(wide, "png", dir.resolve("wide.png"));
        float[] chw = fillOne(new FolderImageSource(dir, SIZE, RGB));
        assertPlaneValue(chw, 0, -1f);
        assertPlaneValue(chw, 1, 1f);
        assertPlaneValue(chw, 2, -1f);
    }

    @Test
    void fill_tallImage_centreCropKeepsMiddleColourOnly() throws IOException {
        BufferedImage tall = new BufferedImage(20, 60, BufferedImage.TYPE_INT_RGB);
        paint(tall, Color.WHITE, 0, 0, 20, 20);
        paint(tall, Color.BLUE, 0, 20, 20, 20);
        paint(tall, Color.BLACK, 0, 40, 20, 20);
        write(tall, "png", dir.resolve("tall.png"));
        float[] chw = fillOne(new FolderImageSource(dir, SIZE, RGB));
        assertPlaneValue(chw, 0, -1f);
        assertPlaneValue(chw, 1, -1f);
        assertPlaneValue(chw, 2, 1f);
    }

    @Test
    void fill_finePixelCheckerboard_areaAveragedToMidGreyNotAliased() throws IOException {
        BufferedImage board = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                board.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0);
            }
        }
        write(board, "png", dir.resolve("board.png"));
        float[] chw = fillOne(new FolderImageSource(dir, SIZE, 1));
        for (float v : chw) {
            assertEquals(0f, v, TOLERANCE);
        }
    }

    @Test
    void fill_greyOutput_usesLumaOfColour() throws IOException {
        write(solid(24, 24, new Color(200, 100, 50)), "png", dir.resolve("c.png"));
        FolderImageSource source = new FolderImageSource(dir, SIZE, 1);
        float[] chw = fillOne(source);
        assertEquals(SIZE * SIZE, chw.length);
        float luma = 0.299f * 200 + 0.587f * 100 + 0.114f * 50;
        assertEquals(Math.round(luma) / 127.5f - 1f, chw[SIZE * SIZE / 2], 1e-6f);
    }

    @Test
    void fill_eightBitGreyPng_valuesKeptNotGammaShifted() throws IOException {
        BufferedImage grey = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                grey.getRaster().setSample(x, y, 0, 64);
            }
        }
        write(grey, "png", dir.resolve("grey.png"));
        float[] chw = fillOne(new FolderImageSource(dir, SIZE, RGB));
        assertPlaneValue(chw, 0, 64 / 127.5f - 1f);
    }

    @Test
    void fill_transparentPixels_compositedOverBlack() throws IOException {
        BufferedImage clear = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                clear.setRGB(x, y, 0x00FFFFFF);
            }
        }
        write(clear, "png", dir.resolve("clear.png"));
        float[] chw = fillOne(new FolderImageSource(dir, SIZE, RGB));
        assertPlaneValue(chw, 0, -1f);
    }

    @Test
    void new_emptyFolder_errorNamesFolder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FolderImageSource(dir, SIZE, RGB));
        assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
    }

    @Test
    void new_onlyBrokenFiles_errorNamesFolderAndSkipCount() throws IOException {
        Files.writeString(dir.resolve("a.png"), "nope");
        Files.writeString(dir.resolve("b.jpeg"), "nope");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FolderImageSource(dir, SIZE, RGB));
        assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("2 file(s) skipped"), e.getMessage());
    }

    @Test
    void new_missingFolder_errorNamesIt() {
        Path missing = dir.resolve("nowhere");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FolderImageSource(missing, SIZE, RGB));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void new_badChannelCount_throws() throws IOException {
        write(solid(8, 8, Color.RED), "png", dir.resolve("a.png"));
        assertThrows(IllegalArgumentException.class, () -> new FolderImageSource(dir, SIZE, 2));
    }

    @Test
    void fill_indexPastEnd_throws() throws IOException {
        write(solid(8, 8, Color.RED), "png", dir.resolve("a.png"));
        FolderImageSource source = new FolderImageSource(dir, SIZE, RGB);
        assertThrows(IndexOutOfBoundsException.class,
                () -> source.fill(1, new float[source.floatsPerImage()], 0));
    }

    private static int centre(FolderImageSource source, int index) {
        return ChwImages.toImage(source, index).getRGB(SIZE / 2, SIZE / 2);
    }

    private static float[] fillOne(FolderImageSource source) {
        assertEquals(1, source.size());
        float[] chw = new float[source.floatsPerImage()];
        source.fill(0, chw, 0);
        return chw;
    }

    private static void assertPlaneValue(float[] chw, int channel, float expected) {
        int plane = SIZE * SIZE;
        for (int i = 0; i < plane; i++) {
            assertEquals(expected, chw[channel * plane + i], TOLERANCE,
                    "channel " + channel + " pixel " + i);
        }
    }

    private static BufferedImage solid(int w, int h, Color colour) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        paint(image, colour, 0, 0, w, h);
        return image;
    }

    private static BufferedImage noise(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }

    private static void paint(BufferedImage image, Color colour, int x, int y, int w, int h) {
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(x, y, w, h);
        g.dispose();
    }

    private static void write(BufferedImage image, String format, Path file) throws IOException {
        Files.write(file, encode(image, format));
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, bytes), "no writer for " + format);
        return bytes.toByteArray();
    }
}
