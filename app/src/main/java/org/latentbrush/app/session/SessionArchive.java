package org.latentbrush.app.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.latentbrush.bridge.io.FreeMemory;
import org.latentbrush.bridge.io.IoMessages;

/**
 * Reads the entries of a session file (a zip archive) into memory, with every limit checked from
 * the archive's directory before a byte of any entry is read.
 *
 * <p>The directory at the end of a zip declares each entry's size. A session is refused when it
 * holds too many entries, when an entry declares more than its limit, or when all of them together
 * would not fit in the memory left: a damaged or hostile file is turned away with one line, and a
 * real but too large one with what to do, rather than failing half way with the heap exhausted.
 * Declared sizes are checked again while reading, since a damaged archive may not hold what it says.
 */
final class SessionArchive {

    /** A session holds at most eleven entries; anything much larger is not a session. */
    static final int MAX_ENTRIES = 16;
    /** The limit of every entry but the photo's: a long session's history is a few megabytes. */
    static final long MAX_ENTRY_BYTES = 64L << 20;
    /** A photo file may be larger: a 100-megapixel PNG, the most the photo reader opens, can be. */
    static final long MAX_PHOTO_BYTES = 512L << 20;
    /** Deflate's best ratio is 1032:1; an entry claiming more than that of its stored bytes is damaged. */
    private static final long MAX_DEFLATE_RATIO = 1032;
    /** Every zip file starts with a local entry header's signature, "PK\3\4". */
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private SessionArchive() {}

    /**
     * Reads every entry.
     *
     * @param file the session file
     * @param memory the memory left, normally {@link FreeMemory#heap()}
     * @return the entries' contents by name; never empty
     * @throws SessionFormatException naming the file, the entry when there is one, and the problem
     */
    static Map<String, byte[]> read(Path file, FreeMemory memory) throws SessionFormatException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) == 0) {
                throw new SessionFormatException(name + ": " + IoMessages.EMPTY_FILE);
            }
        } catch (NoSuchFileException e) {
            throw new SessionFormatException(name + ": file not found", e);
        } catch (IOException e) {
            throw new SessionFormatException(name + ": cannot be read: " + IoMessages.reason(e), e);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            checkDeclared(entries, name, memory);
            Map<String, byte[]> contents = new HashMap<>();
            for (ZipEntry e : entries) {
                if (!e.isDirectory()) {
                    contents.put(e.getName(), readEntry(zip, e, name));
                }
            }
            if (contents.isEmpty()) {
                throw new SessionFormatException(name + ": not a session file (no zip entries)");
            }
            return contents;
        } catch (ZipException e) {
            throw new SessionFormatException(name + (startsLikeZip(file)
                    ? ": the file is damaged or truncated (its zip directory cannot be read: " + e.getMessage() + ")"
                    : ": not a session file (not a zip archive)"), e);
        } catch (IOException e) {
            throw new SessionFormatException(name + ": cannot be read: " + IoMessages.reason(e), e);
        }
    }

    /** The checks that need only the archive's directory: entry count, sizes and memory. */
    private static void checkDeclared(List<? extends ZipEntry> entries, String name, FreeMemory memory)
            throws SessionFormatException {
        if (entries.size() > MAX_ENTRIES) {
            throw new SessionFormatException(name + ": holds more than " + MAX_ENTRIES
                    + " entries; this is not a session file");
        }
        long total = 0;
        ZipEntry largest = null;
        for (ZipEntry e : entries) {
            if (e.isDirectory()) {
                continue;
            }
            long size = e.getSize();
            long limit = limitOf(e.getName());
            if (size < 0 || size > limit) {
                throw new SessionFormatException(name + ": " + e.getName() + " is larger than " + (limit >> 20)
                        + " MB" + (size < 0 ? "" : " (the archive says " + megabytes(size) + ")")
                        + "; this is not a session file, or it is damaged");
            }
            total += size;
            if (largest == null || size > largest.getSize()) {
                largest = e;
            }
        }
        if (largest != null && !memory.fits(total)) {
            throw new SessionFormatException(name + ": opening it needs about " + megabytes(total)
                    + " of memory (" + largest.getName() + " alone holds " + megabytes(largest.getSize())
                    + "), more than the " + (memory.bytes() >> 20) + " MB free; give the editor more memory "
                    + "(e.g. LATENT_BRUSH_JAVA_OPTS=-Xmx4g) and open it again");
        }
    }

    private static long limitOf(String entry) {
        return entry.startsWith(SessionFile.PHOTO + ".") ? MAX_PHOTO_BYTES : MAX_ENTRY_BYTES;
    }

    /** Reads an entry into an array of its declared size, checked when full. */
    private static byte[] readEntry(ZipFile zip, ZipEntry entry, String name) throws SessionFormatException {
        // Checked before allocating: a declared size no stored data can unpack to is not worth the memory.
        if (entry.getSize() > Math.max(0, entry.getCompressedSize()) * MAX_DEFLATE_RATIO) {
            throw new SessionFormatException(name + ": " + entry.getName() + " is damaged (the archive says "
                    + entry.getSize() + " bytes, more than its " + entry.getCompressedSize()
                    + " stored bytes can hold)");
        }
        byte[] content = new byte[(int) entry.getSize()];
        try (InputStream in = zip.getInputStream(entry)) {
            int read = in.readNBytes(content, 0, content.length);
            if (read < content.length || in.read() != -1) {
                throw new SessionFormatException(name + ": " + entry.getName() + " is damaged (the archive says "
                        + entry.getSize() + " bytes, it holds " + (read < content.length ? read : "more") + ")");
            }
            return content;
        } catch (IOException e) {
            throw new SessionFormatException(name + ": " + entry.getName() + " is damaged or truncated ("
                    + IoMessages.reason(e) + ")", e);
        }
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_SIGNATURE.length), ZIP_SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }

    /** Bytes as megabytes, rounded up: what something needs is never understated. */
    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", (bytes + (1 << 20) - 1) >> 20);
    }
}
