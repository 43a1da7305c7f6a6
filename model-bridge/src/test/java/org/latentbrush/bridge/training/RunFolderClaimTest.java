package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks every trainer makes before it writes into a run folder, on folders made by hand. */
class RunFolderClaimTest {

    @TempDir
    Path dir;

    /** A folder with one complete checkpoint, as a run leaves it. */
    private Path runWithCheckpoint() throws IOException {
        Path run = dir.resolve("run");
        Path step = Files.createDirectories(run.resolve(Checkpoints.FOLDER).resolve("step-000010"));
        Files.writeString(step.resolve(Checkpoints.STATE), "{}");
        return run;
    }

    @Test
    void take_freshFolder_isCreatedLockedAndHasNoCheckpoints() throws Exception {
        Path run = dir.resolve("fresh");
        RunFolderClaim claim = RunFolderClaim.take(run, "a model", false);
        try {
            assertEquals(List.of(), claim.checkpoints());
            assertThrows(IOException.class, () -> RunFolderClaim.take(run, "a model", false),
                    "a second run is kept out while the first holds the folder");
        } finally {
            claim.lock().close();
        }
        RunFolderClaim.take(run, "a model", false).lock().close();
    }

    @Test
    void take_runWithoutResume_isRefusedNamingTheCheckpoint_andLeavesTheFolderFree() throws Exception {
        Path run = runWithCheckpoint();
        IOException e = assertThrows(IOException.class, () -> RunFolderClaim.take(run, "a model", false));
        assertEquals(run + " already holds a training run (step-000010); resume it or choose another folder",
                e.getMessage());
        RunFolderClaim resumed = RunFolderClaim.take(run, "a model", true);
        try {
            assertEquals(List.of(run.resolve(Checkpoints.FOLDER).resolve("step-000010")), resumed.checkpoints());
        } finally {
            resumed.lock().close();
        }
    }

    @Test
    void take_finishedFolder_isRefusedWithoutLeavingALockFile() throws Exception {
        Path finished = Files.createDirectories(dir.resolve("finished"));
        Files.writeString(finished.resolve("manifest.json"), "{}");
        IOException e = assertThrows(IOException.class, () -> RunFolderClaim.take(finished, "an upscaler", true));
        assertTrue(e.getMessage().contains("already holds an upscaler that is not a training run"), e.getMessage());
        assertFalse(Files.exists(finished.resolve(RunFolderLock.FILE_NAME)));
    }
}
