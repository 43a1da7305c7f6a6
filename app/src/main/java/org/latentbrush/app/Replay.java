package org.latentbrush.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
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
    /** Idle polls in a row before the result counts as final, so the canvas has been repainted. */
    private static final int SETTLE_POLLS = 3;

    private Replay() {}

    static void run(EditorViewModel editor, Path strokesFile, Path readyFile, DialogService dialogs) {
        ConstraintSet set;
        try {
            set = StrokesFile.read(strokesFile);
        } catch (StrokesFormatException e) {
            dialogs.showError("Cannot replay strokes", e.getMessage());
            return;
        }
        double sx = (double) EditorViewModel.CANVAS_SIZE / set.canvasWidth();
        double sy = (double) EditorViewModel.CANVAS_SIZE / set.canvasHeight();
        for (Stroke s : set.strokes()) {
            double[] p = s.points();
            for (int i = 0; i < p.length; i += 2) {
                p[i] *= sx;
                p[i + 1] *= sy;
            }
            editor.strokeStarted();
            editor.strokeFinished(new Stroke(s.tool(), s.rgb(), s.radius() * (sx + sy) / 2, p));
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
                try {
                    Files.writeString(readyFile, "ready\n");
                } catch (IOException ex) {
                    System.err.println("cannot write " + readyFile + ": " + ex.getMessage());
                }
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }
}
