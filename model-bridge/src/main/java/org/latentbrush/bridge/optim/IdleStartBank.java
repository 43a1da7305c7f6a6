package org.latentbrush.bridge.optim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.latentbrush.bridge.generator.GanModel;

/**
 * The live optimiser's {@link StartBank}, rendered a chunk at a time while no command waits, or
 * read from its cache file when an earlier session left one ({@link StartBankFile}).
 *
 * <p>Edits use it only once it is complete; until then, and for good if rendering it fails (out of
 * memory, say), they draw their random starts afresh as before the bank existed. Grown on the
 * optimiser thread only; other threads may ask whether it is still {@link #pending}.
 */
final class IdleStartBank {

    private final GanModel model;
    private final StartBank bank;
    /** The cache file, or {@code null} to render at every start. */
    private final Path cache;
    private boolean cacheTried;
    private volatile boolean pending;
    /** Completes when nothing is left to render: complete, failed, or the optimiser closed. */
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    /**
     * @param model the shared model the bank belongs to
     * @param cacheFolder where the bank's cache file is kept, or {@code null} for none
     */
    IdleStartBank(GanModel model, Path cacheFolder) {
        this.model = model;
        this.bank = new StartBank(model.manifest(), StartBank.CAPACITY);
        this.cache = cacheFolder != null ? StartBankFile.in(cacheFolder, model.fingerprint()) : null;
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

    /**
     * Reads the cache file the first time, else renders one chunk: a command arriving meanwhile
     * waits for one forward pass at most. Keeps the bank in the cache once complete.
     */
    void growOnce() {
        try {
            if (!cacheTried) {
                cacheTried = true;
                if (cache != null && StartBankFile.restore(cache, bank, model.fingerprint())) {
                    finish();
                    return;
                }
            }
            bank.grow(model, StartBank.CHUNK);
            if (bank.isComplete()) {
                keep();
                finish();
            }
        } catch (RuntimeException | OutOfMemoryError failure) {
            // Left incomplete, the bank is never used: edits draw their starts afresh.
            finish();
        }
    }

    private void keep() {
        if (cache == null) {
            return;
        }
        try {
            StartBankFile.write(cache, bank, model.fingerprint());
        } catch (IOException | RuntimeException e) {
            // A full disk or a read-only folder: the bank is rendered again next time.
        }
    }

    private void finish() {
        pending = false;
        done.complete(null);
    }
}
