package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link IdxReader} on small IDX files written by the test, good and broken. */
class IdxReaderTest {

    private static final int COUNT = 3;
    private static final int ROWS = 4;
    private static final int COLS = 5;

    @TempDir
    Path dir;

    @Test
    void readImages_gzippedFile_headerAndPixelsAsWritten() throws Exception {
        byte[] pixels = IdxFiles.pattern(COUNT * ROWS * COLS);
        Path file = IdxFiles.writeGzip(dir.resolve("images.gz"),
                IdxFiles.images(IdxReader.IMAGES_MAGIC, COUNT, ROWS, COLS, pixels));
        IdxImages images = IdxReader.readImages(file);
        assertEquals(COUNT, images.count());
        assertEquals(ROWS, images.rows());
        assertEquals(COLS, images.cols());
        assertArrayEquals(pixels, images.pixels());
        int last = (2 * ROWS + 3) * COLS + 4;
        assertEquals((last * 37) & 0xFF, images.pixel(2, 3, 4));
    }

    @Test
    void readImages_uncompressedFile_sameAsGzipped() throws Exception {
        byte[] pixels = IdxFiles.pattern(COUNT * ROWS * COLS);
        Path file = Files.write(dir.resolve("images.idx"),
                IdxFiles.images(IdxReader.IMAGES_MAGIC, COUNT, ROWS, COLS, pixels));
        assertArrayEquals(pixels, IdxReader.readImages(file).pixels());
    }

    @Test
    void readLabels_gzippedFile_labelsAsWritten() throws Exception {
        byte[] labels = {5, 7, 9, 0, (byte) 200};
        Path file = IdxFiles.writeGzip(dir.resolve("labels.gz"),
                IdxFiles.labels(IdxReader.LABELS_MAGIC, labels));
        assertArrayEquals(labels, IdxReader.readLabels(file));
    }

    @Test
    void readImages_labelMagic_errorNamesFileAndBothMagics() throws Exception {
        Path file = IdxFiles.writeGzip(dir.resolve("swapped.gz"),
                IdxFiles.images(IdxReader.LABELS_MAGIC, COUNT, ROWS, COLS, new byte[COUNT * ROWS * COLS]));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("0x00000801") && e.getMessage().contains("0x00000803"),
                e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void readLabels_garbageMagic_errorNamesFile() throws Exception {
        Path file = IdxFiles.writeGzip(dir.resolve("garbage.gz"),
                "this is not an IDX file at all".getBytes());
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("bad magic"), e.getMessage());
    }

    @Test
    void readImages_fewerPixelsThanHeaderSays_truncatedErrorWithCounts() throws Exception {
        int complete = COUNT * ROWS * COLS;
        Path file = IdxFiles.writeGzip(dir.resolve("short.gz"), IdxFiles.images(
                IdxReader.IMAGES_MAGIC, COUNT, ROWS, COLS, new byte[complete - 7]));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(complete - 7)), e.getMessage());
    }

    @Test
    void readImages_headerClaimingMoreThanTheMemoryLeft_isRefusedBeforeReadingThePixels() throws Exception {
        // The header claims 160 MB of pixels; the file holds none of them.
        Path file = IdxFiles.writeGzip(dir.resolve("vast.gz"), IdxFiles.images(IdxReader.IMAGES_MAGIC, 1000, 400,
                400, new byte[0]));
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.readImages(file, () -> 100L << 20));
        assertEquals(file + ": header claims 1000 images of 400x400, which need about 305 MB of memory to load, "
                + "more than the 100 MB free", e.getMessage());
    }

    @Test
    void readImages_gzipStreamCutShort_truncatedErrorNamesFile() throws Exception {
        byte[] gz = IdxFiles.gzip(IdxFiles.images(IdxReader.IMAGES_MAGIC, 50, 28, 28,
                IdxFiles.pattern(50 * 28 * 28)));
        Path file = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(gz, gz.length / 2));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void readLabels_fileEndsInsideHeader_truncatedError() throws Exception {
        Path file = IdxFiles.writeGzip(dir.resolve("header.gz"), new byte[] {0, 0, 8, 1, 0});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void readLabels_emptyFile_saysItIsEmpty() throws Exception {
        Path file = Files.write(dir.resolve("labels-idx1-ubyte"), new byte[0]);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(file));
        assertEquals(file + ": the file is empty", e.getMessage());
    }

    @Test
    void readLabels_gzipHeaderOnly_truncatedError() throws Exception {
        Path file = Files.write(dir.resolve("stub.gz"), new byte[] {0x1F, (byte) 0x8B, 8});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void readLabels_corruptDeflateData_errorNamesFile() throws Exception {
        byte[] gz = IdxFiles.gzip(IdxFiles.labels(IdxReader.LABELS_MAGIC, new byte[100]));
        for (int i = 12; i < gz.length - 8; i++) {
            gz[i] = (byte) 0xFF;
        }
        Path file = Files.write(dir.resolve("corrupt.gz"), gz);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void readLabels_missingFile_noSuchFileNamingFile() {
        Path file = dir.resolve("absent-labels-idx1-ubyte.gz");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().contains("absent-labels-idx1-ubyte.gz"), e.getMessage());
    }
}
