package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdamOptimizerTest {

    private static final AdamSettings SETTINGS = new AdamSettings(0.01f, 0.5f, 0.9f);

    @TempDir
    Path dir;

    private static Block linear(NDManager manager) {
        Engine.getInstance().setRandomSeed(3);
        Block block = Linear.builder().setUnits(2).build();
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
        return block;
    }

    /** One backward pass of sum(W x + b)² on a fixed x. */
    private static void backward(Block block, NDManager scope) {
        ParameterStore store = new ParameterStore(scope, false);
        try (GradientCollector collector = scope.getEngine().newGradientCollector()) {
            NDArray x = scope.create(new float[] {1, -2, 0.5f}, new Shape(1, 3));
            NDArray y = block.forward(store, new NDList(x), true).singletonOrThrow();
            collector.backward(y.square().sum());
        }
    }

    private static float[] weights(Block block) {
        return block.getParameters().get("weight").getArray().toFloatArray();
    }

    @Test
    void step_first_movesEachWeightByLearningRateAgainstItsGradient() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = linear(manager);
            TrainableParameters parameters = new TrainableParameters(block);
            AdamOptimizer adam = new AdamOptimizer(parameters, SETTINGS, manager);
            float[] before = weights(block);
            float[] gradient;
            try (NDManager scope = manager.newSubManager()) {
                backward(block, scope);
                gradient = block.getParameters().get("weight").getArray().getGradient().toFloatArray();
                adam.step(scope);
            }
            float[] after = weights(block);
            // Bias-corrected first step: m̂ = g, v̂ = g², so the update is lr · g / |g|.
            for (int i = 0; i < before.length; i++) {
                assertEquals(before[i] - SETTINGS.learningRate() * Math.signum(gradient[i]),
                        after[i], 1e-6f, "weight " + i);
            }
        }
    }

    @Test
    void step_nonFiniteGradient_isRefusedAndLeavesWeightsAndClearsGradient() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = linear(manager);
            AdamOptimizer adam = new AdamOptimizer(new TrainableParameters(block), SETTINGS, manager);
            float[] before = weights(block);
            try (NDManager scope = manager.newSubManager()) {
                backward(block, scope);
                NDArray gradient = block.getParameters().get("weight").getArray().getGradient();
                gradient.set(new NDIndex("0, 1"), Float.NaN);
                assertFalse(adam.step(scope));
                assertArrayEquals(before, weights(block));
                assertEquals(0, adam.updates());
                // The next pass starts from clean gradients and is applied.
                backward(block, scope);
                assertTrue(adam.step(scope));
                assertEquals(1, adam.updates());
            }
            assertFalse(java.util.Arrays.equals(before, weights(block)));
        }
    }

    @Test
    void step_applied_leavesNoGradientForTheNextPass() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = linear(manager);
            AdamOptimizer adam = new AdamOptimizer(new TrainableParameters(block), SETTINGS, manager);
            try (NDManager scope = manager.newSubManager()) {
                backward(block, scope);
                assertTrue(adam.step(scope));
                float[] left = block.getParameters().get("weight").getArray().getGradient()
                        .toFloatArray();
                assertArrayEquals(new float[left.length], left);
            }
        }
    }

    @Test
    void saveThenLoad_intoFreshOptimiser_continuesIdentically() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block original = linear(manager);
            Block copy = linear(manager);
            AdamOptimizer first = new AdamOptimizer(new TrainableParameters(original), SETTINGS, manager);
            AdamOptimizer second = new AdamOptimizer(new TrainableParameters(copy), SETTINGS, manager);
            for (int i = 0; i < 2; i++) {
                try (NDManager scope = manager.newSubManager()) {
                    backward(original, scope);
                    first.step(scope);
                    backward(copy, scope);
                    second.step(scope);
                }
            }
            Path file = dir.resolve("adam.state");
            first.save(file);
            AdamOptimizer restored = new AdamOptimizer(new TrainableParameters(copy), SETTINGS, manager);
            try (NDManager scope = manager.newSubManager()) {
                restored.load(file, scope);
                assertEquals(2, restored.updates());
                backward(original, scope);
                first.step(scope);
                backward(copy, scope);
                restored.step(scope);
            }
            assertArrayEquals(weights(original), weights(copy), 0f);
        }
    }
}
