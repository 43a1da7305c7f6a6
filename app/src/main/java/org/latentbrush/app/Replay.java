package org.latentbrush.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokesFile;
import org.latentbrush.bridge.constraint.StrokesFormatException;

/**
 * Paints the strokes of a strokes file as if the user drew them, for screenshots and demos, and
 * optionally creates a file once the optimiser has finished on them.
 */
final class Replay {

    private static final Duration POLL = Duration.millis(250);
    /** A pointer moves once a frame, at 60 frames a second. */
    private static final Duration FRAME = Duration.millis(1000.0 / 60);
    /** Idle polls in a row before the result counts as final, so the canvas has been repainted. */
    private static final int SETTLE_POLLS = 3;

    private Replay() {}

    /**
     * Paints the strokes of a file.
     *
     * @param editor the editor to paint into
     * @param strokesFile the strokes
     * @param readyFile a file to create once they are optimised, or {@code null}
     * @param timingsFile a file to write each stroke's times to, or {@code null}; with one, the
     *     strokes are painted one at a time, each when the one before has settled
     * @param drawSpeed with timings, canvas pixels a second each stroke is drawn at, or 0 for whole strokes
     * @param clock milliseconds now, for the timings
     * @param dialogs shows a bad strokes file
     */
    static void run(EditorViewModel editor, Path strokesFile, Path readyFile, Path timingsFile, double drawSpeed,
            LongSupplier clock, DialogService dialogs) {
        ConstraintSet set;
        try {
            set = StrokesFile.read(strokesFile);
        } catch (StrokesFormatException e) {
            dialogs.showError("Cannot replay strokes", e.getMessage());
            return;
        }
        List<Stroke> onCanvas = onCanvas(set);
        if (timingsFile != null) {
            TimedReplay timed = new TimedReplay(editor, onCanvas, clock, Platform::runLater, done -> {
                try {
                    done.write(timingsFile, editor.live().modelProperty().get().name());
                    editor.say("Timed " + onCanvas.size() + " strokes from " + strokesFile.getFileName());
                } catch (IOException e) {
                    System.err.println("cannot write " + timingsFile + ": " + e.getMessage());
                }
                writeReady(readyFile);
            }, drawSpeed, Replay::atNextFrame);
            // The engine warms up on its own thread after loading and then renders its start bank
            // while idle; the strokes are timed after both, as in an editor open a few seconds.
            editor.live().afterStartupWork(() -> {
                float[] z = editor.live().currentZ();
                if (z == null) {
                    timed.start();
                } else {
                    editor.live().render(z, image -> timed.start(), failure -> timed.start());
                }
            });
            return;
        }
        for (Stroke s : onCanvas) {
            editor.strokeStarted();
            editor.strokeFinished(s);
        }
        editor.say("Replayed " + set.strokes().size() + " strokes from " + strokesFile.getFileName());
        if (readyFile == null) {
            return;
        }
        long before = editor.live().finishedEditsProperty().get();
        int[] idle = {0};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(POLL, e -> {
            boolean done = editor.live().isIdle() && editor.live().finishedEditsProperty().get() > before;
            idle[0] = done ? idle[0] + 1 : 0;
            if (idle[0] >= SETTLE_POLLS) {
                poll.stop();
                writeReady(readyFile);
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    /** Runs a task one frame (about 16 ms) from now, on the user-interface thread. */
    private static void atNextFrame(Runnable task) {
        PauseTransition frame = new PauseTransition(FRAME);
        frame.setOnFinished(e -> task.run());
        frame.play();
    }

    /** The strokes of a file on the editor's canvas. */
    private static List<Stroke> onCanvas(ConstraintSet set) {
        double sx = (double) EditorViewModel.CANVAS_SIZE / set.canvasWidth();
        double sy = (double) EditorViewModel.CANVAS_SIZE / set.canvasHeight();
        List<Stroke> strokes = new ArrayList<>(set.strokes().size());
        for (Stroke s : set.strokes()) {
            double[] p = s.points();
            for (int i = 0; i < p.length; i += 2) {
                p[i] *= sx;
                p[i + 1] *= sy;
            }
            strokes.add(new Stroke(s.tool(), s.rgb(), s.radius() * (sx + sy) / 2, p));
        }
        return strokes;
    }

    private static void writeReady(Path readyFile) {
        if (readyFile == null) {
            return;
        }
        try {
            Files.writeString(readyFile, "ready\n");
        } catch (IOException ex) {
            System.err.println("cannot write " + readyFile + ": " + ex.getMessage());
        }
    }
}
