package org.latentbrush.bridge.optim;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentbrush.bridge.io.AtomicFiles;

/**
 * A {@link StartBank}'s thumbnails kept on disk, so that the editor renders them once per model
 * and machine instead of at every launch.
 *
 * <p>The file is the engine's own cache, never the user's input: one that does not match the model
 * exactly (another fingerprint or shape, a version this build does not write, a short or damaged
 * file) is ignored and the bank rendered again, which then replaces it. Written atomically.
 *
 * <p>Layout, big-endian: the magic {@code LBSB}, the format version, the weights' fingerprint (UTF),
 * the latent size, image size, channels, thumbnail side and capacity (ints), then the thumbnails,
 * one byte per value.
 */
final class StartBankFile {

    private static final int MAGIC = 0x4C425342;
    private static final int VERSION = 1;

    private StartBankFile() {}

    /** The cache file of a model's bank in a folder. */
    static Path in(Path folder, String fingerprint) {
        return folder.resolve("start-bank-" + fingerprint.replaceAll("[^0-9A-Za-z]", "") + ".bin");
    }

    /**
     * Fills an empty bank from its cache file when the file matches it.
     *
     * @param file the cache file
     * @param bank the bank to fill
     * @param fingerprint the fingerprint of the weights the bank belongs to
     * @return whether the bank was filled
     */
    static boolean restore(Path file, StartBank bank, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file);
                DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() != MAGIC || data.readInt() != VERSION || !data.readUTF().equals(fingerprint)
                    || data.readInt() != bank.latentSize() || data.readInt() != bank.imageSize()
                    || data.readInt() != bank.channels() || data.readInt() != bank.thumbSide()
                    || data.readInt() != bank.capacity()) {
                return false;
            }
            byte[] thumbs = new byte[bank.thumbs().length];
            data.readFully(thumbs);
            if (data.read() != -1) {
                return false;
            }
            bank.restore(thumbs);
            return true;
        } catch (IOException | RuntimeException e) {
            // A damaged or foreign cache is rendered again and replaced.
            return false;
        }
    }

    /**
     * Writes a complete bank's cache file.
     *
     * @param file where
     * @param bank the complete bank
     * @param fingerprint the fingerprint of its weights
     * @throws IOException when it cannot be written (the bank works on without it)
     */
    static void write(Path file, StartBank bank, String fingerprint) throws IOException {
        if (!bank.isComplete()) {
            throw new IllegalArgumentException("only a complete bank is kept");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(bank.thumbs().length + 128);
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeUTF(fingerprint);
            data.writeInt(bank.latentSize());
            data.writeInt(bank.imageSize());
            data.writeInt(bank.channels());
            data.writeInt(bank.thumbSide());
            data.writeInt(bank.capacity());
            data.write(bank.thumbs());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
