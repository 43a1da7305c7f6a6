package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;

/** An edit that continues a stroke's superseded edits narrows on the stroke's clock, not its own. */
class NarrowingClockTest {

    @Test
    void continuingEdit_narrowsAtTheStrokesIterationCount() {
        try (GanModel model = TinyModels.random(4)) {
            ConstraintSet strokes = ConstraintSet.empty(16, 16).with(Stroke.color(0x2040FF, 3, 2, 8, 14, 8));
            OptimizerSettings settings = OptimizerSettings.live().withIterations(1).withEarlyStop(EarlyStop.NEVER);
            List<float[]> carried = draws(settings.candidates(), model.manifest().latentSize());
            LatentOptimizer optimizer = new LatentOptimizer(model);
            int every = settings.narrowing().every();

            CandidateBatch ownClock = optimizer.optimize(strokes, new EditStart(null, null, carried, 0),
                    settings, batch -> { }, () -> false);
            CandidateBatch strokeClock = optimizer.optimize(strokes,
                    new EditStart(null, null, carried, every - 1), settings, batch -> { }, () -> false);

            assertEquals(settings.candidates(), ownClock.stepping(), "one iteration of its own: no halving yet");
            assertEquals(settings.candidates() / 2, strokeClock.stepping(),
                    "the stroke's " + every + "th iteration halves the candidates");
        }
    }

    private static List<float[]> draws(int count, int size) {
        SplittableRandom random = new SplittableRandom(3);
        List<float[]> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] z = new float[size];
            for (int d = 0; d < size; d++) {
                z[d] = (float) (2 * random.nextDouble() - 1);
            }
            list.add(z);
        }
        return list;
    }
}
