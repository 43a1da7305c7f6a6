package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;

/** An edit whose candidates are stepped a group at a time: same edit, pictures more often. */
class StepGroupsTest {

    private static GanModel model;

    @BeforeAll
    static void openModel() {
        model = TinyModels.random(3);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    private static ConstraintSet orangeBand() {
        ConstraintSet set = ConstraintSet.empty(model.manifest().imageSize(), model.manifest().imageSize());
        for (int x = 1; x < model.manifest().imageSize(); x += 3) {
            set = set.with(Stroke.color(0xE08030, 2, x, 2));
        }
        return set;
    }

    private static OptimizerSettings settings() {
        return OptimizerSettings.igan().withCandidates(8).withIterations(12).withPublishEvery(1);
    }

    @Test
    void optimize_inGroups_movesEveryCandidateAsTheWholeBatchStepDoes() {
        ConstraintSet strokes = orangeBand();
        CandidateBatch whole = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                settings(), b -> { }, () -> false);
        CandidateBatch grouped = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                settings().withStepGroup(3), b -> { }, () -> false);
        assertEquals(whole.candidates().size(), grouped.candidates().size());
        for (int i = 0; i < whole.candidates().size(); i++) {
            Candidate a = whole.candidates().get(i);
            Candidate b = grouped.candidates().get(i);
            assertEquals(a.cost(), b.cost(), 1e-5, "candidate " + i + "'s cost");
            for (int d = 0; d < a.z().length; d++) {
                assertEquals(a.z()[d], b.z()[d], 1e-4, "candidate " + i + ", dimension " + d);
            }
        }
        assertTrue(whole.best().colorError() < 0.9 * firstError(strokes), "the edit itself makes progress");
    }

    @Test
    void optimize_inGroups_publishesBetweenTheGroupsOfAnIteration() {
        List<CandidateBatch> whole = new ArrayList<>();
        List<CandidateBatch> grouped = new ArrayList<>();
        new LatentOptimizer(model).optimize(orangeBand(), EditStart.fresh(), settings(), whole::add, () -> false);
        new LatentOptimizer(model).optimize(orangeBand(), EditStart.fresh(), settings().withStepGroup(4),
                grouped::add, () -> false);
        // Two groups of 4: one more picture per iteration, each iteration's own as well.
        assertEquals(whole.size() + 12, grouped.size());
    }

    @Test
    void optimize_inGroups_cancelBetweenGroupsStopsBeforeTheNextGroup() {
        List<CandidateBatch> snapshots = new ArrayList<>();
        // Cancelled once the first iteration's first group has published: the second never runs.
        CandidateBatch last = new LatentOptimizer(model).optimize(orangeBand(), EditStart.fresh(),
                settings().withIterations(1_000).withStepGroup(2), snapshots::add,
                () -> snapshots.size() >= 2);
        assertTrue(last.cancelled());
        assertEquals(1, last.iteration(), "stopped inside the first iteration");
        assertEquals(3, snapshots.size(), "starts, the first group's picture, the last");
    }

    private static double firstError(ConstraintSet strokes) {
        List<CandidateBatch> snapshots = new ArrayList<>();
        new LatentOptimizer(model).optimize(strokes, EditStart.fresh(), settings().withIterations(0),
                snapshots::add, () -> false);
        return snapshots.get(0).best().colorError();
    }
}
