package org.latentbrush.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.value.ChangeListener;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.io.AtomicFiles;

/**
 * Paints replayed strokes one at a time, each when the previous one has settled, and times each
 * as the user sees it: from the end of the stroke to the first streamed preview on screen, and to
 * the settled result (the edit's final snapshot shown, nothing more running).
 *
 * <p>This is the editor's own measure of how long a stroke takes, with everything between the
 * mouse and the canvas included; {@code bench} times the engine alone.
 *
 * <p>A stroke is either put down whole, the worst case (nothing is optimised before the timing
 * starts), or drawn along its path at a given speed, as a hand draws it: the editor then optimises
 * the growing stroke as it does while the user paints, and the timing starts when it is finished,
 * as the user's wait does.
 */
final class TimedReplay {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One stroke's times, in milliseconds from the end of the stroke; the longest gap is between
     * two pictures shown while the edit ran (the first one and the settled one included). The
     * colour error is the settled result's, over all strokes so far: a faster edit must not buy its
     * time with a worse picture. The times of the pictures shown after the stroke ended say where
     * the longest gap fell.
     */
    record StrokeTiming(int index, long firstPreviewMillis, long settledMillis, long longestGapMillis,
            double colorError, List<Long> pictureMillis) {}

    private final EditorViewModel editor;
    private final List<Stroke> strokes;
    private final LongSupplier clock;
    private final Executor afterPulse;
    private final Consumer<TimedReplay> onDone;
    private final double drawSpeed;
    private final Consumer<Runnable> nextFrame;
    private final List<StrokeTiming> timings = new ArrayList<>();
    private final ChangeListener<Object> preview = (obs, old, now) -> previewShown();
    private final ChangeListener<Number> finished = (obs, old, now) -> editFinished();
    private int next;
    private long started;
    private long firstPreview;
    private long lastPicture;
    private long longestGap;
    private List<Long> pictures = new ArrayList<>();
    /** Whether a stroke is being drawn: the edits of its partial strokes are not timed. */
    private boolean drawing;

    /**
     * Prepares the replay.
     *
     * @param editor the editor to paint into
     * @param strokes the strokes, on the editor's canvas
     * @param clock milliseconds now
     * @param afterPulse runs a task on the user-interface thread after the current pulse, so the
     *     settled picture is drawn before the next stroke ({@code Platform::runLater})
     * @param onDone receives this replay on the user-interface thread once the last stroke has settled
     */
    TimedReplay(EditorViewModel editor, List<Stroke> strokes, LongSupplier clock, Executor afterPulse,
            Consumer<TimedReplay> onDone) {
        this(editor, strokes, clock, afterPulse, onDone, 0, Runnable::run);
    }

    /**
     * Prepares a replay that draws each stroke along its path.
     *
     * @param drawSpeed canvas pixels a second the pointer moves, or 0 to put each stroke down whole
     * @param nextFrame runs a task on the user-interface thread at the next frame, while drawing
     */
    TimedReplay(EditorViewModel editor, List<Stroke> strokes, LongSupplier clock, Executor afterPulse,
            Consumer<TimedReplay> onDone, double drawSpeed, Consumer<Runnable> nextFrame) {
        if (!(drawSpeed >= 0) || Double.isInfinite(drawSpeed)) {
            throw new IllegalArgumentException("the drawing speed must be 0 or more pixels a second, was " + drawSpeed);
        }
        this.drawSpeed = drawSpeed;
        this.nextFrame = nextFrame;
        this.editor = editor;
        this.strokes = List.copyOf(strokes);
        this.clock = clock;
        this.afterPulse = afterPulse;
        this.onDone = onDone;
    }

    /** Paints the first stroke; call on the user-interface thread. */
    void start() {
        editor.live().resultProperty().addListener(preview);
        editor.live().finishedEditsProperty().addListener(finished);
        paintNext();
    }

    /** The times so far, in stroke order. */
    List<StrokeTiming> timings() {
        return List.copyOf(timings);
    }

    private void paintNext() {
        if (next == strokes.size()) {
            editor.live().resultProperty().removeListener(preview);
            editor.live().finishedEditsProperty().removeListener(finished);
            onDone.accept(this);
            return;
        }
        firstPreview = -1;
        editor.strokeStarted();
        if (drawSpeed > 0) {
            drawing = true;
            draw(new DrawnStroke(strokes.get(next)), clock.getAsLong());
        } else {
            finishStroke();
        }
    }

    /** Moves the pointer along the stroke as far as the time since it began allows, frame by frame. */
    private void draw(DrawnStroke stroke, long began) {
        double drawn = drawSpeed * (clock.getAsLong() - began) / 1000.0;
        if (drawn >= stroke.length()) {
            drawing = false;
            finishStroke();
            return;
        }
        editor.strokeMoved(stroke.upTo(drawn));
        nextFrame.accept(() -> draw(stroke, began));
    }

    private void finishStroke() {
        started = clock.getAsLong();
        lastPicture = started;
        longestGap = 0;
        pictures = new ArrayList<>();
        editor.strokeFinished(strokes.get(next));
    }

    private void previewShown() {
        if (drawing) {
            return;
        }
        long now = clock.getAsLong();
        if (firstPreview < 0) {
            firstPreview = now - started;
        }
        longestGap = Math.max(longestGap, now - lastPicture);
        lastPicture = now;
        pictures.add(now - started);
    }

    private void editFinished() {
        if (drawing || editor.live().busyProperty().get()) {
            return; // a superseded edit ended; its successor still runs
        }
        long now = clock.getAsLong();
        long settled = now - started;
        longestGap = Math.max(longestGap, now - lastPicture);
        var best = editor.live().candidates();
        double colorError = best.isEmpty() ? Double.NaN : best.get(0).colorError();
        timings.add(new StrokeTiming(next, firstPreview < 0 ? settled : firstPreview, settled, longestGap,
                colorError, List.copyOf(pictures)));
        next++;
        // The next stroke after this pulse, so the settled picture is drawn first, as a user sees it.
        afterPulse.execute(this::paintNext);
    }

    /**
     * Writes the times as JSON: each stroke's, and their medians.
     *
     * @param file the file, written atomically
     * @param model the model's name, for the record
     * @throws IOException if it cannot be written
     */
    void write(Path file, String model) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        root.put("engineThreads", System.getProperty("ai.djl.pytorch.num_threads", "default"));
        root.put("drawSpeedPixelsPerSecond", drawSpeed);
        ArrayNode list = root.putArray("strokes");
        for (StrokeTiming t : timings) {
            ObjectNode entry = list.addObject();
            entry.put("index", t.index());
            entry.put("firstPreviewMillis", t.firstPreviewMillis());
            entry.put("settledMillis", t.settledMillis());
            entry.put("longestGapMillis", t.longestGapMillis());
            entry.put("colorError", t.colorError());
            ArrayNode shown = entry.putArray("pictureMillis");
            t.pictureMillis().forEach(shown::add);
        }
        root.put("medianFirstPreviewMillis", median(timings.stream().mapToLong(StrokeTiming::firstPreviewMillis).toArray()));
        root.put("medianSettledMillis", median(timings.stream().mapToLong(StrokeTiming::settledMillis).toArray()));
        root.put("medianLongestGapMillis", median(timings.stream().mapToLong(StrokeTiming::longestGapMillis).toArray()));
        root.put("meanColorError", timings.stream().mapToDouble(StrokeTiming::colorError).average().orElse(Double.NaN));
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    static long median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
