package org.latentbrush.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.bridge.api.EditCandidate;
import org.latentbrush.bridge.api.EditSnapshot;

class SnapshotGateTest {

    private final List<Integer> passed = new ArrayList<>();
    private long nowMillis;
    private final SnapshotGate gate = new SnapshotGate(s -> passed.add(s.iteration()), 45,
            () -> nowMillis * 1_000_000L);

    @Test
    void anEditStreamingEveryTwentyMillisShowsAPictureAboutEveryFortyFive() {
        for (int i = 0; i <= 10; i++) {
            nowMillis = 20L * i;
            gate.accept(step(i, false));
        }
        // 0 ms first, then the first step at least 45 ms later: 60, 120, 180 ms.
        assertEquals(List.of(0, 3, 6, 9), passed);
    }

    @Test
    void theSettledPictureAlwaysPassesHoweverSoonItFollows() {
        gate.accept(step(0, false));
        nowMillis = 5;
        gate.accept(step(1, true));
        assertEquals(List.of(0, 1), passed);
    }

    @Test
    void aNewEditsFirstPreviewPassesAtOnce() {
        gate.accept(step(7, true));
        nowMillis = 10;
        gate.accept(step(0, false));
        nowMillis = 20;
        gate.accept(step(1, false));
        assertEquals(List.of(7, 0), passed);
    }

    @Test
    void aZeroIntervalPassesEverySnapshot() {
        List<Integer> all = new ArrayList<>();
        SnapshotGate open = new SnapshotGate(s -> all.add(s.iteration()), 0, () -> 0L);
        for (int i = 0; i < 5; i++) {
            open.accept(step(i, false));
        }
        assertEquals(List.of(0, 1, 2, 3, 4), all);
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SnapshotGate(s -> { }, -1, () -> 0L));
    }

    private static EditSnapshot step(int iteration, boolean finished) {
        EditCandidate only = new EditCandidate(new float[] {0f}, FakePaintEngine.solid(0x336699), 0.1, 0, 0, 0, 0);
        return new EditSnapshot(1, iteration, 36, List.of(only), finished, false, iteration * 20L);
    }
}
