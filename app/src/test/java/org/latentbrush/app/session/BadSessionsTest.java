package org.latentbrush.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.io.FreeMemory;

/**
 * Bad session files, as a crash, a full disk or a hostile sender leaves them: each is made here
 * (nothing large: an entry "far larger than the heap" only declares its size in the zip's
 * directory) and must be refused with one line that names the file and the problem, before any
 * entry is read into memory. The command line reads no sessions, so these cases live here.
 */
class BadSessionsTest {

    /** What a line may not contain: exception class names and stack frames. */
    private static final Pattern JAVA_NOISE = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]|java\\.|\\.java:");
    /** Plenty for the small sessions made here, and what the tests of memory refusals pretend is left. */
    private static final FreeMemory PLENTY = () -> 64L << 20;
    private static final FreeMemory TIGHT = () -> 256L << 20;
    private static final FreeMemory GIGABYTE = () -> 1L << 30;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeSessions() throws IOException {
        Path good = dir.resolve("good.lbrush");
        SessionFile.write(paintingWithPhoto(), good);
        byte[] zip = Files.readAllBytes(good);
        Files.write(dir.resolve("empty.lbrush"), new byte[0]);
        Files.write(dir.resolve("cut.lbrush"), Arrays.copyOf(zip, zip.length / 2));
        Files.write(dir.resolve("cut-directory.lbrush"), Arrays.copyOf(zip, zip.length - 30));
        Files.writeString(dir.resolve("text.lbrush"), "a painting, honestly");
        Files.write(dir.resolve("huge-latent.lbrush"), declaring(zip, "z.f32", 2_000_000_000L));
        Files.write(dir.resolve("huge-photo.lbrush"), declaring(zip, "photo.png", 600L << 20));
        Files.write(dir.resolve("heavy-photo.lbrush"), declaring(zip, "photo.png", 500L << 20));
        Files.write(dir.resolve("understated.lbrush"), declaring(zip, "strokes.json", 10));
        Files.write(dir.resolve("garbled.lbrush"), garbled(zip, "strokes.json"));
        Map<String, byte[]> entries = entries(good);
        write("version-4.lbrush", with(entries, "session.json", manifest(4)));
        write("version-0.lbrush", with(entries, "session.json", manifest(0)));
        write("version-text.lbrush", with(entries, "session.json",
                manifest(1).replace("\"version\":1", "\"version\":\"1\"")));
        write("no-manifest.lbrush", with(entries, "session.json", null));
        write("empty-manifest.lbrush", with(entries, "session.json", ""));
        write("empty-strokes.lbrush", with(entries, "strokes.json", ""));
        write("long-manifest.lbrush", with(entries, "session.json", manifest(1).replace("}}",
                "},\"notes\":[" + "0,".repeat(10_000) + "0]}")));
        Map<String, byte[]> crowded = new LinkedHashMap<>(entries);
        for (int i = 0; crowded.size() <= SessionArchive.MAX_ENTRIES; i++) {
            crowded.put("notes-" + i + ".txt", new byte[] {1});
        }
        write("crowded.lbrush", crowded);
    }

    /** A small painting with a tiny PNG photo, as the editor saves it. */
    private static Session paintingWithPhoto() {
        ConstraintSet strokes = ConstraintSet.empty(512, 512).with(Stroke.color(0x3a8f2c, 12, 10, 400, 200, 410));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        SessionPhoto photo = new SessionPhoto("lake.png", png, null, Double.NaN, null, null, null);
        return new Session("tiny-16", "tiny-16", strokes, new float[] {0.1f, -0.2f, 0.3f, 0f},
                new float[4], null, null, photo);
    }

    private static String manifest(int version) {
        return "{\"format\":\"latent-brush-session\",\"version\":" + version
                + ",\"model\":{\"name\":\"tiny-16\",\"latentSize\":4}}";
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                bad("0-byte file", "empty.lbrush", PLENTY, "empty.lbrush: the file is empty"),
                bad("cut in half", "cut.lbrush", PLENTY, "cut.lbrush: the file is damaged or truncated"),
                bad("directory cut short", "cut-directory.lbrush", PLENTY,
                        "cut-directory.lbrush: the file is damaged or truncated"),
                bad("text", "text.lbrush", PLENTY, "text.lbrush: not a session file (not a zip archive)"),
                bad("missing", "absent.lbrush", PLENTY, "absent.lbrush: file not found"),
                bad("latent declaring 2 GB", "huge-latent.lbrush", FreeMemory.heap(),
                        "huge-latent.lbrush: z.f32 is larger than 64 MB (the archive says 1908 MB)"),
                bad("photo declaring 600 MB", "huge-photo.lbrush", FreeMemory.heap(),
                        "huge-photo.lbrush: photo.png is larger than 512 MB (the archive says 600 MB)"),
                bad("photo of 500 MB, 256 MB free", "heavy-photo.lbrush", TIGHT,
                        "heavy-photo.lbrush: opening it needs about 501 MB of memory (photo.png alone holds 500 MB), "
                                + "more than the 256 MB free; give the editor more memory"),
                bad("photo of 500 MB stored in a few bytes", "heavy-photo.lbrush", GIGABYTE,
                        "heavy-photo.lbrush: photo.png is damaged (the archive says 524288000 bytes, more than its "),
                bad("entry holding more than declared", "understated.lbrush", PLENTY,
                        "understated.lbrush: strokes.json is damaged (the archive says 10 bytes, it holds more)"),
                bad("entry's data garbled", "garbled.lbrush", PLENTY,
                        "garbled.lbrush: strokes.json is damaged or truncated"),
                bad("17 entries", "crowded.lbrush", PLENTY, "crowded.lbrush: holds more than 16 entries"),
                bad("version 4", "version-4.lbrush", PLENTY, "version-4.lbrush: session version 4 is not supported"),
                bad("version 0", "version-0.lbrush", PLENTY, "version-0.lbrush: session version 0 is not supported"),
                bad("version as text", "version-text.lbrush", PLENTY, "session version \"1\" is not supported"),
                bad("no session.json", "no-manifest.lbrush", PLENTY, "no-manifest.lbrush: not a session file (no "
                        + "session.json inside)"),
                bad("empty session.json", "empty-manifest.lbrush", PLENTY, "empty-manifest.lbrush: session.json is empty"),
                bad("empty strokes.json", "empty-strokes.lbrush", PLENTY, "empty-strokes.lbrush: strokes.json is empty"),
                bad("session.json of 10,000 values", "long-manifest.lbrush", PLENTY,
                        "long-manifest.lbrush: session.json holds more than 10000 JSON values"));
    }

    private static Arguments bad(String name, String file, FreeMemory memory, String message) {
        return Arguments.of(name, file, memory, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badSession_isRefusedInOneLineNamingFileAndProblem(String name, String file, FreeMemory memory,
            String message) throws IOException {
        Path path = dir.resolve(file);
        byte[] before = Files.exists(path) ? Files.readAllBytes(path) : null;
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.read(path, memory));
        assertTrue(e.getMessage().startsWith(file + ": "), name + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(message), name + ": should say \"" + message + "\": " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), name + ": " + e.getMessage());
        assertFalse(JAVA_NOISE.matcher(e.getMessage()).find(), name + ": Java internals in: " + e.getMessage());
        if (before != null) {
            assertArrayEquals(before, Files.readAllBytes(path), name + ": the file changed");
        }
    }

    @Test
    void goodSession_opensWhenItsEntriesFitTheMemoryLeft() throws Exception {
        Session read = SessionFile.read(dir.resolve("good.lbrush"), () -> 1L << 20);
        assertArrayEquals(paintingWithPhoto().z(), read.z());
        assertArrayEquals(paintingWithPhoto().photo().content(), read.photo().content());
    }

    @Test
    void goodSession_isRefusedWhenItsEntriesDoNotFit() {
        SessionFormatException e = assertThrows(SessionFormatException.class,
                () -> SessionFile.read(dir.resolve("good.lbrush"), () -> 100));
        assertTrue(e.getMessage().startsWith("good.lbrush: opening it needs about 1 MB of memory"), e.getMessage());
    }

    // ---- making broken archives ----

    /** The zip with one entry's uncompressed size in the central directory replaced. */
    private static byte[] declaring(byte[] zip, String entry, long size) {
        byte[] out = zip.clone();
        int at = centralRecord(out, entry);
        ByteBuffer.wrap(out, at + 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) size);
        return out;
    }

    /** The zip with the compressed bytes of one entry overwritten, its directory intact. */
    private static byte[] garbled(byte[] zip, String entry) {
        byte[] out = zip.clone();
        ByteBuffer central = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        int at = centralRecord(out, entry);
        int local = central.getInt(at + 42);
        int compressed = central.getInt(at + 20);
        int data = local + 30 + central.getShort(local + 26) + central.getShort(local + 28);
        Arrays.fill(out, data, data + compressed, (byte) 0xFF);
        return out;
    }

    /** Where an entry's record in the zip's central directory starts. */
    private static int centralRecord(byte[] zip, String entry) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                return i;
            }
        }
        throw new AssertionError("no entry " + entry + " in the zip's directory");
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }

    /** The entries with one replaced, or removed when {@code text} is null. */
    private static Map<String, byte[]> with(Map<String, byte[]> entries, String name, String text) {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        if (text == null) {
            changed.remove(name);
        } else {
            changed.put(name, text.getBytes(StandardCharsets.UTF_8));
        }
        return changed;
    }

    private static void write(String file, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.write(dir.resolve(file), bytes.toByteArray());
    }
}
