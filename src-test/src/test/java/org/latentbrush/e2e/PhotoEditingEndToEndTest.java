package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.latentbrush.app.photo.PhotoViewModel;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Photo mode driven like a user: open a photo, paint on it, compare, export; a bad photo. */
class PhotoEditingEndToEndTest extends EditorRobot {

    /** A wide photo: its centre square is 120 pixels, with 60 untouchable pixels on each side. */
    private static final int WIDTH = 240;
    private static final int HEIGHT = 120;
    private static final int SIDE = 512;

    @Start
    void start(Stage stage) throws Exception {
        openEditor(stage);
    }

    @Stop
    void stop() {
        closeEditor();
    }

    private PhotoViewModel photos() {
        return window.photos();
    }

    /** A smooth, every-pixel-different photo, written as PNG. */
    private Path writePhoto(String name) throws Exception {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                image.setRGB(x, y, (40 + x * 3 / 4) << 16 | (60 + y) << 8 | (200 - x / 2));
            }
        }
        Path file = dataDir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private void openPhotoWithShortcut(FxRobot robot, Path file) {
        dialogs.answers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private void awaitProjected() {
        waitUntil("the photo's projection", () -> photos().editableProperty().get() && live().isIdle()
                && !photos().projectingProperty().get());
    }

    private void awaitPhotoEdit() {
        waitUntil("the edited photo", () -> live().isIdle() && !photos().edit().isUpdating()
                && photos().edit().editedProperty().get() != null);
    }

    @Test
    void openPhoto_paintExport_changesStrokedRegionOnlyAtOriginalSize(FxRobot robot) throws Exception {
        awaitReady();
        Path photo = writePhoto("meadow.png");
        BufferedImage original = ImageIO.read(photo.toFile());
        openPhotoWithShortcut(robot, photo);
        awaitProjected();
        assertNotNull(fx(() -> robot.lookup("#reconstruction").queryAs(ImageView.class).getImage()),
                "the side panel shows G(z0)");
        assertFalse(fx(() -> robot.lookup("#projection-overlay").query().isVisible()));
        // Merely opening a photo is not an unsaved change: no "•" in the title.
        assertEquals("meadow \u2014 Latent Brush", fx(() -> window.stage().getTitle()));

        // The canvas shows the photo's centre square, not the model's 16-pixel image.
        awaitPhotoEdit();
        int[] shown = canvasPixels(robot);
        int centre = original.getRGB(WIDTH / 2, HEIGHT / 2);
        assertNear(centre, shown[SIDE / 2 * SIDE + SIDE / 2]);

        fx(() -> {
            window.tools().colorProperty().set(0xFF0000);
            window.tools().radiusProperty().set(40);
            return null;
        });
        robot.clickOn("#tool-color");
        paint(robot, 180, 256, 330, 256);
        awaitPhotoEdit();
        assertEquals(1, fx(() -> editor().strokesProperty().get().strokes().size()));

        Path exported = dataDir.resolve("meadow-edited.png");
        dialogs.answers.add(exported);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the export", () -> Files.exists(exported)
                && dialogs.notifications.stream().anyMatch(n -> n.startsWith("Exported meadow-edited.png")));

        BufferedImage edited = ImageIO.read(exported.toFile());
        assertEquals(WIDTH, edited.getWidth(), "exported at the photo's own width");
        assertEquals(HEIGHT, edited.getHeight(), "exported at the photo's own height");
        int cropX = (WIDTH - HEIGHT) / 2;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (x < cropX || x >= cropX + HEIGHT) {
                    assertEquals(original.getRGB(x, y), edited.getRGB(x, y),
                            "far from the stroke, outside the edited square, at " + x + "," + y);
                }
            }
        }
        // The stroke crossed the square's middle (canvas 180..330 of 512 at y 256).
        int changed = 0;
        for (int y = HEIGHT / 2 - 8; y < HEIGHT / 2 + 8; y++) {
            for (int x = cropX + 45; x < cropX + 75; x++) {
                changed += original.getRGB(x, y) != edited.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(changed > 0, "the stroked region changed");
    }

    /** Opens a new photo as a user would and waits until it can be painted on; returns its pixels. */
    private BufferedImage openEditablePhoto(FxRobot robot, String name) throws Exception {
        awaitReady();
        Path photo = writePhoto(name);
        BufferedImage original = ImageIO.read(photo.toFile());
        openPhotoWithShortcut(robot, photo);
        awaitProjected();
        awaitPhotoEdit();
        return original;
    }

    @Test
    void strokeOnThePhotoBesideTheSquare_movesTheSquareThere_andEditsOnlyThere(FxRobot robot) throws Exception {
        BufferedImage original = openEditablePhoto(robot, "wide.png");
        fx(() -> {
            window.tools().colorProperty().set(0xFF0000);
            window.tools().radiusProperty().set(20);
            return null;
        });
        robot.clickOn("#tool-color");
        // The canvas covers the centred square, 120 px at x 60, with 512 units; the whole photo is
        // shown, so canvas x 660..700 is photo x 215..224, right of the square, on the dimmed part.
        Node canvas = robot.lookup("#canvas").query();
        double[] screen = fx(() -> {
            Point2D a = canvas.localToScreen(660, 256);
            Point2D b = canvas.localToScreen(700, 256);
            return new double[] {a.getX(), a.getY(), b.getX(), b.getY()};
        });
        dragOnScreen(robot, MouseButton.PRIMARY, screen);
        waitUntil("the square to move over the stroke", () -> editor().photoProperty().get().photo().cropX() == 120);
        awaitProjected();
        awaitPhotoEdit();
        assertEquals(1, fx(() -> editor().strokesProperty().get().strokes().size()));

        Path exported = dataDir.resolve("wide-edited.png");
        dialogs.answers.add(exported);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the export", () -> Files.exists(exported)
                && dialogs.notifications.stream().anyMatch(n -> n.startsWith("Exported wide-edited.png")));
        BufferedImage edited = ImageIO.read(exported.toFile());
        int changed = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                // The brush's 4.7 photo pixels reach 7 px around the line from x 215 to 224 at y 60.
                double away = Math.hypot(Math.max(0, Math.max(214.7 - x, x - 224.1)), y + 0.5 - 60);
                if (away > 8.5) {
                    assertEquals(original.getRGB(x, y), edited.getRGB(x, y), "beyond the stroke's reach at " + x + "," + y);
                } else if (original.getRGB(x, y) != edited.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 0, "the stroked part of the photo changed");
    }

    @Test
    void strokesInTwoPlaces_exportEditsTheOneBeyondTheSquareInASquareOfItsOwn(FxRobot robot) throws Exception {
        BufferedImage original = paintInTwoPlaces(robot, "two.png");
        Path exported = exportPhotoAs(robot, "two-edited.png");
        waitUntil("the export", () -> Files.exists(exported)
                && dialogs.notifications.stream().anyMatch(n -> n.startsWith("Exported two-edited.png")));
        int[] changed = changedNearEachStroke(original, ImageIO.read(exported.toFile()));
        assertTrue(changed[0] > 0, "the square's stroke changed the photo");
        assertTrue(changed[1] > 0, "the stroke beyond the square was edited in a square of its own");
    }

    @Test
    void strokesInTwoPlaces_finishExportNow_writesTheBestSoFarAndSaysSo(FxRobot robot) throws Exception {
        BufferedImage original = paintInTwoPlaces(robot, "early.png");
        Path exported = exportPhotoAs(robot, "early-edited.png");
        // The square beyond takes seconds to project and tune; the user finishes while it does.
        waitUntil("the square beyond being edited",
                () -> fx(() -> editor().messageProperty().get()).startsWith("Exporting early-edited.png"));
        robot.clickOn("File");
        waitUntil("the File menu", () -> robot.lookup("Finish Export Now").tryQuery().isPresent());
        robot.clickOn("Finish Export Now");
        waitUntil("the export", () -> Files.exists(exported)
                && dialogs.notifications.stream().anyMatch(n -> n.startsWith("Exported early-edited.png")));
        assertTrue(dialogs.notifications.stream().anyMatch(n -> n.contains("finished early")),
                String.valueOf(dialogs.notifications));
        int[] changed = changedNearEachStroke(original, ImageIO.read(exported.toFile()));
        assertTrue(changed[0] > 0, "the live square's edit is in the file");
    }

    /**
     * Opens a photo and paints on the 512-unit canvas over the centred square (120 px at x 60): one
     * stroke inside it, at photo x 110..130, and one off it at photo x 200..220, as if the square
     * had moved away. Returns the photo's pixels.
     */
    private BufferedImage paintInTwoPlaces(FxRobot robot, String name) throws Exception {
        BufferedImage original = openEditablePhoto(robot, name);
        fx(() -> {
            editor().strokeStarted();
            editor().strokeFinished(Stroke.color(0xFF0000, 20, 213.3, 256, 298.7, 256));
            editor().strokeStarted();
            editor().strokeFinished(Stroke.color(0x00FF00, 20, 597.3, 256, 682.7, 256));
            return null;
        });
        awaitPhotoEdit();
        return original;
    }

    /** Starts File › Export Photo with its shortcut, answering the file dialog with {@code name}. */
    private Path exportPhotoAs(FxRobot robot, String name) {
        Path exported = dataDir.resolve(name);
        dialogs.answers.add(exported);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        return exported;
    }

    /**
     * Checks that no pixel beyond both strokes' reach changed, and counts the changed pixels near the
     * stroke inside the square and near the one beyond it.
     */
    private static int[] changedNearEachStroke(BufferedImage original, BufferedImage edited) {
        int[] changed = new int[2];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                // Each brush's 4.7 photo pixels reach 7 px around its line at y 60.
                double nearInside = Math.hypot(Math.max(0, Math.max(110 - x, x - 130.5)), y + 0.5 - 60);
                double nearBeyond = Math.hypot(Math.max(0, Math.max(200 - x, x - 220.5)), y + 0.5 - 60);
                boolean differs = original.getRGB(x, y) != edited.getRGB(x, y);
                if (nearInside > 8.5 && nearBeyond > 8.5) {
                    assertFalse(differs, "beyond both strokes' reach at " + x + "," + y);
                } else if (differs && nearBeyond <= 8.5) {
                    changed[1]++;
                } else if (differs) {
                    changed[0]++;
                }
            }
        }
        return changed;
    }

    @Test
    void beforeAfter_dragDivider_movesSplitWithoutPainting(FxRobot robot) throws Exception {
        awaitReady();
        openPhotoWithShortcut(robot, writePhoto("split.png"));
        awaitProjected();
        robot.press(KeyCode.C).release(KeyCode.C);
        waitUntil("the split view", () -> robot.lookup("#before-after").query().isVisible());

        Node grip = robot.lookup("#before-after-grip").query();
        Bounds b = fx(() -> grip.localToScreen(grip.getBoundsInLocal()));
        Node canvas = robot.lookup("#canvas").query();
        // The edited square, canvas units 0..512: the canvas node also holds the photo around it.
        Bounds c = fx(() -> canvas.localToScreen(new javafx.geometry.BoundingBox(0, 0, SIDE, SIDE)));
        var mouse = robot.robotContext().getBaseRobot();
        mouse.moveMouse(new Point2D(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        mouse.pressMouse(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        mouse.moveMouse(new Point2D(c.getMinX() + c.getWidth() / 4, b.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        mouse.releaseMouse(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        double divider = fx(() -> photos().compare().dividerProperty().get());
        assertEquals(0.25, divider, 0.02);
        assertTrue(fx(() -> editor().strokesProperty().get().isEmpty()), "dragging the divider paints nothing");
    }

    @Test
    void openTruncatedPhoto_showsErrorAndKeepsPainting(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#tool-color");
        paint(robot, 100, 300, 400, 300);
        ConstraintSet strokes = fx(() -> editor().strokesProperty().get());
        int[] pixels = canvasPixels(robot);
        byte[] png = Files.readAllBytes(writePhoto("whole.png"));
        Path cut = dataDir.resolve("cut.png");
        Files.write(cut, Arrays.copyOf(png, png.length / 2));

        robot.clickOn("File");
        // Menus open asynchronously; pick the item once it shows.
        waitUntil("the File menu", () -> robot.lookup("Open Photo\u2026").tryQuery().isPresent());
        dialogs.answers.add(cut);
        robot.clickOn("Open Photo\u2026");
        waitUntil("the offer to save", () -> robot.lookup("Don't Save").tryQuery().isPresent());
        robot.clickOn("Don't Save");
        waitUntil("the error dialog", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = fx(() -> pane.getHeaderText() + "\n" + ((Label) pane.getContent()).getText());
        assertTrue(text.contains("Could not open cut.png"), text);
        assertTrue(text.contains("damaged or truncated"), text);
        assertTrue(text.contains("painting is unchanged"), text);
        robot.clickOn("OK");
        waitUntil("the dialog to close", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        assertNull(fx(() -> editor().photoProperty().get()));
        assertEquals(strokes, fx(() -> editor().strokesProperty().get()));
        assertTrue(Arrays.equals(pixels, canvasPixels(robot)), "the painting on screen is unchanged");
    }

    private static void assertNear(int expected, int actual) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= 3, String.format("expected about %06x, was %06x", expected & 0xFFFFFF,
                    actual & 0xFFFFFF));
        }
    }
}
