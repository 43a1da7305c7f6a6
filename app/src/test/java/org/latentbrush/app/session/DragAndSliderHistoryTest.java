package org.latentbrush.app.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.history.AddStrokeEdit;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.DragEdit;
import org.latentbrush.app.history.SavedEdit;
import org.latentbrush.app.history.SliderEdit;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

/** Sessions keep drags and slider moves in their undo history, with the names the history showed. */
class DragAndSliderHistoryTest {

    @TempDir
    Path dir;

    private static final float[] START = {0f, 0.5f, -0.5f, 1f};

    /** A stroke, a drag and a slider's move, one after another, all applied. */
    private static SessionHistory history() {
        Stroke s = Stroke.color(0xFF0000, 5, 10, 10, 20, 20);
        ConstraintSet none = ConstraintSet.empty(512, 512);
        DocumentState empty = new DocumentState(none, START, null, null, START, true);
        DocumentState stroked = new DocumentState(none.with(s), new float[] {0.1f, 0f, 0f, 0f}, null, null, START,
                true);
        DocumentState dragged = new DocumentState(none.with(s), new float[] {0.2f, 0f, 0f, 0f}, null, null, START,
                true);
        DocumentState slid = new DocumentState(none.with(s), new float[] {0.2f, 0.3f, 0f, 0f}, null, null, START,
                true);
        return SessionHistory.of(List.of(
                new SavedEdit(AddStrokeEdit.KIND, empty, stroked, s, 0),
                SavedEdit.of(new DragEdit(stroked, dragged, DragEdit.name(2, true))),
                SavedEdit.of(new SliderEdit(dragged, slid, SliderEdit.name("Dusk", 1.5)))), 3);
    }

    private static Session session() {
        DocumentState last = history().edits().get(2).after();
        return new Session("tiny-16", "/models/tiny-16", last.strokes(), last.z(), START, null,
                new RasterImage(2, 2, 3, new float[12])).withHistory(history());
    }

    @Test
    void write_thenRead_keepsTheKindsNamesAndLatents() throws Exception {
        Path file = dir.resolve("dragged.lbrush");
        SessionFile.write(session(), file);
        SessionHistory read = SessionFile.read(file).history();
        assertNull(read.problem());
        assertEquals(3, read.position());
        assertEquals(List.of(AddStrokeEdit.KIND, DragEdit.KIND, SliderEdit.KIND),
                read.edits().stream().map(SavedEdit::kind).toList());
        assertEquals(List.of("Colour stroke #ff0000", "Drag 2 points (stopped)", "Slider Dusk +1.5"),
                read.edits().stream().map(e -> e.toEdit().name()).toList());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(history().edits().get(i).after().z(), read.edits().get(i).after().z());
            assertArrayEquals(history().edits().get(i).before().z(), read.edits().get(i).before().z());
        }
    }

    @Test
    void read_dragWithoutItsName_takesTheKindsName() throws Exception {
        Map<String, byte[]> entries = rewritten(json -> json.replace(",\"label\":\"Drag 2 points (stopped)\"", ""));
        SessionHistory read = SessionFile.read(write("unnamed.lbrush", entries)).history();
        assertNull(read.problem());
        assertEquals("Drag", read.edits().get(1).toEdit().name());
    }

    @Test
    void read_nameThatIsNoText_leavesTheHistoryOutAndSaysWhy() throws Exception {
        Map<String, byte[]> entries = rewritten(json -> json.replace("\"label\":\"Slider Dusk +1.5\"", "\"label\":7"));
        SessionHistory read = SessionFile.read(write("bad.lbrush", entries)).history();
        assertTrue(read.isEmpty());
        assertEquals("bad.lbrush: history.json: edit 2: field 'label' must be a name of 1 to "
                + HistoryReader.MAX_LABEL + " characters", read.problem());
    }

    private Map<String, byte[]> rewritten(java.util.function.UnaryOperator<String> change) throws IOException {
        Path good = dir.resolve("good.lbrush");
        SessionFile.write(session(), good);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(good.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        String json = new String(entries.get("history.json"), StandardCharsets.UTF_8);
        String changed = change.apply(json);
        assertTrue(!changed.equals(json), "the change applies: " + json);
        entries.put("history.json", changed.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private Path write(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }
}
