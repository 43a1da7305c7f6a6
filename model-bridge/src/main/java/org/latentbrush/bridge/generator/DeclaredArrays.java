package org.latentbrush.bridge.generator;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Checks the array sizes a parameter file declares before the engine reads it.
 *
 * <p>The engine reserves each array's memory at the size its header declares and only then reads
 * the data, so a single damaged length field would reserve up to 2 GB (and exhaust the memory)
 * before the file is found to end early. This reads only the headers, as the engine's decoder
 * (versions 1 to 3 of its array encoding) reads them: the marker {@code "NDAR"} (as {@code
 * DataOutput.writeUTF} writes it), the version, from version 2 a flag byte and, when it is 1, a
 * name, then the sparse format and data type, the shape (dimension count, dimensions, layout), from
 * version 3 a byte-order byte, and the data's length in bytes. The data is skipped, so a marker's
 * bytes inside it are never mistaken for a header. Weight files and the optimiser's state files
 * hold arrays in this encoding.
 */
public final class DeclaredArrays {

    /** {@code writeUTF("NDAR")}: the length 4 as two bytes, then the letters. */
    private static final byte[] MARKER = {0, 4, 'N', 'D', 'A', 'R'};
    private static final int FIRST_VERSION = 1;
    private static final int LAST_VERSION = 3;
    /** The version that added the name, and the one that added the byte order. */
    private static final int NAMED_VERSION = 2;
    private static final int BYTE_ORDER_VERSION = 3;
    /** Far more dimensions and layout letters than any layer's weight has. */
    private static final int MAX_DIMENSIONS = 16;

    private DeclaredArrays() {}

    /**
     * Reads a parameter file's array headers and judges their sizes.
     *
     * @param in the file's content, read here to its end or to the first problem (not closed)
     * @param length the content's length in bytes
     * @return the problem, in words to follow the file's name, or empty when every array declared
     *     fits in what follows it (a file that ends inside a header is left to the engine, which
     *     reports it as truncated)
     * @throws IOException if the content cannot be read
     */
    public static Optional<String> problem(InputStream in, long length) throws IOException {
        Reader reader = new Reader(new DataInputStream(new BufferedInputStream(in)));
        try {
            int arrays = 0;
            while (reader.skipToMarker()) {
                arrays++;
                Optional<String> problem = reader.header(arrays, length);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        } catch (EOFException e) {
            return Optional.empty();
        }
    }

    /** Reads through the content, counting the bytes it has passed. */
    private static final class Reader {
        private final DataInputStream in;
        private long position;

        Reader(DataInputStream in) {
            this.in = in;
        }

        /** Moves past the next marker; false at the end of the content. */
        boolean skipToMarker() throws IOException {
            int matched = 0;
            for (int b = in.read(); b != -1; b = in.read()) {
                position++;
                // The marker's first byte, 0, occurs nowhere else in it, so a mismatch restarts there.
                matched = b == MARKER[matched] ? matched + 1 : b == MARKER[0] ? 1 : 0;
                if (matched == MARKER.length) {
                    return true;
                }
            }
            return false;
        }

        /** Reads one array's header after its marker and skips its data. */
        Optional<String> header(int array, long length) throws IOException {
            int version = readInt();
            if (version < FIRST_VERSION || version > LAST_VERSION) {
                return Optional.empty(); // Not a header this knows; the engine judges the version.
            }
            if (version >= NAMED_VERSION && readByte() == 1) {
                skipUtf(); // the array's name
            }
            skipUtf(); // sparse format
            skipUtf(); // data type
            int dimensions = readInt();
            if (dimensions < 0 || dimensions > MAX_DIMENSIONS) {
                return Optional.of("file is corrupt: array " + array + " declares " + dimensions + " dimensions");
            }
            skip(8L * dimensions);
            int layout = readInt();
            if (layout < 0 || layout > MAX_DIMENSIONS) {
                return Optional.of("file is corrupt: array " + array + " declares a layout of " + layout
                        + " letters");
            }
            skip(2L * layout);
            if (version >= BYTE_ORDER_VERSION) {
                readByte();
            }
            int bytes = readInt();
            long left = length - position;
            if (bytes < 0 || bytes > left) {
                return Optional.of("file is truncated or corrupt: array " + array + " declares " + bytes
                        + " bytes, but " + left + " follow");
            }
            skip(bytes);
            return Optional.empty();
        }

        private int readByte() throws IOException {
            position++;
            return in.readByte();
        }

        private int readInt() throws IOException {
            position += Integer.BYTES;
            return in.readInt();
        }

        private void skipUtf() throws IOException {
            position += Short.BYTES;
            skip(in.readUnsignedShort());
        }

        private void skip(long n) throws IOException {
            in.skipNBytes(n);
            position += n;
        }
    }
}
