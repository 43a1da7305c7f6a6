package org.latentbrush.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.constraint.ConstraintSet;

class AutosaverTest {

    @TempDir
    Path dir;

    private final long[] revision = {0};
    private int snapshots;

    private Session snapshot() {
        snapshots++;
        return new Session("m", "m", ConstraintSet.empty(512, 512), new float[] {1}, new float[] {0}, null, null);
    }

    @Test
    void tick_unchanged_writesNothing() {
        Path file = dir.resolve("autosave.lbrush");
        Autosaver saver = new Autosaver(file, () -> revision[0], this::snapshot, new CurrentThreadTaskExecutor(),
                e -> { });
        saver.tick();
        assertFalse(Files.exists(file));
        assertEquals(0, snapshots);
    }

    @Test
    void tick_afterChange_writesOnceUntilNextChange() throws Exception {
        Path file = dir.resolve("autosave.lbrush");
        Autosaver saver = new Autosaver(file, () -> revision[0], this::snapshot, new CurrentThreadTaskExecutor(),
                e -> { });
        revision[0]++;
        saver.tick();
        saver.tick();
        assertTrue(Files.exists(file));
        assertEquals(1, snapshots);
        assertEquals("m", SessionFile.read(file).modelName());
        revision[0]++;
        saver.tick();
        assertEquals(2, snapshots);
    }

    @Test
    void tick_writeFails_reportsOnce() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        List<Exception> failures = new ArrayList<>();
        Autosaver saver = new Autosaver(blocker.resolve("autosave.lbrush"), () -> revision[0], this::snapshot,
                new CurrentThreadTaskExecutor(), failures::add);
        revision[0]++;
        saver.tick();
        saver.tick();
        assertEquals(1, failures.size());
    }
}
