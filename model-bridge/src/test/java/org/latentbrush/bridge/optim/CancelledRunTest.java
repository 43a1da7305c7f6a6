package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;

class CancelledRunTest {

    @Test
    void optimize_cancelledBeforeFirstStep_stillHandsOverRankedStarts() {
        try (GanModel model = TinyModels.random(5)) {
            ConstraintSet set = ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 3, 8, 8));
            CandidateBatch last = new LatentOptimizer(model).optimize(set, EditStart.fresh(),
                    OptimizerSettings.live(), b -> { }, () -> true);
            assertTrue(last.finished() && last.cancelled());
            assertEquals(0, last.iteration());
            assertTrue(last.candidates().size() > 0);
        }
    }
}
