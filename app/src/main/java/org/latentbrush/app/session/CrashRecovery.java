package org.latentbrush.app.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Notices a crash: a marker file exists while the editor runs and a clean exit deletes it, so a
 * marker found at start means the last run ended without one, and its autosave can be offered.
 */
public final class CrashRecovery {

    static final String MARKER = "editor.running";
    static final String AUTOSAVE = "autosave" + SessionFile.EXTENSION;

    private final Path folder;

    public CrashRecovery(Path folder) {
        this.folder = folder;
    }

    /** The autosave file. */
    public Path autosaveFile() {
        return folder.resolve(AUTOSAVE);
    }

    /** Whether the last run crashed and left an autosave to recover. */
    public boolean hasRecoverableWork() {
        return Files.exists(folder.resolve(MARKER)) && Files.isRegularFile(autosaveFile());
    }

    /** Marks the editor as running. */
    public void markRunning() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(MARKER), Long.toString(ProcessHandle.current().pid()),
                StandardCharsets.UTF_8);
    }

    /** Marks a clean exit: nothing to recover next time. */
    public void markCleanExit() throws IOException {
        Files.deleteIfExists(autosaveFile());
        Files.deleteIfExists(folder.resolve(MARKER));
    }

    /** Drops the autosave after the user declined to recover it. */
    public void discard() throws IOException {
        Files.deleteIfExists(autosaveFile());
    }
}
