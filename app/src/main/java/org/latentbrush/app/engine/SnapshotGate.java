package org.latentbrush.app.engine;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.latentbrush.bridge.api.EditSnapshot;

/**
 * Lets through as many of the engine's snapshots as the eye needs, on the engine's thread.
 *
 * <p>The live optimiser streams a picture after every step, 17–20 ms apart at a narrowed batch,
 * and every picture handed to the window costs the renderer a frame (about 20 ms of a core in
 * JavaFX's software pipeline) and the gallery a redraw. On two cores that frame is taken from the
 * optimiser itself. The gate passes a snapshot when the last one passed is at least an interval
 * old, and always passes an edit's first snapshot (the first preview) and its last (the settled
 * picture); the others are dropped, since a newer one follows within a step. The interval keeps
 * the canvas's pictures well under 100 ms apart.
 */
final class SnapshotGate implements Consumer<EditSnapshot> {

    /** Pictures at most every 45 ms: a third of the frames, still twice as often as 100 ms. */
    static final long DEFAULT_INTERVAL_MILLIS = 45;

    private final Consumer<EditSnapshot> next;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private long lastPassed;
    /** True before the first snapshot too: the first one opens an edit. */
    private boolean lastWasFinished = true;

    /**
     * Creates it.
     *
     * @param next receives the snapshots let through, on the engine's thread
     * @param intervalMillis the shortest time between two pictures within an edit; 0 passes all
     * @param nanoClock the time in nanoseconds ({@code System::nanoTime})
     */
    SnapshotGate(Consumer<EditSnapshot> next, long intervalMillis, LongSupplier nanoClock) {
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("the interval must not be negative: " + intervalMillis);
        }
        this.next = Objects.requireNonNull(next);
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.nanoClock = Objects.requireNonNull(nanoClock);
    }

    @Override
    public void accept(EditSnapshot snapshot) {
        long now = nanoClock.getAsLong();
        // A snapshot after a finished one opens a new edit: its first picture is the first preview.
        boolean opensEdit = lastWasFinished;
        lastWasFinished = snapshot.finished();
        if (snapshot.finished() || opensEdit || now - lastPassed >= intervalNanos) {
            lastPassed = now;
            next.accept(snapshot);
        }
    }
}
