package org.latentbrush.app.session;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Latent vectors in a session's {@code .f32} entries: raw little-endian floats without a header,
 * every value in the prior's support [-1, 1].
 */
final class Latents {

    private Latents() {}

    /** The values as little-endian bytes. */
    static byte[] toBytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    /**
     * Reads one latent.
     *
     * @param bytes the entry's content, or {@code null} when it is missing
     * @param entry the entry's name, for messages
     * @param length the latent's length
     * @param name the session file's name, for messages
     * @throws SessionFormatException naming the file, the entry and the problem
     */
    static float[] read(byte[] bytes, String entry, int length, String name) throws SessionFormatException {
        if (bytes == null) {
            throw new SessionFormatException(name + ": not a session file (no " + entry + " inside)");
        }
        if (bytes.length != 4L * length) {
            throw new SessionFormatException(name + ": " + entry + " holds " + bytes.length
                    + " bytes; expected " + 4L * length + " (" + length + " floats)");
        }
        return decode(bytes, entry, name);
    }

    /**
     * Reads latents stored one after the other.
     *
     * @param bytes the entry's content, or {@code null} when it is missing
     * @param entry the entry's name, for messages
     * @param length the length of each latent
     * @param name the session file's name, for messages
     * @return the latents in order
     * @throws SessionFormatException naming the file, the entry and the problem
     */
    static float[][] readAll(byte[] bytes, String entry, int length, String name) throws SessionFormatException {
        if (bytes == null) {
            throw new SessionFormatException(name + ": " + entry + " is missing");
        }
        if (bytes.length % (4L * length) != 0) {
            throw new SessionFormatException(name + ": " + entry + " holds " + bytes.length
                    + " bytes; expected a multiple of " + 4L * length + " (" + length + " floats a latent)");
        }
        float[] all = decode(bytes, entry, name);
        float[][] latents = new float[all.length / length][];
        for (int i = 0; i < latents.length; i++) {
            latents[i] = Arrays.copyOfRange(all, i * length, (i + 1) * length);
        }
        return latents;
    }

    private static float[] decode(byte[] bytes, String entry, String name) throws SessionFormatException {
        float[] values = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        for (float v : values) {
            // Latents live in the prior's support [-1, 1]; anything else is not a latent.
            if (!(v >= -1f && v <= 1f)) {
                throw new SessionFormatException(name + ": " + entry + " holds " + v
                        + ", but a latent's values lie between -1 and 1");
            }
        }
        return values;
    }
}
