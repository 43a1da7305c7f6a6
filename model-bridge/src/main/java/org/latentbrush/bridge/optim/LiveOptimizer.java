package org.latentbrush.bridge.optim;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.optim.OptimizerCommand.Edit;
import org.latentbrush.bridge.optim.OptimizerCommand.Fix;
import org.latentbrush.bridge.optim.OptimizerCommand.Reset;
import org.latentbrush.bridge.optim.OptimizerCommand.Restore;
import org.latentbrush.bridge.optim.OptimizerCommand.Work;

/**
 * The optimiser thread: the one owner of the model, the current result and the fixed result.
 *
 * <p>Everything reaches it as a command in one ordered queue: edits, restores (undo, a gallery
 * pick, a projection), fixing, resetting and other work on the model (rendering, projecting). Its
 * methods never wait. A new edit or a restore supersedes the edits queued before it and cancels the
 * one running, which stops at its next iteration, publishes its best and makes it current — before
 * any later command runs, so a restore always wins over the edit it interrupted. Each snapshot
 * carries the epoch its edit started in; a restore begins a new epoch, so a caller can tell the
 * snapshots of superseded edits from those of the edits that follow the restore. While nothing
 * waits, it renders its {@link StartBank} a chunk at a time.
 *
 * <pre>{@code
 * try (LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live(), this::show, this::report)) {
 *     live.submit(strokes);
 * }
 * }</pre>
 */
public final class LiveOptimizer implements AutoCloseable {

    /** How long {@link #close} waits for the command in progress to stop. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    // Set before the thread starts, then only by the thread itself (switchGenerator).
    private LatentOptimizer optimizer;
    /** Random starts rendered while the optimiser is idle, for edits on the shared model. */
    private final IdleStartBank bank;
    private final Consumer<LiveSnapshot> listener;
    private final Consumer<Throwable> errors;
    private final Thread worker;
    private final Object lock = new Object();
    private final ArrayDeque<OptimizerCommand> queue = new ArrayDeque<>();
    private OptimizerSettings settings;
    private long epoch;
    private AtomicBoolean runningCancel;
    private boolean working;
    private boolean closed;
    private volatile float[] publishedCurrent;
    // Owned by the worker thread alone.
    private float[] current;
    private final StrokeHandover handover = new StrokeHandover();
    private float[] anchor;
    private long editCount;

    /**
     * Creates the live optimiser with its own thread.
     *
     * @param model the model; the caller still owns it and closes it after closing this
     * @param settings the tunables
     * @param listener receives every snapshot, on the optimiser thread
     * @param errors receives an edit's failure (an exception or an error such as running out of
     *     memory), on the optimiser thread; the optimiser goes on with the next command
     * @param startBankCache where the start bank is kept between sessions, or {@code null} to
     *     render it at every start
     */
    public LiveOptimizer(GanModel model, OptimizerSettings settings, Consumer<LiveSnapshot> listener,
            Consumer<Throwable> errors, Path startBankCache) {
        this.bank = new IdleStartBank(model, startBankCache);
        this.optimizer = new LatentOptimizer(model, bank.forGenerator(model));
        this.settings = Objects.requireNonNull(settings);
        this.listener = Objects.requireNonNull(listener);
        this.errors = Objects.requireNonNull(errors);
        this.worker = new Thread(this::runCommands, "latent-optimizer");
        worker.setDaemon(true);
        worker.start();
    }

    /** A live optimiser that renders its start bank afresh. */
    public LiveOptimizer(GanModel model, OptimizerSettings settings, Consumer<LiveSnapshot> listener,
            Consumer<Throwable> errors) {
        this(model, settings, listener, errors, null);
    }

    /**
     * Optimises for a new constraint set, superseding the edits queued or running.
     *
     * @param strokes the newest strokes
     */
    public void submit(ConstraintSet strokes) {
        Objects.requireNonNull(strokes);
        synchronized (lock) {
            supersedeEdits();
            enqueue(new Edit(strokes, epoch));
        }
    }

    /** Stops the edit in progress (it publishes its best so far) and drops queued edits. */
    public void cancel() {
        synchronized (lock) {
            supersedeEdits();
        }
    }

    /**
     * Makes {@code z} the current result and {@code anchor} the fixed one, after the edit in
     * progress has stopped; starts a new epoch.
     *
     * @param z the result to continue from, or {@code null} for random restarts
     * @param anchor the fixed result the prior pulls toward, or {@code null} for none
     * @return the new epoch: snapshots of edits submitted from now on carry it
     */
    public long restore(float[] z, float[] anchor) {
        synchronized (lock) {
            supersedeEdits();
            epoch++;
            enqueue(new Restore(copy(z), copy(anchor)));
            return epoch;
        }
    }

    /**
     * Fixes {@code z} (iGAN's "Fix") once the commands before have run: later edits start there
     * and the prior pulls toward it.
     *
     * @param z the result to keep, or {@code null} to release the anchor
     */
    public void fix(float[] z) {
        synchronized (lock) {
            enqueue(new Fix(copy(z)));
        }
    }

    /** Forgets the current result and the anchor once the commands before have run. */
    public void reset() {
        synchronized (lock) {
            enqueue(new Reset());
        }
    }

    /** Replaces the tunables for later edits. */
    public void setSettings(OptimizerSettings newSettings) {
        synchronized (lock) {
            settings = Objects.requireNonNull(newSettings);
        }
    }

    /** The latent of the current result as of the last command that finished, or {@code null}. */
    public float[] current() {
        return copy(publishedCurrent);
    }

    /**
     * Runs work on the optimiser thread after the commands already queued, so that it never uses
     * the model at the same time as an edit.
     *
     * @param work what to run
     * @param <T> its result's type
     * @return the result, when done; failed with {@link CancellationException} if closed first
     */
    public <T> CompletableFuture<T> onOptimizerThread(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        synchronized (lock) {
            if (closed) {
                result.completeExceptionally(new CancellationException("the engine is closed"));
            } else {
                enqueue(new Work<>(work, result));
            }
        }
        return result;
    }

    /**
     * Makes later edits run on another generator of the same model, such as one tuned to a photo.
     * Only work running on the optimiser thread ({@link #onOptimizerThread}) may call it, so no edit
     * is running while it switches.
     *
     * @param generator the generator edits use from now on; the caller owns it
     * @throws IllegalStateException when called from another thread
     */
    public void switchGenerator(GanModel generator) {
        if (Thread.currentThread() != worker) {
            throw new IllegalStateException("the generator is switched on the optimiser thread only");
        }
        optimizer = new LatentOptimizer(generator, bank.forGenerator(generator));
    }

    /** Whether an edit runs or waits. */
    public boolean isBusy() {
        synchronized (lock) {
            return runningCancel != null || queue.stream().anyMatch(Edit.class::isInstance);
        }
    }

    /** Whether {@link #close} has been called: long work polls this to stop early. */
    public boolean isClosing() {
        synchronized (lock) {
            return closed;
        }
    }

    /**
     * Waits until no command runs or waits, for tests, benchmarks and the command line.
     *
     * @param timeoutMillis the longest wait
     * @return whether it became idle in time
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (lock) {
            while (working || !queue.isEmpty()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                lock.wait(left);
            }
            return true;
        }
    }

    /**
     * Completes once the start bank is rendered (or its rendering failed, or the optimiser closed):
     * from then on edits start as they do in an editor that has been open a few seconds.
     */
    public CompletableFuture<Void> startBankDone() {
        return bank.done().copy();
    }

    /** Drops queued edits and cancels the running one; the caller holds the lock. */
    private void supersedeEdits() {
        queue.removeIf(Edit.class::isInstance);
        if (runningCancel != null) {
            runningCancel.set(true);
        }
    }

    private void enqueue(OptimizerCommand command) {
        if (closed) {
            return;
        }
        queue.add(command);
        lock.notifyAll();
    }

    private void runCommands() {
        while (true) {
            OptimizerCommand command;
            AtomicBoolean cancel = null;
            OptimizerSettings runSettings;
            synchronized (lock) {
                while (queue.isEmpty() && !closed && !bank.pending()) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // Only close ends this thread; an interrupt just wakes it.
                    }
                }
                if (queue.isEmpty() && closed) {
                    return;
                }
                command = queue.poll();
                if (command != null) {
                    working = true;
                    if (command instanceof Edit) {
                        cancel = new AtomicBoolean();
                        runningCancel = cancel;
                    }
                }
                runSettings = settings;
            }
            if (command == null) {
                // Nothing to do: render some of the start bank, then look at the queue again.
                bank.growOnce();
                continue;
            }
            try {
                run(command, cancel, runSettings);
            } catch (Throwable failure) {
                // The engine failed (out of memory, a native error): report it and stay usable;
                // the current result is untouched.
                if (command instanceof Work<?> work) {
                    work.result().completeExceptionally(failure);
                } else {
                    report(failure);
                }
            } finally {
                synchronized (lock) {
                    working = false;
                    runningCancel = null;
                    lock.notifyAll();
                }
            }
        }
    }

    private void run(OptimizerCommand command, AtomicBoolean cancel, OptimizerSettings runSettings) {
        if (command instanceof Edit edit) {
            // A fresh seed per edit, so repeated edits explore new restarts.
            OptimizerSettings seeded = runSettings.withSeed(runSettings.seed() + editCount++);
            int strokes = edit.strokes().strokes().size();
            EditStart start = handover.startOf(strokes, current, anchor);
            CandidateBatch last = optimizer.optimize(edit.strokes(), start, seeded,
                    batch -> listener.accept(new LiveSnapshot(edit.epoch(), batch)), cancel::get);
            setCurrent(last.best().z());
            handover.ended(strokes, start, last, editQueuedNext());
            return;
        }
        handover.clear();
        if (command instanceof Restore restore) {
            anchor = restore.anchor();
            setCurrent(restore.z());
        } else if (command instanceof Fix fix) {
            anchor = fix.z();
            if (fix.z() != null) {
                setCurrent(fix.z());
            }
        } else if (command instanceof Reset) {
            anchor = null;
            setCurrent(null);
        } else if (command instanceof Work<?> work) {
            work.run();
        }
    }

    /** Whether the next command is an edit: the running one was superseded, not stopped. */
    private boolean editQueuedNext() {
        synchronized (lock) {
            return queue.peek() instanceof Edit;
        }
    }

    private void setCurrent(float[] z) {
        current = z;
        publishedCurrent = z;
    }

    private void report(Throwable failure) {
        try {
            errors.accept(failure);
        } catch (RuntimeException ignored) {
            // A failing error handler must not end the optimiser thread.
        }
    }

    private static float[] copy(float[] z) {
        return z == null ? null : z.clone();
    }

    /**
     * Stops the edit in progress and any work that polls {@link #isClosing}, drops the rest of the
     * queue and waits for the thread to end.
     *
     * @return whether the thread ended, so the model may be closed
     */
    public boolean closeAndWait() {
        bank.stop();
        synchronized (lock) {
            closed = true;
            for (OptimizerCommand command : queue) {
                if (command instanceof Work<?> work) {
                    work.result().completeExceptionally(new CancellationException("the engine is closed"));
                }
            }
            queue.clear();
            if (runningCancel != null) {
                runningCancel.set(true);
            }
            lock.notifyAll();
        }
        try {
            worker.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !worker.isAlive();
    }

    @Override
    public void close() {
        closeAndWait();
    }
}
