package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubPixelUpsampleTest {

    /**
     * The textbook transposed convolution: every input pixel scatters its value times the kernel
     * into the output at stride 2, offset by the padding.
     */
    private static float[] referenceTransposedConv(float[] x, int batch, int in, int h, int w,
            float[] weight, int out, float[] bias) {
        int stride = 2;
        int pad = 1;
        int k = 4;
        int oh = 2 * h;
        int ow = 2 * w;
        float[] y = new float[batch * out * oh * ow];
        for (int b = 0; b < batch; b++) {
            for (int ci = 0; ci < in; ci++) {
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < w; j++) {
                        float value = x[((b * in + ci) * h + i) * w + j];
                        for (int co = 0; co < out; co++) {
                            for (int ki = 0; ki < k; ki++) {
                                for (int kj = 0; kj < k; kj++) {
                                    int oi = i * stride - pad + ki;
                                    int oj = j * stride - pad + kj;
                                    if (oi < 0 || oj < 0 || oi >= oh || oj >= ow) {
                                        continue;
                                    }
                                    y[((b * out + co) * oh + oi) * ow + oj] +=
                                            value * weight[((ci * out + co) * k + ki) * k + kj];
                                }
                            }
                        }
                    }
                }
            }
        }
        if (bias != null) {
            for (int i = 0; i < y.length; i++) {
                y[i] += bias[(i / (oh * ow)) % out];
            }
        }
        return y;
    }

    private static float[] gaussian(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    @Test
    void upsample_randomInputs_matchesTextbookTransposedConvolution() {
        Random random = new Random(7);
        int batch = 2;
        int in = 3;
        int out = 5;
        int h = 4;
        int w = 6;
        float[] x = gaussian(random, batch * in * h * w);
        float[] weight = gaussian(random, in * out * 16);
        float[] bias = gaussian(random, out);
        float[] expected = referenceTransposedConv(x, batch, in, h, w, weight, out, bias);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray result = SubPixelUpsample.upsample(
                    manager.create(x, new Shape(batch, in, h, w)),
                    manager.create(weight, new Shape(in, out, 4, 4)),
                    manager.create(bias, new Shape(out)));
            assertEquals(new Shape(batch, out, 2 * h, 2 * w), result.getShape());
            assertArrayEquals(expected, result.toFloatArray(), 1e-4f);
        }
    }

    @Test
    void upsample_withoutBias_matchesReference() {
        Random random = new Random(11);
        float[] x = gaussian(random, 8 * 3 * 3);
        float[] weight = gaussian(random, 8 * 2 * 16);
        float[] expected = referenceTransposedConv(x, 1, 8, 3, 3, weight, 2, null);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray result = SubPixelUpsample.upsample(manager.create(x, new Shape(1, 8, 3, 3)),
                    manager.create(weight, new Shape(8, 2, 4, 4)), null);
            assertArrayEquals(expected, result.toFloatArray(), 1e-4f);
        }
    }

    /**
     * The gradient of sum(y · g) with respect to a transposed convolution's weight: each tap
     * collects input pixel times upstream gradient at the output pixel the tap wrote to.
     */
    private static float[] referenceWeightGradient(float[] x, int in, int h, int w, float[] g,
            int out) {
        int k = 4;
        float[] grad = new float[in * out * k * k];
        for (int ci = 0; ci < in; ci++) {
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < w; j++) {
                    for (int co = 0; co < out; co++) {
                        for (int ki = 0; ki < k; ki++) {
                            for (int kj = 0; kj < k; kj++) {
                                int oi = 2 * i - 1 + ki;
                                int oj = 2 * j - 1 + kj;
                                if (oi < 0 || oj < 0 || oi >= 2 * h || oj >= 2 * w) {
                                    continue;
                                }
                                grad[((ci * out + co) * k + ki) * k + kj] += x[(ci * h + i) * w + j]
                                        * g[(co * 2 * h + oi) * 2 * w + oj];
                            }
                        }
                    }
                }
            }
        }
        return grad;
    }

    @Test
    void upsample_backward_givesTheWeightTheTransposedConvolutionsGradient() {
        // Training goes through this path: a kernel detached from the weight (as a copy made by
        // duplicate() is) would leave the weight's gradient zero and the generator untrainable.
        Random random = new Random(13);
        int in = 3;
        int out = 2;
        int h = 3;
        int w = 4;
        float[] x = gaussian(random, in * h * w);
        float[] weight = gaussian(random, in * out * 16);
        float[] upstream = gaussian(random, out * 4 * h * w);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weightArray = manager.create(weight, new Shape(in, out, 4, 4));
            weightArray.setRequiresGradient(true);
            try (ai.djl.training.GradientCollector collector =
                    manager.getEngine().newGradientCollector()) {
                NDArray y = SubPixelUpsample.upsample(manager.create(x, new Shape(1, in, h, w)),
                        weightArray, null);
                collector.backward(y.mul(manager.create(upstream, y.getShape())).sum());
            }
            assertArrayEquals(referenceWeightGradient(x, in, h, w, upstream, out),
                    weightArray.getGradient().toFloatArray(), 1e-4f);
        }
    }

    @Test
    void generate_repeatedInScopes_leavesModelManagerSize() {
        try (GanModel model = org.latentbrush.bridge.TinyModels.random(3)) {
            BaseNDManager owner = (BaseNDManager) model.manager();
            generateInScope(model);
            int afterFirst = owner.getManagedArrays().size();
            for (int i = 0; i < 3; i++) {
                generateInScope(model);
            }
            assertEquals(afterFirst, owner.getManagedArrays().size(),
                    "arrays derived from the weights must belong to the caller's scope");
        }
    }

    private static void generateInScope(GanModel model) {
        try (NDManager scope = model.manager().newSubManager()) {
            model.generate(scope.zeros(new Shape(2, model.manifest().latentSize())));
        }
    }

    @Test
    void forward_frozenWeights_matchesUnfrozenAndReference() {
        try (NDManager manager = NDManager.newBaseManager()) {
            SubPixelUpsample layer = new SubPixelUpsample(6, 4, true);
            layer.setInitializer(new ai.djl.training.initializer.NormalInitializer(0.5f),
                    ai.djl.nn.Parameter.Type.WEIGHT);
            layer.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, new Shape(2, 6, 5, 5));
            ai.djl.training.ParameterStore store = new ai.djl.training.ParameterStore(manager, false);
            NDArray x = manager.randomNormal(new Shape(2, 6, 5, 5));
            float[] trainable = layer.forward(store, new ai.djl.ndarray.NDList(x), false)
                    .singletonOrThrow().toFloatArray();
            layer.freezeParameters(true);
            layer.cacheFrozenKernels(true);
            float[] frozen = layer.forward(store, new ai.djl.ndarray.NDList(x), false)
                    .singletonOrThrow().toFloatArray();
            float[] again = layer.forward(store, new ai.djl.ndarray.NDList(x), false)
                    .singletonOrThrow().toFloatArray();
            assertArrayEquals(trainable, frozen, 1e-5f);
            assertArrayEquals(frozen, again, 0f);
            float[] weight = layer.getParameters().get("weight").getArray().toFloatArray();
            float[] bias = layer.getParameters().get("bias").getArray().toFloatArray();
            assertArrayEquals(referenceTransposedConv(x.toFloatArray(), 2, 6, 5, 5, weight, 4, bias),
                    frozen, 1e-4f);
        }
    }
}
