package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The editor driven like a user: paint, undo, save and open, bad files, models, gallery. */
class EditorEndToEndTest extends EditorRobot {

    private static final int SIDE = 512;

    @Start
    void start(Stage stage) throws Exception {
        openEditor(stage);
    }

    @Stop
    void stop() {
        closeEditor();
    }

    private void chooseRed(FxRobot robot) {
        robot.clickOn("#tool-color");
        fx(() -> {
            window.tools().colorProperty().set(0xFF0000);
            window.tools().radiusProperty().set(40);
            return null;
        });
    }

    @Test
    void colorStroke_drawnOnCanvas_pullsResultTowardStrokeColor(FxRobot robot) {
        awaitReady();
        int[] before = canvasPixels(robot);
        chooseRed(robot);
        paint(robot, 60, 256, 200, 256, 340, 256, 452, 256);
        int[] after = canvasPixels(robot);
        double was = redness(before, SIDE, 80, 236, 432, 276);
        double now = redness(after, SIDE, 80, 236, 432, 276);
        assertTrue(now > was + 0.05, "redness in the stroke went from " + was + " to " + now);
        assertEquals(1, fx(() -> editor().strokesProperty().get().strokes().size()));
    }

    @Test
    void undo_afterStroke_restoresPreviousResultAndStrokes(FxRobot robot) {
        awaitReady();
        int[] before = canvasPixels(robot);
        chooseRed(robot);
        paint(robot, 100, 100, 400, 120);
        int[] painted = canvasPixels(robot);
        assertFalse(Arrays.equals(before, painted), "the stroke changed the result");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil("the undo", () -> editor().strokesProperty().get().isEmpty() && live().isIdle());
        assertArrayEquals(before, canvasPixels(robot));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the redo", () -> editor().strokesProperty().get().strokes().size() == 1 && live().isIdle());
        // Redo brings back the stroke's result exactly, not a fresh optimisation of it.
        assertArrayEquals(painted, canvasPixels(robot));
    }

    @Test
    void saveThenOpen_session_roundTripsExactly(FxRobot robot) throws Exception {
        awaitReady();
        chooseRed(robot);
        paint(robot, 50, 400, 450, 380);
        robot.clickOn("#tool-sketch");
        paint(robot, 0, 200, 512, 220);
        ConstraintSet strokes = fx(() -> editor().strokesProperty().get());
        float[] z = fx(() -> live().currentZ());
        int[] pixels = canvasPixels(robot);
        Path file = dataDir.resolve("round trip.lbrush");

        dialogs.answers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the save", () -> Files.exists(file) && !window.files().dirtyProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil("a new painting", () -> editor().strokesProperty().get().isEmpty() && live().isIdle());

        dialogs.answers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil("the session to open", () -> !editor().strokesProperty().get().isEmpty() && live().isIdle());
        assertEquals(strokes, fx(() -> editor().strokesProperty().get()));
        assertArrayEquals(z, fx(() -> live().currentZ()));
        assertArrayEquals(pixels, canvasPixels(robot));
        assertEquals("round trip.lbrush \u2014 Latent Brush", fx(() -> window.stage().getTitle()));
    }

    @Test
    void openCorruptSession_showsErrorAndKeepsPainting(FxRobot robot) throws Exception {
        awaitReady();
        chooseRed(robot);
        paint(robot, 100, 300, 400, 300);
        ConstraintSet strokes = fx(() -> editor().strokesProperty().get());
        int[] pixels = canvasPixels(robot);
        Path bad = dataDir.resolve("broken.lbrush");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        dialogs.answers.add(bad);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil("the offer to save", () -> robot.lookup("Don't Save").tryQuery().isPresent());
        robot.clickOn("Don't Save");
        waitUntil("the error dialog", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = fx(() -> pane.getHeaderText() + "\n" + ((Label) pane.getContent()).getText());
        assertTrue(text.contains("Could not open broken.lbrush"), text);
        assertTrue(text.contains("painting is unchanged"), text);
        robot.clickOn("OK");
        waitUntil("the dialog to close", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        assertEquals(strokes, fx(() -> editor().strokesProperty().get()));
        assertArrayEquals(pixels, canvasPixels(robot));
    }

    @Test
    void modelPicker_openFolder_switchesModelAndKeepsStrokes(FxRobot robot) {
        awaitReady();
        chooseRed(robot);
        paint(robot, 100, 100, 300, 100);
        Path second = TinyModelFolders.second();

        dialogs.answers.add(second);
        robot.clickOn("#model-picker");
        robot.clickOn("Open model folder\u2026");
        waitUntil("the second model", () -> live().modelProperty().get() != null
                && "tiny-b".equals(live().modelProperty().get().name()) && live().isIdle());
        String details = fx(() -> robot.lookup("#model-details").queryAs(Label.class).getText());
        assertTrue(details.contains("Tiny tiny-b") && details.contains("16\u00d716"), details);
        assertEquals(1, fx(() -> editor().strokesProperty().get().strokes().size()));
        assertNotNull(fx(() -> live().resultProperty().get()));
    }

    @Test
    void modelPicker_builtInShoeModel_switchesToGrey32AndKeepsStrokes(FxRobot robot) {
        awaitReady();
        chooseRed(robot);
        paint(robot, 100, 100, 300, 100);

        robot.clickOn("#model-picker");
        robot.clickOn("shoes-32");
        waitUntil("a result of the shoe model", () -> live().modelProperty().get() != null
                && "shoes-32".equals(live().modelProperty().get().name()) && live().isIdle()
                && live().resultProperty().get() != null
                && live().resultProperty().get().width() == 32);
        assertEquals(1, fx(() -> live().resultProperty().get().channels()));
        assertEquals(1, fx(() -> editor().strokesProperty().get().strokes().size()));
        // The canvas shows the grey model's image: red, green and blue agree in every pixel.
        int[] shown = canvasPixels(robot);
        long coloured = Arrays.stream(shown).filter(p -> ((p >> 16) & 0xFF) != (p & 0xFF)
                || ((p >> 8) & 0xFF) != (p & 0xFF)).count();
        assertEquals(0, coloured, "pixels with colour on a grey model's canvas");
        assertTrue(Arrays.stream(shown).map(p -> p & 0xFF).distinct().count() > 10,
                "the canvas shows an image, not a flat fill");
    }

    @Test
    void builtInLandscapeModel_drawsItsResultThroughTheLearnedUpscaler_andUTogglesIt(FxRobot robot) {
        awaitReady();
        robot.clickOn("#model-picker");
        robot.clickOn("landscape-64");
        waitUntil("a result of the landscape model", () -> live().modelProperty().get() != null
                && "landscape-64".equals(live().modelProperty().get().name()) && live().isIdle()
                && live().resultProperty().get() != null);
        waitUntil("the caption naming the learned upscaler", () -> caption(robot).contains("learned \u00d74 (landscape-x4)"));
        int[] sharp = canvasPixels(robot);
        robot.clickOn("#canvas-caption");
        robot.type(javafx.scene.input.KeyCode.U);
        waitUntil("the caption naming smooth scaling", () -> caption(robot).contains("switched off"));
        int[] smooth = canvasPixels(robot);
        assertEquals(sharp.length, smooth.length);
        long differing = java.util.stream.IntStream.range(0, sharp.length).filter(i -> sharp[i] != smooth[i]).count();
        assertTrue(differing > sharp.length / 4, "the learned and the smooth enlargement look alike: " + differing
                + " of " + sharp.length + " pixels differ");
        robot.type(javafx.scene.input.KeyCode.U);
        waitUntil("the learned upscaler back", () -> caption(robot).contains("learned"));
    }

    private String caption(FxRobot robot) {
        return fx(() -> robot.lookup("#canvas-caption").queryAs(Label.class).getText());
    }

    @Test
    void galleryClick_candidate_becomesResult(FxRobot robot) {
        awaitReady();
        chooseRed(robot);
        paint(robot, 80, 80, 420, 420);
        // Settled, not caught mid-edit: a drawn stroke's last edit continues the ones before it.
        waitUntil("a full gallery once the stroke settles", () -> live().isIdle() && live().candidates().size() >= 6);
        int[] before = canvasPixels(robot);
        float[] picked = fx(() -> live().candidates().get(5).image().data().clone());
        float[] pickedZ = fx(() -> live().candidates().get(5).z().clone());

        robot.clickOn("#candidate-5");
        waitUntil("the pick", () -> live().isIdle() && Arrays.equals(pickedZ, live().currentZ()));
        assertArrayEquals(picked, fx(() -> live().resultProperty().get().data()));
        assertFalse(Arrays.equals(before, canvasPixels(robot)), "the canvas shows the picked candidate");
        assertEquals("Pick candidate 6", fx(() -> editor().history().edits().get(1).name()));
    }
}
