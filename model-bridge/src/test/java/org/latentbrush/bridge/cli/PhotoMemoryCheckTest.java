package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A photo too large for this run's memory is refused before the edit allocates anything. */
class PhotoMemoryCheckTest {

    @Test
    void photoLargerThanMemory_isRefusedInOneLineNamingItAndWhatToDo() {
        long pixels = Runtime.getRuntime().maxMemory(); // four bytes each, twice: far more than there is
        UserInputException e = assertThrows(UserInputException.class,
                () -> OptionRange.photoMemory("huge.png", pixels, 2));
        assertTrue(e.getMessage().startsWith("huge.png: "), e.getMessage());
        assertTrue(e.getMessage().contains("megapixels need about") && e.getMessage().contains("-Xmx"),
                e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1);
    }

    @Test
    void smallPhoto_passes() {
        assertDoesNotThrow(() -> OptionRange.photoMemory("small.png", 1_000_000, 2));
    }
}
