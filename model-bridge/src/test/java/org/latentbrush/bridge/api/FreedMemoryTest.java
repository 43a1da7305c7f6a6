package org.latentbrush.bridge.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

class FreedMemoryTest {

    @Test
    void keep_onLinuxWithGlibc_theCLibraryTakesTheSettings() {
        // The project's machines and CI run glibc on Linux; elsewhere keep() is a no-op.
        assertTrue(!Platform.isLinux() || System.getenv().keySet().stream().anyMatch(k -> k.startsWith("MALLOC_"))
                || FreedMemory.keep(), "mallopt refused the settings");
    }
}
