package org.latentbrush.bridge.optim;

import java.util.concurrent.CompletableFuture;
import org.latentbrush.bridge.generator.GanModel;

/**
 * The live optimiser's {@link StartBank}, rendered a chunk at a time while no command waits.
 *
 * <p>Edits use it only once it is complete; until then, and for good if rendering it fails (out of
 * memory, say), they draw their random starts afresh as before the bank existed. Grown on the
 * optimiser thread only; other threads may ask whether it is still {@link #pending}.
 */
final class IdleStartBank {

    private final GanModel model;
    private final StartBank bank;
    private volatile boolean pending;
    /** Completes when nothing is left to render: complete, failed, or the optimiser closed. */
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    IdleStartBank(GanModel model) {
        this.model = model;
        this.bank = new StartBank(model.manifest(), StartBank.CAPACITY);
        this.pending = true;
    }

    /** Whether pictures remain to render (and rendering has not failed). */
    boolean pending() {
        return pending;
    }

    /** Completes once rendering has ended, the bank complete or given up on. */
    CompletableFuture<Void> done() {
        return done;
    }

    /** Stops rendering: the optimiser is closing. */
    void stop() {
        pending = false;
        done.complete(null);
    }

    /** The bank for edits on {@code generator}: the shared model's; a tuned copy has none. */
    StartBank forGenerator(GanModel generator) {
        return generator == model ? bank : null;
    }

    /** Renders one chunk: a command arriving meanwhile waits for one forward pass at most. */
    void growOnce() {
        try {
            bank.grow(model, StartBank.CHUNK);
            pending = !bank.isComplete();
        } catch (RuntimeException | OutOfMemoryError failure) {
            // Left incomplete, the bank is never used: edits draw their starts afresh.
            pending = false;
        }
        if (!pending) {
            done.complete(null);
        }
    }
}
