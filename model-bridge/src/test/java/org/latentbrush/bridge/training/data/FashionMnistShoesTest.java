package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link FashionMnistShoes} on the real Debian files when installed (skipped otherwise) and
 * on tiny data sets written by the test.
 */
class FashionMnistShoesTest {

    private static final Path REAL = FashionMnistShoes.DEBIAN_DIR;
    private static final int SIDE = 28;
    private static final int PLANE = SIDE * SIDE;
    /** Offset of the first pixel in an IDX image file: magic, count, rows, cols. */
    private static final int IMAGE_HEADER = 16;
    private static final int LABEL_HEADER = 8;
    private static final int CLASSES = 10;

    @TempDir
    Path dir;

    @Test
    void load_realTrainSplit_18000ShoesWithIndependentlyCountedHistogram() throws IOException {
        assertTrue(FashionMnistShoes.isAvailable(REAL), "Debian package dataset-fashion-mnist absent");
        FashionMnistShoes shoes = FashionMnistShoes.load(Split.TRAIN);
        int[] expected = histogram(rawBytes(REAL.resolve(Split.TRAIN.labelsFile()), LABEL_HEADER));
        int[] actual = new int[CLASSES];
        for (long i = 0; i < shoes.size(); i++) {
            actual[shoes.label(i)]++;
        }
        assertEquals(18_000, shoes.size());
        assertEquals(expected[FashionMnistShoes.SANDAL], actual[FashionMnistShoes.SANDAL]);
        assertEquals(expected[FashionMnistShoes.SNEAKER], actual[FashionMnistShoes.SNEAKER]);
        assertEquals(expected[FashionMnistShoes.ANKLE_BOOT], actual[FashionMnistShoes.ANKLE_BOOT]);
        assertEquals(6_000, actual[FashionMnistShoes.SANDAL]);
        assertEquals(18_000, actual[5] + actual[7] + actual[9]);
    }

    @Test
    void load_realTestSplit_3000Shoes() throws IOException {
        assertTrue(FashionMnistShoes.isAvailable(REAL), "Debian package dataset-fashion-mnist absent");
        FashionMnistShoes shoes = FashionMnistShoes.load(Split.TEST);
        assertEquals(3_000, shoes.size());
        assertTrue(shoes.describe().contains("test") && shoes.describe().contains("MIT"));
    }

    @Test
    void fill_realFirstShoe_matchesRawFileBytesPaddedAndScaled() throws IOException {
        assertTrue(FashionMnistShoes.isAvailable(REAL), "Debian package dataset-fashion-mnist absent");
        byte[] labels = rawBytes(REAL.resolve(Split.TEST.labelsFile()), LABEL_HEADER);
        byte[] pixels = rawBytes(REAL.resolve(Split.TEST.imagesFile()), IMAGE_HEADER);
        int first = 0;
        while (!FashionMnistShoes.isShoe(labels[first])) {
            first++;
        }
        FashionMnistShoes shoes = FashionMnistShoes.load(Split.TEST);
        assertEquals(labels[first], shoes.label(0));
        float[] image = new float[shoes.floatsPerImage()];
        shoes.fill(0, image, 0);
        for (int row = 0; row < SIDE; row++) {
            for (int col = 0; col < SIDE; col++) {
                int raw = pixels[first * PLANE + row * SIDE + col] & 0xFF;
                float value = image[(row + FashionMnistShoes.PADDING) * FashionMnistShoes.SIZE + col
                        + FashionMnistShoes.PADDING];
                assertEquals(raw / 127.5f - 1f, value, 1e-6f, "pixel " + row + "," + col);
            }
        }
    }

    @Test
    void fill_realImages_inRangeWithBlackBorderAndBrightShoe() throws IOException {
        assertTrue(FashionMnistShoes.isAvailable(REAL), "Debian package dataset-fashion-mnist absent");
        FashionMnistShoes shoes = FashionMnistShoes.load(Split.TEST);
        float[] batch = ImageBatches.batch(shoes, ImageBatches.range(0, 50));
        float max = -Float.MAX_VALUE;
        for (int i = 0; i < batch.length; i++) {
            assertTrue(batch[i] >= -1f && batch[i] <= 1f, "value " + batch[i]);
            max = Math.max(max, batch[i]);
            int inImage = i % shoes.floatsPerImage();
            int row = inImage / FashionMnistShoes.SIZE;
            int col = inImage % FashionMnistShoes.SIZE;
            if (row < 2 || row >= 30 || col < 2 || col >= 30) {
                assertEquals(-1f, batch[i], "padding at " + row + "," + col);
            }
        }
        assertTrue(max > 0.9f, "brightest pixel " + max);
    }

    @Test
    void load_syntheticFiles_keepsOnlyShoesInOrderWithPadding() throws IOException {
        byte[] labels = {0, 5, 3, 7, 9, 1};
        byte[] pixels = new byte[labels.length * PLANE];
        for (int i = 0; i < labels.length; i++) {
            pixels[i * PLANE + 3 * SIDE + 4] = (byte) (40 * i); // one marker pixel per image
        }
        writeSplit(Split.TRAIN, labels, pixels, labels.length);
        FashionMnistShoes shoes = FashionMnistShoes.load(dir, Split.TRAIN);
        assertEquals(3, shoes.size());
        assertEquals(5, shoes.label(0));
        assertEquals(7, shoes.label(1));
        assertEquals(9, shoes.label(2));
        float[] image = new float[shoes.floatsPerImage()];
        shoes.fill(2, image, 0);
        assertEquals(ChwImages.toUnit(160), image[(3 + 2) * 32 + 4 + 2], 1e-6f);
        assertEquals(-1f, image[0]);
        assertEquals(1, shoes.channels());
        assertEquals(32, shoes.width());
    }

    @Test
    void load_moreImagesThanLabels_errorNamesBothFiles() throws IOException {
        writeSplit(Split.TEST, new byte[] {5, 7}, new byte[3 * PLANE], 3);
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> FashionMnistShoes.load(dir, Split.TEST));
        assertTrue(e.getMessage().contains(Split.TEST.imagesFile()), e.getMessage());
        assertTrue(e.getMessage().contains(Split.TEST.labelsFile()), e.getMessage());
        assertTrue(e.getMessage().contains("3 images") && e.getMessage().contains("2 labels"),
                e.getMessage());
    }

    @Test
    void load_missingLabelFile_noSuchFileNamingIt() throws IOException {
        IdxFiles.writeGzip(dir.resolve(Split.TRAIN.imagesFile()),
                IdxFiles.images(IdxReader.IMAGES_MAGIC, 1, SIDE, SIDE, new byte[PLANE]));
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> FashionMnistShoes.load(dir, Split.TRAIN));
        assertTrue(e.getMessage().contains(Split.TRAIN.labelsFile()), e.getMessage());
    }

    @Test
    void load_wrongImageSize_errorNamesFile() throws IOException {
        IdxFiles.writeGzip(dir.resolve(Split.TRAIN.imagesFile()),
                IdxFiles.images(IdxReader.IMAGES_MAGIC, 1, 10, 10, new byte[100]));
        IdxFiles.writeGzip(dir.resolve(Split.TRAIN.labelsFile()),
                IdxFiles.labels(IdxReader.LABELS_MAGIC, new byte[] {5}));
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> FashionMnistShoes.load(dir, Split.TRAIN));
        assertTrue(e.getMessage().contains("10x10"), e.getMessage());
    }

    @Test
    void fill_indexPastEnd_throws() throws IOException {
        writeSplit(Split.TRAIN, new byte[] {5}, new byte[PLANE], 1);
        FashionMnistShoes shoes = FashionMnistShoes.load(dir, Split.TRAIN);
        assertThrows(IndexOutOfBoundsException.class, () -> shoes.fill(1, new float[1024], 0));
    }

    private void writeSplit(Split split, byte[] labels, byte[] pixels, int imageCount)
            throws IOException {
        IdxFiles.writeGzip(dir.resolve(split.imagesFile()),
                IdxFiles.images(IdxReader.IMAGES_MAGIC, imageCount, SIDE, SIDE, pixels));
        IdxFiles.writeGzip(dir.resolve(split.labelsFile()),
                IdxFiles.labels(IdxReader.LABELS_MAGIC, labels));
    }

    /** Reads a gzipped file's bytes after its header, without using the class under test. */
    private static byte[] rawBytes(Path file, int header) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            DataInputStream data = new DataInputStream(in);
            data.skipNBytes(header);
            return data.readAllBytes();
        }
    }

    private static int[] histogram(byte[] labels) {
        int[] counts = new int[CLASSES];
        for (byte label : labels) {
            counts[label]++;
        }
        return counts;
    }
}
