package org.latentbrush.app.session;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.latentbrush.app.tasks.TaskExecutor;

/**
 * Saves the painting to the autosave file when it changed since the last autosave.
 *
 * <p>The caller ticks it every few seconds on the user-interface thread; the writing happens in the
 * background, one save at a time.
 */
public final class Autosaver {

    /** Seconds between autosave checks. */
    public static final int INTERVAL_SECONDS = 5;

    private final Path file;
    private final LongSupplier revision;
    private final Supplier<Session> snapshot;
    private final TaskExecutor tasks;
    private final Consumer<Exception> failures;
    private long savedRevision;
    private boolean writing;

    /**
     * Creates the autosaver.
     *
     * @param file where to save
     * @param revision a number that changes whenever the painting changes
     * @param snapshot the painting now, or {@code null} when there is none yet
     * @param tasks runs the writing
     * @param failures hears of a failed save
     */
    public Autosaver(Path file, LongSupplier revision, Supplier<Session> snapshot, TaskExecutor tasks,
            Consumer<Exception> failures) {
        this.file = file;
        this.revision = revision;
        this.snapshot = snapshot;
        this.tasks = tasks;
        this.failures = failures;
        this.savedRevision = revision.getAsLong();
    }

    /** Saves if the painting changed since the last autosave. */
    public void tick() {
        long now = revision.getAsLong();
        if (writing || now == savedRevision) {
            return;
        }
        Session session = snapshot.get();
        if (session == null) {
            return;
        }
        writing = true;
        tasks.run(() -> {
            SessionFile.write(session, file);
            return now;
        }, saved -> {
            writing = false;
            savedRevision = saved;
        }, failure -> {
            writing = false;
            // Count it as saved, so a full disk is reported once, not every few seconds.
            savedRevision = now;
            failures.accept(failure);
        });
    }
}
