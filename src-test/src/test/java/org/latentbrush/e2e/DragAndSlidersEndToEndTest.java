package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The drag tool and the Sliders panel, used like an artist would, on the real engine. */
class DragAndSlidersEndToEndTest extends EditorRobot {

    @Start
    void start(Stage stage) throws Exception {
        openEditor(stage);
    }

    @Stop
    void stop() {
        closeEditor();
    }

    @Test
    void dragTool_handleThenTargetThenStart_movesThePictureAsOneEdit_andUndoRestoresIt(FxRobot robot) {
        awaitReady();
        int[] before = canvasPixels(robot);
        robot.clickOn("#tool-drag");
        clickCanvas(robot, 160, 256);
        clickCanvas(robot, 352, 256);
        waitUntil("the pair on the panel", () -> status(robot).startsWith("1 point"));

        clickInSidePanel(robot, "#drag-start");
        waitUntil("the drag to end", () -> !status(robot).startsWith("1 point")
                && robot.lookup("#drag-stop").query().isDisabled() && live().isIdle());
        String said = fx(() -> status(robot));
        assertEquals(1, (int) fx(() -> editor().history().edits().size()), "the panel says: " + said);
        assertEquals("drag", fx(() -> editor().history().edits().get(0).kind()));
        int[] dragged = canvasPixels(robot);
        assertFalse(Arrays.equals(before, dragged), "the drag changed the picture");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil("the undo", () -> editor().history().positionProperty().get() == 0 && live().isIdle());
        assertArrayEquals(before, canvasPixels(robot));
    }

    @Test
    void slider_movedOnTheBuiltInModel_changesThePictureAsOneEdit_andUndoRestoresIt(FxRobot robot) {
        awaitReady();
        // The tiny test models have no directions; the built-in landscape model ships its sliders.
        robot.clickOn("#model-picker");
        robot.clickOn("landscape-64");
        waitUntil("the landscape model's sliders", () -> live().modelProperty().get() != null
                && "landscape-64".equals(live().modelProperty().get().name()) && live().isIdle()
                && live().resultProperty().get() != null && robot.lookup("#slider-0").tryQuery().isPresent());
        // The model's own image: the canvas's learned enlargement of it arrives a moment after each change.
        float[] before = result();

        Node thumb = robot.lookup("#slider-0 .thumb").query();
        showInSidePanel(robot, thumb);
        Bounds at = fx(() -> thumb.localToScreen(thumb.getBoundsInLocal()));
        dragOnScreen(robot, MouseButton.PRIMARY, at.getCenterX(), at.getCenterY(), at.getCenterX() + 60,
                at.getCenterY());
        waitUntil("the slider's edit", () -> editor().history().edits().size() == 1 && live().isIdle());
        assertEquals("slider", fx(() -> editor().history().edits().get(0).kind()));
        assertFalse(Arrays.equals(before, result()), "the slider changed the picture");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil("the undo", () -> editor().history().positionProperty().get() == 0 && live().isIdle());
        assertArrayEquals(before, result());
    }

    private float[] result() {
        return fx(() -> live().resultProperty().get().data().clone());
    }

    /** Clicks the canvas at a point in canvas coordinates. */
    private void clickCanvas(FxRobot robot, double x, double y) {
        Node canvas = robot.lookup("#canvas").query();
        Point2D p = fx(() -> canvas.localToScreen(x, y));
        dragOnScreen(robot, MouseButton.PRIMARY, p.getX(), p.getY());
    }

    private void clickInSidePanel(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        showInSidePanel(robot, node);
        robot.clickOn(node);
    }

    /** Scrolls the side panel so that a node of it is in view. */
    private static void showInSidePanel(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup(".side-scroll").queryAs(ScrollPane.class);
        fx(() -> {
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                double centre = inContent.getCenterY() - scroll.getViewportBounds().getHeight() / 2;
                scroll.setVvalue(Math.max(0, Math.min(1, centre / hidden)));
            }
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the drag panel says; read on the FX thread. */
    private static String status(FxRobot robot) {
        return robot.lookup("#drag-status").queryAs(javafx.scene.control.Label.class).getText();
    }
}
