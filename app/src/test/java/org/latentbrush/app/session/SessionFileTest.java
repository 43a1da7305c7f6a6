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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.history.AddStrokeEdit;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.PickCandidateEdit;
import org.latentbrush.app.history.SavedEdit;
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

    /** Strokes drawn one after another: each edit adds one, and the last two were undone. */
    private static SessionHistory strokesHistory(int count) {
        List<SavedEdit> edits = new ArrayList<>();
        ConstraintSet set = ConstraintSet.empty(512, 512);
        float[] start = {0f, 0.5f, -0.5f, 1f};
        DocumentState before = new DocumentState(set, start, null, null, start, true);
        for (int i = 0; i < count; i++) {
            Stroke s = Stroke.color(0x100000 * (i % 16), 5, i, i, i + 1, i + 2);
            set = set.with(s);
            DocumentState after = new DocumentState(set, new float[] {i / (float) count, 0f, 0f, 0f}, null, null,
                    start, i % 2 == 0);
            edits.add(new SavedEdit(AddStrokeEdit.KIND, before, after, s, 0));
            before = after;
        }
        return SessionHistory.of(edits, Math.max(0, count - 2));
    }

    @Test
    void write_withHistory_isVersionThreeAndRoundTripsEditsAndPosition() throws Exception {
        SessionHistory history = strokesHistory(5);
        DocumentState last = history.edits().get(4).after();
        float[] anchor = {0.25f, 0f, 0f, 0f};
        DocumentState picked = new DocumentState(last.strokes(), anchor, null, anchor, last.start(), true);
        history = SessionHistory.of(history.edits(), 5).with(new SavedEdit(PickCandidateEdit.KIND, last, picked,
                null, 3));
        Path file = dir.resolve("history.lbrush");
        SessionFile.write(session(null).withHistory(history), file);
        assertTrue(manifest(file).contains("\"version\" : 3"), manifest(file));

        SessionHistory read = SessionFile.read(file).history();
        assertNull(read.problem());
        assertEquals(6, read.position());
        assertEquals(6, read.edits().size());
        for (int i = 0; i < 6; i++) {
            SavedEdit saved = history.edits().get(i);
            SavedEdit back = read.edits().get(i);
            assertEquals(saved.kind(), back.kind());
            assertEquals(saved.stroke(), back.stroke());
            assertEquals(saved.rank(), back.rank());
            assertEquals(saved.before().strokes(), back.before().strokes());
            assertEquals(saved.after().strokes(), back.after().strokes());
            assertArrayEquals(saved.after().z(), back.after().z());
            assertArrayEquals(saved.after().start(), back.after().start());
            assertArrayEquals(saved.after().anchor(), back.after().anchor());
            assertEquals(saved.after().settled(), back.after().settled());
        }
        assertEquals("Pick candidate 3", read.edits().get(5).toEdit().name());
    }

    @Test
    void write_withHistory_storesEachStrokeAndLatentOnce() throws Exception {
        Path file = dir.resolve("compact.lbrush");
        SessionFile.write(session(null).withHistory(strokesHistory(20)), file);
        String json = entry(file, "history.json");
        // 20 strokes in the pool, though the documents name 20 * 21 / 2 + 20 * 19 / 2 of them.
        assertEquals(20, json.split("\"tool\"").length - 1, json);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            // The start and one result per edit: 21 latents of 4 floats.
            assertEquals(21 * 16, zip.getEntry("history.f32").getSize());
        }
    }

    @Test
    void write_longHistory_keepsTheNewestEdits() throws Exception {
        SessionHistory history = strokesHistory(HistoryWriter.MAX_EDITS + 30);
        Path file = dir.resolve("long.lbrush");
        SessionFile.write(session(null).withHistory(history), file);
        SessionHistory read = SessionFile.read(file).history();
        assertEquals(HistoryWriter.MAX_EDITS, read.edits().size());
        assertEquals(history.position() - 30, read.position());
        assertEquals(history.edits().get(history.edits().size() - 1).stroke(),
                read.edits().get(read.edits().size() - 1).stroke());
    }

    @Test
    void read_damagedHistory_opensTheRestAndSaysWhatIsWrong() throws Exception {
        Session saved = session(null).withHistory(strokesHistory(3));
        Path good = dir.resolve("good.lbrush");
        SessionFile.write(saved, good);
        Path file = dir.resolve("damaged.lbrush");
        Map<String, byte[]> entries = entries(good);
        entries.put("history.json", new String(entries.get("history.json"), StandardCharsets.UTF_8)
                .replace("\"before\":1", "\"before\":99").getBytes(StandardCharsets.UTF_8));
        write(file, entries);

        Session read = SessionFile.read(file);
        assertEquals(saved.strokes(), read.strokes());
        assertArrayEquals(saved.z(), read.z());
        assertTrue(read.history().isEmpty());
        assertEquals("damaged.lbrush: history.json: edit 1: field 'before' must be a whole number from 0 to 3 "
                + "(4 to choose from), was 99", read.history().problem());
    }

    @Test
    void read_emptyHistory_opensTheRestAndSaysItIsEmpty() throws Exception {
        Path good = dir.resolve("good.lbrush");
        SessionFile.write(session(null).withHistory(strokesHistory(2)), good);
        Map<String, byte[]> entries = entries(good);
        entries.put("history.json", new byte[0]);
        Path file = dir.resolve("blank.lbrush");
        write(file, entries);
        Session read = SessionFile.read(file);
        assertTrue(read.history().isEmpty());
        assertEquals("blank.lbrush: history.json is empty", read.history().problem());
    }

    @Test
    void read_historyWithLatentOutsideThePrior_isLeftOutNamingTheEntry() throws Exception {
        Path good = dir.resolve("good.lbrush");
        SessionFile.write(session(null).withHistory(strokesHistory(2)), good);
        Map<String, byte[]> entries = entries(good);
        entries.put("history.f32", Latents.toBytes(new float[] {2f, 0f, 0f, 0f}));
        Path file = dir.resolve("far.lbrush");
        write(file, entries);
        String problem = SessionFile.read(file).history().problem();
        assertTrue(problem.startsWith("far.lbrush: history.f32 holds 2.0"), problem);
    }

    @Test
    void read_versionTwoWithoutHistory_opensWithNone() throws Exception {
        Path file = zip("v2.lbrush", Map.of(
                "session.json", "{\"format\":\"latent-brush-session\",\"version\":2,"
                        + "\"model\":{\"name\":\"m\",\"latentSize\":1}}",
                "strokes.json", "{\"format\":\"latent-brush-strokes\",\"version\":1,"
                        + "\"canvas\":{\"width\":512,\"height\":512},\"strokes\":[]}",
                "z.f32", "\0\0\0\0",
                "start.f32", "\0\0\0\0"));
        Session read = SessionFile.read(file);
        assertTrue(read.history().isEmpty());
        assertNull(read.history().problem());
    }

    private static String entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }

    private static void write(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
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
