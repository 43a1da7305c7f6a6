package org.latentbrush.app.square;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentbrush.bridge.api.EditablePhoto;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The square chooser, headless: a user drags the square and its corner, uses the keys, and answers. */
@ExtendWith(ApplicationExtension.class)
class SquareChooserDialogTest {

    /** 1440×1080 fits the 720×540 view at half size: a screen pixel is two photo pixels. */
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 1080;
    private static final Square START = new Square(400, 200, 400);
    private static final SquareRequest.Preset CENTRE = new SquareRequest.Preset("Largest square, centre",
            new Square(180, 0, 1080));

    private Stage owner;
    private SquareChooserDialog dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeDialog() {
        fx(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.setResult(null);
                dialog.close();
            }
            return null;
        });
    }

    @Test
    void dragInsideTheSquare_movesItByThePointersTravelInPhotoPixels(FxRobot robot) {
        open();
        Point2D centre = onScreen(300, 200);
        drag(robot, centre, centre.add(60, 40));
        assertEquals(new Square(520, 280, 400), square(), "60, 40 screen pixels are 120, 80 photo pixels");
        assertEquals("Square of 400 px at (520, 280) in the 1440\u00d71080 photo", positionText(robot));
    }

    @Test
    void dragPastTheEdge_stopsTheSquareAtIt(FxRobot robot) {
        open();
        Point2D centre = onScreen(300, 200);
        drag(robot, centre, centre.add(-280, 0));
        assertEquals(new Square(0, 200, 400), square());
    }

    @Test
    void dragTheBottomRightCorner_resizesFromTheTopLeft(FxRobot robot) {
        open();
        // The square spans view 200..400 by 100..300; its bottom-right handle is at (400, 300).
        Point2D corner = onScreen(400, 300);
        drag(robot, corner, corner.add(50, 20));
        assertEquals(new Square(400, 200, 500), square(), "the larger travel, 100 photo pixels, sets the side");
    }

    @Test
    void dragTheTopLeftCornerInwards_shrinksTowardTheBottomRight(FxRobot robot) {
        open();
        Point2D corner = onScreen(200, 100);
        drag(robot, corner, corner.add(40, 30));
        // 80, 60 photo pixels in: the side is the farther of the pointer's distances from the fixed corner.
        assertEquals(new Square(460, 260, 340), square());
        assertEquals(800, square().right(), "the right edge stays");
        assertEquals(600, square().bottom(), "the bottom edge stays");
    }

    @Test
    void cornerAtThePhotosEdge_canBeGrabbedFromOutsideThePhoto(FxRobot robot) {
        open();
        fx(() -> {
            dialog.chooser().setSquare(CENTRE.square());
            return null;
        });
        // The largest square's top-right corner is on the photo's top edge, at view (630, 0).
        Point2D outside = onScreen(634, -5);
        drag(robot, outside, outside.add(-50, 50));
        assertEquals(new Square(180, 100, 980), square(), "resized from the bottom-left corner");
    }

    @Test
    void arrowKeys_moveByAScreenPixel_andShiftByTen(FxRobot robot) {
        open();
        robot.clickOn(robot.lookup("#square-chooser").queryAs(SquareChooser.class));
        robot.type(KeyCode.RIGHT);
        assertEquals(new Square(402, 200, 400), square());
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertEquals(new Square(402, 220, 400), square());
    }

    @Test
    void wheel_awayFromTheUserGrowsAboutTheCentre_towardShrinks(FxRobot robot) {
        open();
        // Which way the headless robot's wheel turns is Monocle's business; the event says it.
        List<Double> deltas = new java.util.ArrayList<>();
        fx(() -> {
            dialog.chooser().addEventFilter(ScrollEvent.SCROLL, e -> deltas.add(e.getDeltaY()));
            return null;
        });
        robot.moveTo(onScreen(300, 200));
        robot.scroll(1, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, deltas.size());
        Square grown = new Square(380, 180, 440);
        Square shrunk = new Square(418, 218, 364);
        // A tenth larger or smaller, the centre at (600, 400) kept.
        assertEquals(deltas.get(0) > 0 ? grown : shrunk, square());
        robot.scroll(1, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, deltas.size());
        assertTrue(deltas.get(0) * deltas.get(1) < 0, "the two turns go opposite ways: " + deltas);
        assertEquals(START, square(), "and back");
    }

    @Test
    void presetChosen_showsThatSquare_andMovingOffItClearsTheList(FxRobot robot) {
        open();
        ComboBox<SquareRequest.Preset> presets = robot.lookup("#square-presets").query();
        assertNull(presets.getValue(), "the starting square is no preset");
        assertEquals("Ready-made squares", fx(() -> presets.getButtonCell().getText()));
        fx(() -> {
            presets.setValue(CENTRE);
            return null;
        });
        assertEquals(CENTRE.square(), square());
        Point2D inside = onScreen(360, 270);
        drag(robot, inside, inside.add(-10, 0));
        assertEquals(new Square(160, 0, 1080), square());
        assertNull(fx(presets::getValue));
        assertEquals("Ready-made squares", fx(() -> presets.getButtonCell().getText()), "the prompt is back");
    }

    @Test
    void ok_answersTheSquareShown_andCancel_answersNothing(FxRobot robot) {
        open();
        Point2D centre = onScreen(300, 200);
        drag(robot, centre, centre.add(10, 10));
        robot.clickOn(fx(() -> dialog.getDialogPane().lookupButton(ButtonType.OK)));
        assertFalse(fx(dialog::isShowing));
        assertEquals(new Square(420, 220, 400), fx(dialog::getResult));

        open();
        drag(robot, centre, centre.add(10, 10));
        robot.clickOn(fx(() -> dialog.getDialogPane().lookupButton(ButtonType.CANCEL)));
        assertFalse(fx(dialog::isShowing));
        assertNull(fx(dialog::getResult));
    }

    private void open() {
        int[] rgb = new int[WIDTH * HEIGHT];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (i % WIDTH) * 255 / WIDTH << 16 | (i / WIDTH) * 255 / HEIGHT << 8 | 0x40;
        }
        SquareRequest request = new SquareRequest(EditablePhoto.of(WIDTH, HEIGHT, rgb), START, 64, List.of(CENTRE));
        dialog = fx(() -> {
            SquareChooserDialog d = new SquareChooserDialog(request);
            d.initOwner(owner);
            d.show();
            // Centred on the small owner, the dialog's top would be above the headless screen.
            d.setX(0);
            d.setY(0);
            return d;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, dialog.chooser().fit().scale(), 1e-12);
    }

    private Square square() {
        return fx(() -> dialog.chooser().getSquare());
    }

    private String positionText(FxRobot robot) {
        Label label = robot.lookup("#square-position").query();
        return fx(label::getText);
    }

    /** A point of the photo's view in the chooser, on the screen, rounded to whole pixels as the robot moves. */
    private Point2D onScreen(double viewX, double viewY) {
        Node chooser = dialog.chooser();
        Point2D p = fx(() -> chooser.localToScreen(SquareChooser.MARGIN + viewX, SquareChooser.MARGIN + viewY));
        return new Point2D(Math.round(p.getX()), Math.round(p.getY()));
    }

    /** Presses the left button at one screen point, moves to the other in a few steps and releases. */
    private static void drag(FxRobot robot, Point2D from, Point2D to) {
        // Few, direct events: TestFX's animated moves send hundreds, which is slow headless.
        var mouse = robot.robotContext().getBaseRobot();
        mouse.moveMouse(from);
        WaitForAsyncUtils.waitForFxEvents();
        mouse.pressMouse(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int steps = 5;
        for (int i = 1; i <= steps; i++) {
            mouse.moveMouse(from.add(to.subtract(from).multiply(i / (double) steps)));
            WaitForAsyncUtils.waitForFxEvents();
        }
        mouse.releaseMouse(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
