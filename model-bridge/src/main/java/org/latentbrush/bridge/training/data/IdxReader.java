package org.latentbrush.bridge.training.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.latentbrush.bridge.io.FreeMemory;
import org.latentbrush.bridge.io.IoMessages;

/**
 * Reads IDX files, the big-endian format of MNIST and Fashion-MNIST, gzipped or plain; every
 * problem is reported with the file's path.
 */
public final class IdxReader {

    /** Magic of an image file: unsigned bytes (0x08), three dimensions. */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic of a label file: unsigned bytes (0x08), one dimension. */
    public static final int LABELS_MAGIC = 0x00000801;
    /** The two bytes every gzip stream starts with. */
    private static final int GZIP_MAGIC = 0x1F8B;
    private static final int BUFFER = 1 << 16;

    private IdxReader() {
    }

    /**
     * Reads an image file.
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws IdxFormatException if it is not an IDX image file or ends early
     */
    public static IdxImages readImages(Path file) throws IOException {
        return readImages(file, FreeMemory.heap());
    }

    /**
     * Reads an image file, refusing it from its header when its pixels would not fit in the memory
     * left: a gzip stream of a few megabytes can unpack to gigabytes.
     *
     * @param file the file
     * @param memory the memory left, normally {@link FreeMemory#heap()}
     * @return the images
     * @throws NoSuchFileException if the file does not exist
     * @throws IdxFormatException if it is not an IDX image file, ends early or is too large
     */
    public static IdxImages readImages(Path file, FreeMemory memory) throws IOException {
        try (DataInputStream in = open(file)) {
            checkMagic(file, readHeaderInt(file, in), IMAGES_MAGIC, "image");
            int count = readDimension(file, in, "image count");
            int rows = readDimension(file, in, "row count");
            int cols = readDimension(file, in, "column count");
            long bytes = (long) count * rows * cols;
            if (bytes > Integer.MAX_VALUE) {
                throw new IdxFormatException(file, "header claims " + count + " images of " + rows
                        + "x" + cols + ", too large to load");
            }
            // Reading gathers the pixels in chunks and then copies them into one array: twice the bytes.
            if (!memory.fits(2 * bytes)) {
                throw new IdxFormatException(file, "header claims " + count + " images of " + rows + "x" + cols
                        + ", which need about " + ((2 * bytes) >> 20) + " MB of memory to load, more than the "
                        + (memory.bytes() >> 20) + " MB free");
            }
            byte[] pixels = readBody(file, in, (int) bytes, count + " images of " + rows + "x" + cols);
            return new IdxImages(count, rows, cols, pixels);
        } catch (ZipException e) {
            throw new IdxFormatException(file, "corrupt gzip data: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a label file.
     *
     * @throws NoSuchFileException if the file does not exist
     * @throws IdxFormatException if it is not an IDX label file or ends early
     */
    public static byte[] readLabels(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            checkMagic(file, readHeaderInt(file, in), LABELS_MAGIC, "label");
            int count = readDimension(file, in, "label count");
            return readBody(file, in, count, count + " labels");
        } catch (ZipException e) {
            throw new IdxFormatException(file, "corrupt gzip data: " + e.getMessage(), e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "IDX file not found");
        }
        if (Files.size(file) == 0) {
            throw new IdxFormatException(file, IoMessages.EMPTY_FILE);
        }
        BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            int first = raw.read();
            int second = raw.read();
            raw.reset();
            InputStream in = raw;
            if (((first << 8) | second) == GZIP_MAGIC) {
                in = new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
            }
            return new DataInputStream(in);
        } catch (EOFException e) {
            raw.close();
            throw new IdxFormatException(file, "truncated: the gzip header is incomplete", e);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static int readHeaderInt(Path file, DataInputStream in) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new IdxFormatException(file, "truncated: the file ends inside its header", e);
        }
    }

    private static int readDimension(Path file, DataInputStream in, String what) throws IOException {
        int value = readHeaderInt(file, in);
        if (value < 0) {
            throw new IdxFormatException(file, "negative " + what + " in header: " + value);
        }
        return value;
    }

    private static void checkMagic(Path file, int magic, int expected, String kind)
            throws IdxFormatException {
        if (magic != expected) {
            throw new IdxFormatException(file, String.format(
                    "bad magic number 0x%08X, expected 0x%08X for an IDX %s file", magic, expected,
                    kind));
        }
    }

    private static byte[] readBody(Path file, DataInputStream in, int bytes, String what)
            throws IOException {
        byte[] body;
        try {
            body = in.readNBytes(bytes);
        } catch (EOFException e) {
            throw new IdxFormatException(file, "truncated: the compressed stream ends before the "
                    + what + " its header announces", e);
        }
        if (body.length < bytes) {
            throw new IdxFormatException(file, "truncated: header announces " + what + " ("
                    + bytes + " bytes) but only " + body.length + " bytes follow");
        }
        return body;
    }
}
