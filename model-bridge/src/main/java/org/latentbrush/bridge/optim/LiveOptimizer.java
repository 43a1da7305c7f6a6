package org.latentbrush.bridge.optim;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.generator.GanModel;

/**
 * Runs edits one after another on its own thread, streaming snapshots, always on the newest strokes.
 *
 * <p>{@link #submit} never waits: it cancels the edit in progress, which stops at its next
 * iteration and hands over its best result, and the next edit starts from that best on the newest
 * strokes. Bursts of strokes collapse to the newest set. The optimiser thread is the only one that
 * touches the model.
 *
 * <pre>{@code
 * try (LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live(), this::show, this::report)) {
 *     live.submit(strokes);
 * }
 * }</pre>
 */
public final class LiveOptimizer implements AutoCloseable {

    private final LatentOptimizer optimizer;
    private final Consumer<CandidateBatch> listener;
    private final Consumer<RuntimeException> errors;
    private final ExecutorService thread;
    private final Object lock = new Object();
    private OptimizerSettings settings;
    private ConstraintSet pending;
    private AtomicBoolean runningCancel;
    private boolean running;
    private float[] current;
    private float[] anchor;
    private long editCount;

    /**
     * Creates the live optimiser with its own thread.
     *
     * @param model the model; the caller still owns and closes it, after closing this
     * @param settings the tunables
     * @param listener receives every snapshot, on the optimiser thread
     * @param errors receives an edit's failure, on the optimiser thread
     */
    public LiveOptimizer(GanModel model, OptimizerSettings settings, Consumer<CandidateBatch> listener,
            Consumer<RuntimeException> errors) {
        this.optimizer = new LatentOptimizer(model);
        this.settings = Objects.requireNonNull(settings);
        this.listener = Objects.requireNonNull(listener);
        this.errors = Objects.requireNonNull(errors);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "latent-optimizer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Optimises for a new constraint set, superseding whatever runs now.
     *
     * @param strokes the newest strokes
     */
    public void submit(ConstraintSet strokes) {
        synchronized (lock) {
            pending = Objects.requireNonNull(strokes);
            if (runningCancel != null) {
                runningCancel.set(true);
            }
            if (!running) {
                running = true;
                thread.execute(this::drain);
            }
        }
    }

    /** Stops the edit in progress; it publishes its best so far as its last snapshot. */
    public void cancel() {
        synchronized (lock) {
            pending = null;
            if (runningCancel != null) {
                runningCancel.set(true);
            }
        }
    }

    /** Makes {@code z} the current result: the start of the next edit (the user picked it). */
    public void setCurrent(float[] z) {
        synchronized (lock) {
            current = z == null ? null : z.clone();
        }
    }

    /**
     * Fixes {@code z} (iGAN's "Fix"): later edits start there and the prior pulls toward it.
     *
     * @param z the result to keep, or {@code null} to release the anchor
     */
    public void fix(float[] z) {
        synchronized (lock) {
            anchor = z == null ? null : z.clone();
            if (z != null) {
                current = z.clone();
            }
        }
    }

    /** Forgets the current result and the anchor: the next edit starts from random restarts. */
    public void reset() {
        synchronized (lock) {
            current = null;
            anchor = null;
        }
    }

    /** Replaces the tunables for later edits. */
    public void setSettings(OptimizerSettings newSettings) {
        synchronized (lock) {
            settings = Objects.requireNonNull(newSettings);
        }
    }

    /** The latent of the current result, or {@code null}. */
    public float[] current() {
        synchronized (lock) {
            return current == null ? null : current.clone();
        }
    }

    /**
     * Runs work on the optimiser thread, after the edits already queued, so that it never uses
     * the model at the same time as an edit.
     *
     * @param work what to run
     * @param <T> its result's type
     * @return the result, when done
     */
    public <T> CompletableFuture<T> onOptimizerThread(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, thread);
    }

    /** Whether an edit is running or waiting. */
    public boolean isBusy() {
        synchronized (lock) {
            return running;
        }
    }

    /**
     * Waits until no edit runs or waits, for tests and the command line.
     *
     * @param timeoutMillis the longest wait
     * @return whether it became idle in time
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lock) {
            while (running) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                lock.wait(left);
            }
            return true;
        }
    }

    private void drain() {
        while (true) {
            ConstraintSet strokes;
            EditStart start;
            OptimizerSettings runSettings;
            AtomicBoolean cancel = new AtomicBoolean();
            synchronized (lock) {
                if (pending == null) {
                    running = false;
                    runningCancel = null;
                    lock.notifyAll();
                    return;
                }
                strokes = pending;
                pending = null;
                runningCancel = cancel;
                start = new EditStart(current, anchor);
                // A fresh seed per edit, so repeated edits explore new restarts.
                runSettings = settings.withSeed(settings.seed() + editCount++);
            }
            try {
                CandidateBatch last = optimizer.optimize(strokes, start, runSettings, listener, cancel::get);
                synchronized (lock) {
                    current = last.best().z();
                }
            } catch (RuntimeException e) {
                // The engine failed (out of memory, a native error): report it and stay usable;
                // the current result and the strokes are untouched.
                errors.accept(e);
            }
        }
    }

    @Override
    public void close() {
        cancel();
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
