package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.GeneratorSplit;
import org.latentbrush.bridge.image.RasterImage;

/** One weight step of a tuning: its arrays are its own, so a long tuning holds no more than a short one. */
class TuningStepTest {

    private static final Set<Parameter.Type> TUNED = Set.of(
            Parameter.Type.WEIGHT, Parameter.Type.BIAS, Parameter.Type.GAMMA, Parameter.Type.BETA);

    @Test
    void steps_withAndWithoutTheLocalityTerm_leaveNoArrayOnTheTuningsManager() {
        try (GanModel model = TinyModels.random(3); GanModel tuned = model.generatorCopy()) {
            float[] pivot = ProjectorTest.hiddenLatent(model, 7);
            RasterImage frame = model.render(List.of(ProjectorTest.hiddenLatent(model, 8))).get(0);
            GeneratorSplit shared = GeneratorSplit.afterLayers(model, 1);
            GeneratorSplit tail = GeneratorSplit.afterLayers(tuned, 1);
            List<Parameter> parameters = new ArrayList<>();
            for (Parameter parameter : tail.tailParameters()) {
                if (TUNED.contains(parameter.getType())) {
                    parameter.freeze(false);
                    parameters.add(parameter);
                }
            }
            List<Optimizer> adam = new ArrayList<>();
            parameters.forEach(p -> adam.add(Adam.builder().build()));
            TuningSettings settings = TuningSettings.defaults();
            int side = model.manifest().imageSize();
            try (NDManager run = tuned.manager().newSubManager()) {
                NDArray target = run.create(frame.data(), new Shape(1, model.manifest().channels(), side, side));
                TuningStep step = new TuningStep(shared, tail, parameters, adam,
                        ProjectionLoss.forFrame(model, target, 0, run), 0.01, pivot,
                        new LocalityPool(shared, pivot, settings.localityReach(), 4, 1, run), run);
                // The first update of each weight makes Adam's state; from then on nothing is added.
                takeStep(step, 0, run);
                takeStep(step, -1, run);
                int held = run.getManagedArrays().size();
                double first = takeStep(step, 1, run);
                double last = first;
                for (int i = 0; i < 6; i++) {
                    last = takeStep(step, i % 2 == 0 ? -1 : 2, run);
                }
                assertEquals(held, run.getManagedArrays().size(),
                        "each step's activations are the step's own, not the tuning's");
                assertTrue(last < first, "the steps still tune: MSE " + first + " -> " + last);
            } finally {
                tuned.refreezeAfterTuning();
            }
        }
    }

    private static double takeStep(TuningStep step, int neighbour, NDManager run) {
        Optional<Double> mse = step.measure(neighbour, run);
        step.apply(run);
        return mse.orElseThrow();
    }
}
