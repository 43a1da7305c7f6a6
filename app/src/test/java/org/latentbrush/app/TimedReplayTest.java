package org.latentbrush.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.constraint.Stroke;

class TimedReplayTest {

    private FakePaintEngine.Opener opener;
    private EditorViewModel editor;
    private final List<Runnable> afterPulse = new ArrayList<>();

    @BeforeEach
    void openFakeModel() {
        opener = new FakePaintEngine.Opener();
        LiveResult live = new LiveResult(opener, new CurrentThreadTaskExecutor(), Runnable::run);
        editor = new EditorViewModel(live, mock(DialogService.class), () -> 0L, () -> 42L);
        editor.openModel("fake", () -> { });
    }

    private void nextPulse() {
        List<Runnable> due = new ArrayList<>(afterPulse);
        afterPulse.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void start_threeStrokes_paintsEachAfterThePreviousSettledAndTimesIt(@TempDir Path dir) throws Exception {
        FakePaintEngine engine = opener.last();
        engine.holdCommands = true;
        long[] now = {1000};
        List<TimedReplay> done = new ArrayList<>();
        List<Stroke> strokes = List.of(Stroke.color(0xFF0000, 10, 50, 50), Stroke.color(0x00FF00, 10, 150, 150),
                Stroke.color(0x0000FF, 10, 250, 250));
        TimedReplay replay = new TimedReplay(editor, strokes, () -> now[0], afterPulse::add, done::add);

        replay.start();
        for (int stroke = 1; stroke <= 3; stroke++) {
            assertEquals(stroke, editor.strokesProperty().get().strokes().size(),
                    "one stroke at a time: the next waits until this one settles");
            now[0] += 70 * stroke; // the engine takes a while, longer for each stroke
            engine.runHeldCommands();
            assertEquals(stroke, replay.timings().size());
            nextPulse();
        }

        assertEquals(1, done.size());
        assertEquals(List.of(70L, 140L, 210L),
                replay.timings().stream().map(TimedReplay.StrokeTiming::settledMillis).toList());
        assertEquals(List.of(70L, 140L, 210L),
                replay.timings().stream().map(TimedReplay.StrokeTiming::longestGapMillis).toList(),
                "one picture at the end: the gap is the whole wait");
        assertEquals(List.of(List.of(70L), List.of(140L), List.of(210L)),
                replay.timings().stream().map(TimedReplay.StrokeTiming::pictureMillis).toList(),
                "one picture, the settled one");
        assertEquals(List.of(0.01, 0.02, 0.03),
                replay.timings().stream().map(TimedReplay.StrokeTiming::colorError).toList(),
                "each settled result's colour error, over the strokes so far");
        Path file = dir.resolve("timings.json");
        replay.write(file, "fake");
        String json = Files.readString(file);
        assertEquals(true, json.contains("\"medianSettledMillis\" : 140"), json);
        assertEquals(true, json.contains("\"meanColorError\" : 0.02"), json);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "written atomically, nothing left beside it");
        }
    }

    @Test
    void start_drawnStrokes_areOptimisedWhileDrawnAndTimedFromTheirEnd() {
        FakePaintEngine engine = opener.last();
        engine.holdCommands = true;
        long[] now = {1000};
        List<Runnable> frames = new ArrayList<>();
        // 200 pixels long, drawn at 1,000 pixels a second: 200 ms of drawing.
        List<Stroke> strokes = List.of(Stroke.color(0xFF0000, 10, 50, 50, 250, 50));
        TimedReplay replay = new TimedReplay(editor, strokes, () -> now[0], afterPulse::add, r -> { }, 1000,
                frames::add);

        replay.start();
        int moves = 0;
        while (!frames.isEmpty()) {
            assertEquals(0, editor.strokesProperty().get().strokes().size(), "not finished while drawn");
            now[0] += 16;
            engine.runHeldCommands(); // the partial stroke's edit runs and settles while drawing goes on
            Runnable frame = frames.remove(0);
            frame.run();
            moves++;
        }
        assertEquals(13, moves, "a frame every 16 ms over 200 ms");
        assertEquals(1, editor.strokesProperty().get().strokes().size());
        assertTrue(engine.submitted.size() >= 2, "the growing stroke went to the optimiser while drawn");
        assertEquals(0, replay.timings().size(), "the partial strokes' edits are not timed");
        now[0] += 90;
        engine.runHeldCommands();
        assertEquals(List.of(90L), replay.timings().stream().map(TimedReplay.StrokeTiming::settledMillis).toList(),
                "timed from the end of the stroke");
    }

    @Test
    void median_evenAndOddCounts() {
        assertEquals(0, TimedReplay.median(new long[0]));
        assertEquals(5, TimedReplay.median(new long[] {9, 5, 1}));
        assertEquals(4, TimedReplay.median(new long[] {1, 3, 5, 9}));
    }
}
