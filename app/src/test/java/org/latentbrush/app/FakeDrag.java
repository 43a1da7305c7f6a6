package org.latentbrush.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragPoint;
import org.latentbrush.bridge.api.DragStatus;

/**
 * A drag handed to {@link FakePaintEngine#drag}: it waits until the test takes its steps and
 * finishes it. Each step adds a tenth to the latent's first value, so each step renders another
 * grey, and moves every handle a step's share of the way to its target.
 */
public final class FakeDrag {

    public final float[] start;
    public final List<DragPair> pairs;
    public final boolean[] movable;
    public final int steps;
    private final Consumer<DragStatus> progress;
    private final BooleanSupplier cancelled;
    final CompletableFuture<DragStatus> done = new CompletableFuture<>();
    private DragStatus last;

    FakeDrag(float[] start, List<DragPair> pairs, boolean[] movable, int steps, Consumer<DragStatus> progress,
            BooleanSupplier cancelled) {
        this.start = start.clone();
        this.pairs = List.copyOf(pairs);
        this.movable = movable == null ? null : movable.clone();
        this.steps = steps;
        this.progress = progress;
        this.cancelled = cancelled;
        this.last = status(0, false);
    }

    /** Takes one step and reports it, as the engine does on its optimiser thread. */
    public DragStatus step() {
        last = status(last.step() + 1, false);
        progress.accept(last);
        return last;
    }

    /** Ends the drag with its latest result, stopped when the editor asked it to stop. */
    public DragStatus finish() {
        DragStatus end = status(last.step(), true);
        done.complete(end);
        return end;
    }

    /** Ends it with a failure. */
    public void fail(RuntimeException failure) {
        done.completeExceptionally(failure);
    }

    /** Whether the editor asked it to stop. */
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    private DragStatus status(int step, boolean finished) {
        float[] z = start.clone();
        z[0] += 0.1f * step;
        double t = Math.min(1, step / (double) steps);
        List<DragPoint> handles = new ArrayList<>();
        for (DragPair p : pairs) {
            handles.add(new DragPoint(p.handle().x() + t * (p.target().x() - p.handle().x()),
                    p.handle().y() + t * (p.target().y() - p.handle().y())));
        }
        return new DragStatus(step, steps, handles, z, FakePaintEngine.imageOf(z), finished,
                finished && cancelled.getAsBoolean(), 10L * step);
    }
}
