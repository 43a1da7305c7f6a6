package org.latentbrush.bridge.training.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files (optionally gzipped, optionally broken) for tests. */
final class IdxFiles {

    private IdxFiles() {
    }

    /** The bytes of an IDX image file whose header says {@code count × rows × cols}. */
    static byte[] images(int magic, int count, int rows, int cols, byte[] pixels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        out.write(pixels);
        out.flush();
        return bytes.toByteArray();
    }

    /** The bytes of an IDX label file. */
    static byte[] labels(int magic, byte[] labels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(labels.length);
        out.write(labels);
        out.flush();
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code plain} gzipped to {@code file} and returns the file. */
    static Path writeGzip(Path file, byte[] plain) throws IOException {
        return Files.write(file, gzip(plain));
    }

    /** A deterministic pixel pattern: value of byte {@code i} is {@code (i * 37) mod 256}. */
    static byte[] pattern(int length) {
        byte[] pixels = new byte[length];
        for (int i = 0; i < length; i++) {
            pixels[i] = (byte) (i * 37);
        }
        return pixels;
    }
}
