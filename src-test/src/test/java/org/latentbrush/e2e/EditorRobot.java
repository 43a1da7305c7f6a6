package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentbrush.app.EditorWindow;
import org.latentbrush.app.EditorWiring;
import org.latentbrush.app.LaunchOptions;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real editor window on a tiny model, headless, and acts on it like a user.
 */
@ExtendWith(ApplicationExtension.class)
abstract class EditorRobot {

    static final long WAIT_S = 60;
    private static final int STEPS_PER_SEGMENT = 6;
    private static final String PREFS = "org/latentbrush/e2e-" + ProcessHandle.current().pid();

    EditorWindow window;
    ScriptedDialogs dialogs;
    Path dataDir;

    @AfterAll
    static void dropSettings() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    /** Opens the editor; the concrete test's {@code @Start} calls it (TestFX looks there only). */
    void openEditor(Stage stage) throws Exception {
        dataDir = Files.createTempDirectory("latent-brush-e2e-data");
        LaunchOptions options = LaunchOptions.parse(java.util.List.of("--model", TinyModelFolders.first().toString(),
                "--seed", "3", "--no-recovery", "--data-dir", dataDir.toString()));
        // Settings of their own, so tests neither read nor change the user's.
        EditorWiring wiring = EditorWiring.forUser(options.dataFolder().resolve("cache"))
                .withSettings(new Settings(Preferences.userRoot().node(PREFS)))
                .withDialogs((owner, notifier) -> {
                    dialogs = new ScriptedDialogs(owner, notifier);
                    return dialogs;
                });
        window = EditorWindow.open(stage, options, wiring);
    }

    /** Closes the editor, from the concrete test's {@code @Stop}. */
    void closeEditor() {
        window.shutdown();
        try {
            ScratchFolders.delete(dataDir);
        } catch (IOException e) {
            // A background write may still be finishing; the folder is only a test's scratch space.
            System.err.println("could not remove " + dataDir + ": " + e);
        }
    }

    EditorViewModel editor() {
        return window.editor();
    }

    LiveResult live() {
        return window.editor().live();
    }

    /** Runs on the FX thread and returns the value. */
    static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(WAIT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits, checking on the FX thread. */
    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the model's first image. */
    void awaitReady() {
        waitUntil("the model's first image", () -> editor().isReady() && live().isIdle());
    }

    /** Waits until the optimiser has finished on everything drawn so far. */
    void awaitSettled(long finishedBefore) {
        waitUntil("the optimiser to finish", () -> live().finishedEditsProperty().get() > finishedBefore
                && live().isIdle());
    }

    /**
     * Drags the mouse across the canvas as a user paints, in canvas coordinates, and waits for the
     * optimiser. The points go through the canvas's transform, so they land right at any zoom.
     */
    void paint(FxRobot robot, double... xy) {
        Node canvas = robot.lookup("#canvas").query();
        double[] screen = fx(() -> {
            double[] s = new double[xy.length];
            for (int i = 0; i < xy.length; i += 2) {
                Point2D p = canvas.localToScreen(xy[i], xy[i + 1]);
                s[i] = p.getX();
                s[i + 1] = p.getY();
            }
            return s;
        });
        paintOnScreen(robot, screen);
    }

    /** Drags the mouse with the left button through screen points, and waits for the optimiser. */
    void paintOnScreen(FxRobot robot, double... xy) {
        long before = fx(() -> live().finishedEditsProperty().get());
        dragOnScreen(robot, MouseButton.PRIMARY, xy);
        awaitSettled(before);
    }

    /** Presses a button at the first screen point, moves through the others and releases it. */
    void dragOnScreen(FxRobot robot, MouseButton button, double... xy) {
        // Few, direct mouse events: TestFX's animated moves send hundreds, which is slow headless.
        var mouse = robot.robotContext().getBaseRobot();
        mouse.moveMouse(new Point2D(xy[0], xy[1]));
        WaitForAsyncUtils.waitForFxEvents();
        mouse.pressMouse(button);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 2; i < xy.length; i += 2) {
            double fromX = xy[i - 2];
            double fromY = xy[i - 1];
            for (int step = 1; step <= STEPS_PER_SEGMENT; step++) {
                double t = step / (double) STEPS_PER_SEGMENT;
                mouse.moveMouse(new Point2D(fromX + t * (xy[i] - fromX), fromY + t * (xy[i + 1] - fromY)));
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        mouse.releaseMouse(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where the canvas (all of it, also the part scrolled out of view) is on the screen. */
    Bounds canvasOnScreen(FxRobot robot) {
        Node canvas = robot.lookup("#canvas").query();
        return fx(() -> canvas.localToScreen(canvas.getBoundsInLocal()));
    }

    /** The pixels the canvas shows, as packed ARGB, row-major. */
    int[] canvasPixels(FxRobot robot) {
        ImageView view = robot.lookup("#result").queryAs(ImageView.class);
        return fx(() -> {
            Image image = view.getImage();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                    argb, 0, w);
            return argb;
        });
    }

    /** Mean of red minus the mean of green and blue, in [−1, 1], over a canvas rectangle. */
    static double redness(int[] argb, int side, int x0, int y0, int x1, int y1) {
        double sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = argb[y * side + x];
                double r = ((p >> 16) & 0xFF) / 255.0;
                double g = ((p >> 8) & 0xFF) / 255.0;
                double bl = (p & 0xFF) / 255.0;
                sum += r - (g + bl) / 2;
                n++;
            }
        }
        assertTrue(n > 0);
        return sum / n;
    }
}
