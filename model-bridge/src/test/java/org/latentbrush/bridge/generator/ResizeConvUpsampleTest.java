package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fused layer must be the resize followed by the convolution in every respect but speed. */
class ResizeConvUpsampleTest {

    private static final Shape INPUT = new Shape(2, 5, 4, 6);

    /** The layer as it was written before: a resize block, then an ordinary 3×3 convolution. */
    private static SequentialBlock resizeThenConv(int out, boolean bias) {
        SequentialBlock reference = new SequentialBlock();
        reference.add(new LambdaBlock(
                list -> new NDList(Resize.doubleNearest(list.singletonOrThrow())), "resize"));
        reference.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                .setFilters(out).optBias(bias).build());
        return reference;
    }

    private static SequentialBlock fused(int out, boolean bias) {
        return new SequentialBlock().add(new ResizeConvUpsample(out, bias));
    }

    private static void initialize(Block block, NDManager manager) {
        block.setInitializer(new NormalInitializer(0.5f), Parameter.Type.WEIGHT);
        block.setInitializer(new NormalInitializer(0.5f), Parameter.Type.BIAS);
        block.initialize(manager, DataType.FLOAT32, INPUT);
    }

    private static byte[] parameterBytes(Block block) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            block.saveParameters(data);
        }
        return bytes.toByteArray();
    }

    private static void load(Block block, NDManager manager, byte[] bytes) throws Exception {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            block.loadParameters(manager, in);
        }
    }

    private static NDArray forward(Block block, NDManager manager, NDArray x) {
        return block.forward(new ParameterStore(manager, false), new NDList(x), false)
                .singletonOrThrow();
    }

    @Test
    void forward_weightsOfAResizeThenConv_givesTheSameImageAndParameterFile() throws Exception {
        for (boolean bias : new boolean[] {false, true}) {
            try (NDManager manager = NDManager.newBaseManager()) {
                SequentialBlock reference = resizeThenConv(7, bias);
                initialize(reference, manager);
                SequentialBlock layer = fused(7, bias);
                initialize(layer, manager);
                byte[] saved = parameterBytes(reference);
                load(layer, manager, saved);
                assertArrayEquals(saved, parameterBytes(layer),
                        "the fused layer must write the parameter file the two layers wrote");

                NDArray x = manager.randomNormal(INPUT);
                NDArray expected = forward(reference, manager, x);
                NDArray trainable = forward(layer, manager, x);
                assertEquals(new Shape(2, 7, 8, 12), trainable.getShape());
                assertArrayEquals(expected.toFloatArray(), trainable.toFloatArray(), 1e-4f);
                // A frozen weight goes through the phase kernels instead.
                layer.freezeParameters(true);
                assertArrayEquals(expected.toFloatArray(), forward(layer, manager, x).toFloatArray(), 1e-4f);
            }
        }
    }

    /** A resize-then-convolution with random weights (RGB out, with bias), and the layer holding them. */
    private static SequentialBlock[] referenceAndLayer(NDManager manager) throws Exception {
        SequentialBlock reference = resizeThenConv(3, true);
        initialize(reference, manager);
        SequentialBlock layer = fused(3, true);
        initialize(layer, manager);
        load(layer, manager, parameterBytes(reference));
        return new SequentialBlock[] {reference, layer};
    }

    /** Both ways the layer computes a trainable weight: directly at a small batch, by its phases at a larger. */
    @ParameterizedTest
    @ValueSource(longs = {ResizeConvUpsample.DIRECT_BATCH_LIMIT, ResizeConvUpsample.DIRECT_BATCH_LIMIT + 2})
    void backward_givesTheWeightAndInputTheResizeThenConvGradients(long batch) throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            SequentialBlock[] pair = referenceAndLayer(manager);
            SequentialBlock reference = pair[0];
            SequentialBlock layer = pair[1];
            Shape input = new Shape(batch, INPUT.get(1), INPUT.get(2), INPUT.get(3));
            NDArray upstream = manager.randomNormal(new Shape(batch, 3, 8, 12));

            float[][] expected = gradients(reference, manager, input, upstream);
            float[][] actual = gradients(layer, manager, input, upstream);
            for (int i = 0; i < expected.length; i++) {
                assertArrayEquals(expected[i], actual[i], 1e-3f, "gradient " + i);
            }
        }
    }

    @Test
    void backward_frozenWeight_givesTheInputTheResizeThenConvGradient() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            SequentialBlock[] pair = referenceAndLayer(manager);
            SequentialBlock reference = pair[0];
            SequentialBlock layer = pair[1];
            layer.freezeParameters(true);
            NDArray upstream = manager.randomNormal(new Shape(2, 3, 8, 12));

            // What the live optimiser does: the weights fixed, the gradient taken to the input.
            NDArray x = manager.arange((float) INPUT.size()).reshape(INPUT).sin();
            x.setRequiresGradient(true);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray y = layer.forward(new ParameterStore(manager, false), new NDList(x), true)
                        .singletonOrThrow();
                collector.backward(y.mul(upstream).sum());
            }
            assertArrayEquals(gradients(reference, manager, INPUT, upstream)[0], x.getGradient().toFloatArray(),
                    1e-3f);
        }
    }

    /** The gradients of ⟨upstream, block(x)⟩ for the input, the weight and the bias. */
    private static float[][] gradients(Block block, NDManager manager, Shape input, NDArray upstream) {
        // The same input for both blocks: a fixed pattern, not a random draw.
        NDArray x = manager.arange((float) input.size()).reshape(input).sin();
        x.setRequiresGradient(true);
        for (var pair : block.getParameters()) {
            pair.getValue().getArray().setRequiresGradient(true);
        }
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray y = block.forward(new ParameterStore(manager, false), new NDList(x), true)
                    .singletonOrThrow();
            collector.backward(y.mul(upstream).sum());
        }
        float[] weight = null;
        float[] bias = null;
        for (var pair : block.getParameters()) {
            float[] gradient = pair.getValue().getArray().getGradient().toFloatArray();
            if (pair.getKey().endsWith("weight")) {
                weight = gradient;
            } else {
                bias = gradient;
            }
        }
        return new float[][] {x.getGradient().toFloatArray(), weight, bias};
    }

    @Test
    void forward_frozenAndCached_matchesTrainableAndDropsTheCacheWhenAsked() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ResizeConvUpsample layer = new ResizeConvUpsample(4, true);
            initialize(layer, manager);
            NDArray x = manager.randomNormal(INPUT);
            float[] trainable = forward(layer, manager, x).toFloatArray();
            layer.freezeParameters(true);
            layer.cacheFrozenKernels(true);
            float[] cached = forward(layer, manager, x).toFloatArray();
            assertArrayEquals(trainable, cached, 1e-5f);

            // Tuning changes a frozen weight in place and then drops what was derived from it.
            NDArray weight = layer.getParameters().valueAt(0).getArray(); // the convolution's weight
            weight.muli(2);
            layer.cacheFrozenKernels(false);
            layer.cacheFrozenKernels(true);
            float[] retuned = forward(layer, manager, x).toFloatArray();
            layer.freezeParameters(false);
            float[] expected = forward(layer, manager, x).toFloatArray();
            assertArrayEquals(expected, retuned, 1e-5f);
        }
    }
}
