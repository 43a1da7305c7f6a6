package org.latentbrush.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.app.session.DataFolders;

class LaunchOptionsTest {

    @Test
    void parse_allOptions_readsThem() {
        LaunchOptions o = LaunchOptions.parse(List.of("--model", "tiny", "--replay", "s.json", "--ready-file", "r",
                "--data-dir", "d", "--seed", "7", "--no-recovery", "x.lbrush"));
        assertEquals("tiny", o.model());
        assertEquals(Path.of("s.json"), o.replay());
        assertEquals(Path.of("r"), o.readyFile());
        assertEquals(Path.of("d"), o.dataDir());
        assertEquals(7L, o.seed());
        assertTrue(o.noRecovery());
        assertEquals(Path.of("x.lbrush"), o.session());
    }

    @Test
    void dataFolder_isTheDataDirGivenOrTheUsersOwn() {
        assertEquals(Path.of("d"), LaunchOptions.parse(List.of("--data-dir", "d")).dataFolder());
        assertEquals(DataFolders.userDataFolder(), LaunchOptions.parse(List.of()).dataFolder());
    }

    @Test
    void parse_missingValue_explains() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--model")));
        assertEquals("--model needs a value", e.getMessage());
    }

    @Test
    void parse_unknownOption_explains() {
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--fast")));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--seed", "x")));
    }

    @Test
    void parse_timings_needsAReplayToTime() {
        LaunchOptions o = LaunchOptions.parse(List.of("--replay", "s.json", "--timings", "t.json"));
        assertEquals(Path.of("t.json"), o.timings());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--timings", "t.json")));
        assertTrue(e.getMessage().startsWith("--timings needs --replay"), e.getMessage());
    }

    @Test
    void parse_drawSpeed_needsTimingsAndASensibleNumber() {
        LaunchOptions o = LaunchOptions.parse(List.of("--replay", "s.json", "--timings", "t.json", "--draw-speed", "600"));
        assertEquals(600.0, o.drawSpeed());
        assertEquals(0.0, LaunchOptions.parse(List.of("--replay", "s.json")).drawSpeed());
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--replay", "s.json", "--draw-speed", "600")));
        assertTrue(alone.getMessage().startsWith("--draw-speed needs --timings"), alone.getMessage());
        for (String bad : List.of("fast", "-1", "NaN", "Infinity", "1e9")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(
                    List.of("--replay", "s.json", "--timings", "t.json", "--draw-speed", bad)));
            assertTrue(e.getMessage().startsWith("--draw-speed"), e.getMessage());
        }
    }
}
