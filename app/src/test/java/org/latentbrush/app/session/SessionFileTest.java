package org.latentbrush.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

class SessionFileTest {

    @TempDir
    Path dir;

    private static Session session(float[] anchor) {
        ConstraintSet strokes = ConstraintSet.empty(512, 512)
                .with(Stroke.color(0x3a8f2c, 12.5, 10.25, 400, 200.125, 410))
                .with(Stroke.sketch(3, 0, 250, 512, 240))
                .with(Stroke.erase(8, 100, 100));
        float[] z = {0.1f, -0.7f, 1e-7f, 0.33333334f};
        float[] start = {0f, 0.5f, -0.5f, 1f};
        return new Session("tiny-16", "/models/tiny-16", strokes, z, start, anchor,
                new RasterImage(2, 2, 3, new float[12]));
    }

    @Test
    void write_thenRead_roundTripsExactly() throws Exception {
        Session saved = session(new float[] {1f, -0.25f, 0.5f, -1f});
        Path file = dir.resolve("a.lbrush");
        SessionFile.write(saved, file);
        Session read = SessionFile.read(file);
        assertEquals(saved.strokes(), read.strokes());
        assertArrayEquals(saved.z(), read.z());
        assertArrayEquals(saved.start(), read.start());
        assertArrayEquals(saved.anchor(), read.anchor());
        assertEquals("tiny-16", read.modelName());
        assertEquals("/models/tiny-16", read.modelReference());
    }

    @Test
    void write_noAnchor_readsNullAnchorAndHasThumbnail() throws Exception {
        Path file = dir.resolve("b.lbrush");
        SessionFile.write(session(null), file);
        assertNull(SessionFile.read(file).anchor());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertTrue(zip.getEntry("thumbnail.png") != null);
            assertTrue(zip.getEntry("strokes.json") != null);
        }
    }

    @Test
    void write_withoutPhoto_staysVersionOne() throws Exception {
        Path file = dir.resolve("v1.lbrush");
        SessionFile.write(session(null), file);
        assertTrue(manifest(file).contains("\"version\" : 1"), manifest(file));
    }

    @Test
    void write_withPhoto_isVersionTwoAndRoundTripsPhotoBytesZ0AndTunedGenerator() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
        byte[] tuned = {9, 8, 7, 6, 5};
        Session plain = session(null);
        SessionPhoto photo = new SessionPhoto("beach.jpeg", jpeg, new float[] {0.5f, 0.25f, 0f, -1f}, 21.5, "hybrid",
                tuned, new int[] {3, 0, 40});
        Session saved = new Session(plain.modelName(), plain.modelReference(), plain.strokes(), plain.z(),
                plain.start(), null, null, photo);
        Path file = dir.resolve("photo.lbrush");
        SessionFile.write(saved, file);
        assertTrue(manifest(file).contains("\"version\" : 2"), manifest(file));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertTrue(zip.getEntry("photo.jpg") != null);
        }
        SessionPhoto read = SessionFile.read(file).photo();
        assertEquals("beach.jpeg", read.name());
        assertArrayEquals(jpeg, read.content());
        assertArrayEquals(photo.z0(), read.z0());
        assertEquals(21.5, read.psnr());
        assertEquals("hybrid", read.method());
        assertArrayEquals(tuned, read.tunedWeights(), "the tuned generator comes back exactly");
        assertArrayEquals(new int[] {3, 0, 40}, read.square());
    }

    @Test
    void read_photoWithoutZ0_comesBackUnprojected() throws Exception {
        Session plain = session(null);
        Session saved = new Session(plain.modelName(), plain.modelReference(), plain.strokes(), plain.z(),
                plain.start(), null, null, new SessionPhoto("p.png", new byte[] {1}, null, Double.NaN, null, null, null));
        Path file = dir.resolve("unprojected.lbrush");
        SessionFile.write(saved, file);
        SessionPhoto read = SessionFile.read(file).photo();
        assertNull(read.z0());
        assertTrue(Double.isNaN(read.psnr()));
        assertNull(read.method());
    }

    private static String manifest(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("session.json")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void read_notAZip_failsNamingFile() throws IOException {
        Path file = dir.resolve("junk.lbrush");
        Files.writeString(file, "this is not a zip file at all");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.read(file));
        assertTrue(e.getMessage().startsWith("junk.lbrush: not a session file"), e.getMessage());
    }

    @Test
    void read_missingFile_saysNotFound() {
        SessionFormatException e = assertThrows(SessionFormatException.class,
                () -> SessionFile.read(dir.resolve("gone.lbrush")));
        assertEquals("gone.lbrush: file not found", e.getMessage());
    }

    @Test
    void read_wrongLatentLength_saysWhichEntry() throws Exception {
        Path file = zip("short.lbrush", Map.of(
                "session.json", "{\"format\":\"latent-brush-session\",\"version\":1,"
                        + "\"model\":{\"name\":\"m\",\"latentSize\":4}}",
                "strokes.json", "{\"format\":\"latent-brush-strokes\",\"version\":1,"
                        + "\"canvas\":{\"width\":512,\"height\":512},\"strokes\":[]}",
                "z.f32", "abc",
                "start.f32", "abcdabcdabcdabcd"));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.read(file));
        assertTrue(e.getMessage().contains("z.f32 holds 3 bytes; expected 16"), e.getMessage());
    }

    @Test
    void read_latentOutsideThePrior_isRefusedNamingEntryAndValue() throws Exception {
        // Finite but absurd: such a latent draws a black picture without a word.
        Session absurd = new Session("tiny-16", "tiny-16", ConstraintSet.empty(512, 512),
                new float[] {0.1f, 3e38f, 0f, 0f}, new float[4], null, null);
        Path file = dir.resolve("absurd.lbrush");
        SessionFile.write(absurd, file);
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.read(file));
        assertTrue(e.getMessage().contains("absurd.lbrush: z.f32 holds 3.0E38"), e.getMessage());
        assertTrue(e.getMessage().contains("between -1 and 1"), e.getMessage());
    }

    @Test
    void read_badStrokes_reportsStrokeProblem() throws Exception {
        Path file = zip("strokes.lbrush", Map.of(
                "session.json", "{\"format\":\"latent-brush-session\",\"version\":1,"
                        + "\"model\":{\"name\":\"m\",\"latentSize\":1}}",
                "strokes.json", "{\"format\":\"latent-brush-strokes\",\"version\":1,"
                        + "\"canvas\":{\"width\":512,\"height\":512},\"strokes\":[{\"tool\":\"color\"}]}"));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.read(file));
        assertTrue(e.getMessage().contains("strokes.json: stroke 1"), e.getMessage());
    }

    @Test
    void read_newerVersion_saysUnsupported() throws Exception {
        Path file = zip("v9.lbrush", Map.of("session.json",
                "{\"format\":\"latent-brush-session\",\"version\":9,\"model\":{\"name\":\"m\",\"latentSize\":1}}"));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.read(file));
        assertTrue(e.getMessage().contains("version 9 is not supported"), e.getMessage());
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
