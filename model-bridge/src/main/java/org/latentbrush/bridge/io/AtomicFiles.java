package org.latentbrush.bridge.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes files so that a reader sees either the old content or the new, never half of one.
 *
 * <p>The content goes to a temporary file beside the target, which then replaces the target in one
 * rename. A crash mid-write leaves the old file untouched.
 */
public final class AtomicFiles {

    private static final String TEMP_SUFFIX = ".tmp";
    /** Age after which a leftover temporary file is known to belong to a write that died. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private AtomicFiles() {}

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the content.
         *
         * @param out the stream to write to; the caller closes it
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes bytes atomically.
     *
     * @param target the file to create or replace
     * @param content the new content
     * @throws IOException if the file cannot be written; the old file is then unchanged
     */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Writes a file atomically through a stream.
     *
     * @param target the file to create or replace
     * @param writer what writes the content
     * @throws IOException if the file cannot be written; the old file is then unchanged
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
            removeStaleTemps(dir, absolute.getFileName().toString());
        } catch (IOException e) {
            throw new IOException(target + ": cannot be written: " + IoMessages.reason(e), e);
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), TEMP_SUFFIX);
        } catch (IOException e) {
            throw new IOException(target + ": cannot be written: " + IoMessages.reason(e), e);
        }
        try {
            makeReadable(temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            // The user named the target; the hidden temporary file means nothing to them.
            throw new IOException(target + ": cannot be written: " + IoMessages.reason(e), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes temporary files of earlier writes of the same file that were killed before they
     * could clean up: any {@code .NAME…tmp} older than {@link #STALE_AFTER}, which no live write
     * takes.
     */
    private static void removeStaleTemps(Path dir, String name) throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_AFTER));
        String prefix = "." + name;
        DirectoryStream.Filter<Path> ours = p -> {
            String file = p.getFileName().toString();
            return file.startsWith(prefix) && file.endsWith(TEMP_SUFFIX);
        };
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ours)) {
            for (Path temp : temps) {
                try {
                    if (Files.isRegularFile(temp) && Files.getLastModifiedTime(temp).compareTo(cutoff) < 0) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException e) {
                    // Another process's file, or gone already: leave it.
                }
            }
        }
    }

    private static void makeReadable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the default permissions are already usual.
        }
    }
}
