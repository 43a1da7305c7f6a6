package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderLockTest {

    @TempDir
    Path dir;

    @Test
    void acquire_heldFolder_refusesAndReleasedFolder_opens() throws IOException {
        Path run = dir.resolve("run");
        try (RunFolderLock first = RunFolderLock.acquire(run)) {
            IOException e = assertThrows(IOException.class, () -> RunFolderLock.acquire(run));
            assertTrue(e.getMessage().contains("another training run"), e.getMessage());
        }
        RunFolderLock.acquire(run).close();
        assertTrue(Files.exists(run.resolve(RunFolderLock.FILE_NAME)));
    }

    @Test
    void acquire_pathThatIsAFile_saysItCannotWriteThere() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("photo.jpg"), "not a folder");
        IOException e = assertThrows(IOException.class, () -> RunFolderLock.acquire(notAFolder));
        assertTrue(e.getMessage().startsWith("cannot write in " + notAFolder), e.getMessage());
    }
}
