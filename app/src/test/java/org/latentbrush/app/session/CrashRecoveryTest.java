package org.latentbrush.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void hasRecoverableWork_markerAndAutosave_isTrue() throws Exception {
        CrashRecovery recovery = new CrashRecovery(dir);
        recovery.markRunning();
        Files.writeString(recovery.autosaveFile(), "zip");
        assertTrue(new CrashRecovery(dir).hasRecoverableWork());
    }

    @Test
    void markCleanExit_removesMarkerAndAutosave() throws Exception {
        CrashRecovery recovery = new CrashRecovery(dir);
        recovery.markRunning();
        Files.writeString(recovery.autosaveFile(), "zip");
        recovery.markCleanExit();
        assertFalse(recovery.hasRecoverableWork());
        assertFalse(Files.exists(recovery.autosaveFile()));
    }

    @Test
    void hasRecoverableWork_markerWithoutAutosave_isFalse() throws Exception {
        CrashRecovery recovery = new CrashRecovery(dir);
        recovery.markRunning();
        assertFalse(recovery.hasRecoverableWork());
    }

    @Test
    void resolve_linux_usesXdgDataHome() {
        assertEquals(Path.of("/x/latent-brush"), DataFolders.resolve(null, "Linux", "/home/u", Map.of("XDG_DATA_HOME", "/x")));
        assertEquals(Path.of("/home/u/.local/share/latent-brush"), DataFolders.resolve(null, "Linux", "/home/u", Map.of()));
    }

    @Test
    void resolve_otherPlatforms_useTheirCustom() {
        assertEquals(Path.of("/Users/u/Library/Application Support/Latent Brush"),
                DataFolders.resolve(null, "Mac OS X", "/Users/u", Map.of()));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "Latent Brush"),
                DataFolders.resolve(null, "Windows 11", "/h", Map.of("APPDATA", "C:/Users/u/AppData/Roaming")));
        assertEquals(Path.of("/tmp/d"), DataFolders.resolve("/tmp/d", "Linux", "/h", Map.of()));
    }
}
