package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;

class StartScreenTest {

    @Test
    void choose_keepsLeadingStartsThenCheapestDraws() {
        float[] cost = {9, 8, 5, 1, 7, 2, 3};
        assertArrayEquals(new long[] {0, 1, 3, 5, 6}, StartScreen.choose(cost, 2, 5));
    }

    @Test
    void choose_withoutKeptStarts_ranksEveryDraw() {
        float[] cost = {4, 3, 2, 1};
        assertArrayEquals(new long[] {3, 2}, StartScreen.choose(cost, 0, 2));
    }

    /**
     * The first draws of a screened edit are the draws of an unscreened one (same seed), so the
     * screened edit starts from a set of candidates at least as good: its first preview can only
     * be cheaper, and with many draws it is strictly so on a random model.
     */
    @Test
    void optimize_screenedStarts_firstPreviewNoWorseThanUnscreened() {
        try (GanModel model = TinyModels.random(3)) {
            ConstraintSet set = ConstraintSet.empty(16, 16)
                    .with(Stroke.color(0x20C040, 4, 3, 12, 13, 12))
                    .with(Stroke.color(0x1030A0, 4, 3, 3, 13, 3));
            OptimizerSettings plain = OptimizerSettings.igan().withCandidates(4).withIterations(1);
            double unscreened = firstPreviewCost(model, set, plain);
            double screened = firstPreviewCost(model, set, plain.withScreened(64));
            assertTrue(screened < unscreened, "screened " + screened + " vs unscreened " + unscreened);
        }
    }

    @Test
    void optimize_screenedStarts_optimisesOnlyTheCandidateCount() {
        try (GanModel model = TinyModels.random(3)) {
            ConstraintSet set = ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 4, 8, 8));
            OptimizerSettings settings = OptimizerSettings.igan().withCandidates(4).withIterations(2)
                    .withScreened(32);
            CandidateBatch last = new LatentOptimizer(model).optimize(set, EditStart.fresh(), settings,
                    b -> { }, () -> false);
            assertEquals(4, last.candidates().size());
        }
    }

    private static double firstPreviewCost(GanModel model, ConstraintSet set, OptimizerSettings s) {
        List<CandidateBatch> snapshots = new ArrayList<>();
        new LatentOptimizer(model).optimize(set, EditStart.fresh(), s, snapshots::add, () -> false);
        assertEquals(0, snapshots.get(0).iteration());
        return snapshots.get(0).best().cost();
    }
}
