package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.Stroke;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas fills the window, zooms and pans by keys and mouse, and paints where the pointer is. */
class CanvasZoomEndToEndTest extends EditorRobot {

    private static final int SIDE = 512;
    /** The robot moves the pointer to whole pixels: half a pixel, at zoom 2 a quarter unit, and some slack. */
    private static final double POINTER_TOLERANCE = 0.75;

    @Start
    void start(Stage stage) throws Exception {
        openEditor(stage);
    }

    @Stop
    void stop() {
        closeEditor();
    }

    @Test
    void zoomKeysAndPan_resizeAndMoveTheCanvas_andAStrokeLandsUnderThePointer(FxRobot robot) {
        awaitReady();
        fx(() -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Stage stage = window.stage();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double fitted = canvasOnScreen(robot).getWidth();
        assertTrue(fitted > SIDE, "a large window shows the canvas larger than 512, was " + fitted);
        assertTrue(zoomText(robot).endsWith("(fit)"), zoomText(robot));

        key(robot, KeyCode.MINUS);
        double smaller = canvasOnScreen(robot).getWidth();
        assertTrue(smaller < fitted, "Ctrl+minus shrinks the canvas: " + smaller + " from " + fitted);
        assertFalse(zoomText(robot).endsWith("(fit)"), zoomText(robot));
        key(robot, KeyCode.DIGIT0);
        assertEquals(fitted, canvasOnScreen(robot).getWidth(), 0.01, "Ctrl+0 fits it again");

        key(robot, KeyCode.DIGIT1);
        assertEquals(SIDE, canvasOnScreen(robot).getWidth(), 0.01, "Ctrl+1 shows one pixel per canvas unit");
        assertEquals("Zoom 100 %", zoomText(robot));
        // 125, 150, 200 %: larger than the window both ways, so it pans both ways.
        key(robot, KeyCode.EQUALS);
        key(robot, KeyCode.EQUALS);
        key(robot, KeyCode.EQUALS);
        assertEquals("Zoom 200 %", zoomText(robot));
        assertEquals(2 * SIDE, canvasOnScreen(robot).getWidth(), 0.01);

        Node view = robot.lookup("#canvas-view").query();
        Bounds shown = fx(() -> view.localToScreen(view.getBoundsInLocal()));
        double cx = Math.round(shown.getCenterX());
        double cy = Math.round(shown.getCenterY());
        Bounds before = canvasOnScreen(robot);
        // Within the pan's reach: zoomed about the centre, the canvas overhangs the headless screen's view by
        // about 70 pixels each side.
        dragOnScreen(robot, MouseButton.MIDDLE, cx, cy, cx - 40, cy - 30);
        Bounds panned = canvasOnScreen(robot);
        assertEquals(before.getMinX() - 40, panned.getMinX(), 1, "the middle button pans left");
        assertEquals(before.getMinY() - 30, panned.getMinY(), 1, "and up");
        robot.press(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        dragOnScreen(robot, MouseButton.PRIMARY, cx, cy, cx + 20, cy + 10);
        robot.release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        panned = canvasOnScreen(robot);
        assertEquals(before.getMinX() - 20, panned.getMinX(), 1, "space and the left button pan too");
        assertEquals(before.getMinY() - 20, panned.getMinY(), 1);
        assertTrue(fx(() -> editor().strokesProperty().get().isEmpty()), "panning paints nothing");

        double[] pointer = {cx - 150, cy - 40, cx - 20, cy + 10, cx + 120, cy + 60};
        paintOnScreen(robot, pointer);
        Stroke stroke = fx(() -> editor().strokesProperty().get().strokes().get(0));
        double scale = panned.getWidth() / SIDE;
        double[] p = stroke.points();
        assertUnderPointer(pointer[0], pointer[1], panned, scale, p[0], p[1]);
        assertUnderPointer(pointer[4], pointer[5], panned, scale, p[p.length - 2], p[p.length - 1]);
        assertEquals(fx(() -> window.tools().radiusProperty().get()), stroke.radius(), 1e-9,
                "the brush radius is in canvas units, whatever the zoom");
    }

    private static void assertUnderPointer(double screenX, double screenY, Bounds canvas, double scale,
            double canvasX, double canvasY) {
        assertEquals((screenX - canvas.getMinX()) / scale, canvasX, POINTER_TOLERANCE, "canvas x under the pointer");
        assertEquals((screenY - canvas.getMinY()) / scale, canvasY, POINTER_TOLERANCE, "canvas y under the pointer");
    }

    private static void key(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.CONTROL, code).release(code, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String zoomText(FxRobot robot) {
        Label label = robot.lookup("#status-zoom").queryAs(Label.class);
        return fx(label::getText);
    }
}
