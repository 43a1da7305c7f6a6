package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The array sizes a parameter file declares, judged before the engine reserves memory for them.
 * The files are the engine's own encoding of small arrays, with one header field damaged; where a
 * field lies is found from the engine's encoding too, not from this class's reading of it.
 */
class DeclaredArraysTest {

    /** How the engine's encoding starts each array: "NDAR" as DataOutput.writeUTF writes it. */
    private static final byte[] MARKER = {0, 4, 'N', 'D', 'A', 'R'};

    /** Two arrays: 2x3 and 4 floats. */
    private static byte[] encoded(NDManager manager) {
        return new NDList(manager.arange(6f).reshape(new Shape(2, 3)), manager.ones(new Shape(4))).encode();
    }

    /** Where the length field of the array that starts at {@code start} lies, given its data's bytes. */
    private static int lengthField(NDManager manager, Shape shape, int start) {
        byte[] alone = manager.zeros(shape).encode();
        return start + alone.length - (int) shape.size() * Float.BYTES - Integer.BYTES;
    }

    private static Optional<String> problem(byte[] file) throws IOException {
        return DeclaredArrays.problem(new ByteArrayInputStream(file), file.length);
    }

    @Test
    void engineEncoding_declaresWhatItHolds() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            assertEquals(Optional.empty(), problem(encoded(manager)));
        }
    }

    @Test
    void lengthDeclaringTwoGigabytes_isRefusedBeforeAnythingIsReserved() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            byte[] file = encoded(manager);
            int first = indexOf(file, MARKER, 0);
            int second = indexOf(file, MARKER, lengthField(manager, new Shape(2, 3), first) + 4 + 24);
            int field = lengthField(manager, new Shape(4), second);
            assertEquals(16, ByteBuffer.wrap(file, field, 4).getInt(), "test setup: the second array's length");
            ByteBuffer.wrap(file, field, 4).putInt(Integer.MAX_VALUE - 15);
            assertEquals(Optional.of("file is truncated or corrupt: array 2 declares 2147483632 bytes, but 16 follow"),
                    problem(file));
        }
    }

    @Test
    void fileCutInsideAnArraysData_isTruncated() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            byte[] file = encoded(manager);
            Optional<String> problem = problem(Arrays.copyOf(file, file.length - 5));
            assertTrue(problem.orElse("").startsWith("file is truncated or corrupt: array 2 declares 16 bytes"),
                    problem.toString());
        }
    }

    @Test
    void absurdDimensionCount_isRefused() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            byte[] file = encoded(manager);
            // The dimension count follows the data type's name.
            byte[] type = {0, 7, 'F', 'L', 'O', 'A', 'T', '3', '2'};
            int dimensions = indexOf(file, type, indexOf(file, MARKER, 0)) + type.length;
            assertEquals(2, ByteBuffer.wrap(file, dimensions, 4).getInt(), "test setup: the dimension count");
            ByteBuffer.wrap(file, dimensions, 4).putInt(1_000_000_000);
            assertEquals(Optional.of("file is corrupt: array 1 declares 1000000000 dimensions"), problem(file));
        }
    }

    @Test
    void markerBytesInsideData_areNotTakenForAHeader() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            // Five floats whose bytes spell a marker, version 1, two empty names and 2147483647
            // dimensions: read as a header, they would be refused.
            byte[] header = {0, 4, 'N', 'D', 'A', 'R', 0, 0, 0, 1, 0, 0, 0, 0, 0x7f, -1, -1, -1, 0, 0};
            float[] values = new float[5];
            ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            byte[] file = new NDList(manager.create(values), manager.ones(new Shape(3))).encode();
            assertTrue(indexOf(file, header, 10) > 0, "test setup: the data holds the header's bytes");
            assertEquals(Optional.empty(), problem(file));
        }
    }

    private static int indexOf(byte[] file, byte[] part, int from) {
        for (int i = from; i + part.length <= file.length; i++) {
            if (Arrays.equals(file, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found after " + from);
    }
}
