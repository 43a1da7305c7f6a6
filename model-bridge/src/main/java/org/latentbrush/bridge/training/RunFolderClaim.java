package org.latentbrush.bridge.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A run folder taken by one trainer: checked, locked, and its checkpoints listed, as every trainer
 * must before it writes there.
 *
 * <p>A folder that holds a finished model or upscaler is refused before the lock is taken, so the
 * refusal leaves no lock file behind, and again once it is held, since another run may have finished
 * there in between. A folder with checkpoints is refused unless the run is to resume them.
 *
 * @param lock the folder's lock; the trainer keeps it and closes it when it closes
 * @param checkpoints the folder's complete checkpoints, newest first; empty for a fresh run
 */
record RunFolderClaim(RunFolderLock lock, List<Path> checkpoints) {

    /**
     * Checks a folder and takes it.
     *
     * @param folder the run's folder, created if needed
     * @param what what a finished folder's manifest would describe, e.g. "a model"
     * @param resume whether the run may continue the folder's checkpoints
     * @return the claim; the caller closes its lock when a later step fails
     * @throws IOException naming the folder: finished, held by another run, or holding a run not to be resumed
     */
    static RunFolderClaim take(Path folder, String what, boolean resume) throws IOException {
        Checkpoints.refuseFinished(folder, what);
        RunFolderLock lock = RunFolderLock.acquire(folder);
        try {
            Checkpoints.refuseFinished(folder, what);
            List<Path> checkpoints = new Checkpoints(folder).newestFirst();
            if (!checkpoints.isEmpty() && !resume) {
                throw new IOException(folder + " already holds a training run ("
                        + checkpoints.get(0).getFileName() + "); resume it or choose another folder");
            }
            return new RunFolderClaim(lock, checkpoints);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }
}
