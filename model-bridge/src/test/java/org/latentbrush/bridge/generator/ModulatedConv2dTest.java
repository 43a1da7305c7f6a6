package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModulatedConv2dTest {

    private static final int BATCH = 2;
    private static final int IN = 3;
    private static final int OUT = 4;
    private static final int SIDE = 5;
    private static final int K = 3;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void apply_equalsConvolutionWithEachSamplesOwnModulatedWeight(boolean demodulate) {
        SplittableRandom random = new SplittableRandom(3);
        float[] x = values(random, BATCH * IN * SIDE * SIDE);
        float[] style = values(random, BATCH * IN);
        float[] weight = values(random, OUT * IN * K * K);
        float[] bias = values(random, OUT);
        float[] actual;
        try (NDManager manager = NDManager.newBaseManager()) {
            actual = ModulatedConv2d.apply(manager.create(x, new Shape(BATCH, IN, SIDE, SIDE)),
                    manager.create(style, new Shape(BATCH, IN)),
                    manager.create(weight, new Shape(OUT, IN, K, K)),
                    manager.create(bias, new Shape(OUT)), demodulate).toFloatArray();
        }
        assertArrayEquals(reference(x, style, weight, bias, demodulate), actual, 1e-4f);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void forward_keepsSizeAndMapsToOutputChannels(boolean demodulate) {
        try (NDManager manager = NDManager.newBaseManager()) {
            ModulatedConv2d layer = new ModulatedConv2d(IN, OUT, K, demodulate);
            layer.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32,
                    new Shape(BATCH, IN, SIDE, SIDE), new Shape(BATCH, 7));
            NDArray out = layer.forward(new ai.djl.training.ParameterStore(manager, false),
                    new ai.djl.ndarray.NDList(manager.ones(new Shape(BATCH, IN, SIDE, SIDE)),
                            manager.ones(new Shape(BATCH, 7))), false).singletonOrThrow();
            assertEquals(new Shape(BATCH, OUT, SIDE, SIDE), out.getShape());
        }
    }

    /** Plain loops: each sample's weight W·s, demodulated per output channel, then convolved. */
    private static float[] reference(float[] x, float[] style, float[] weight, float[] bias,
            boolean demodulate) {
        float[] y = new float[BATCH * OUT * SIDE * SIDE];
        for (int b = 0; b < BATCH; b++) {
            double[] w = new double[OUT * IN * K * K];
            for (int o = 0; o < OUT; o++) {
                double energy = 0;
                for (int i = 0; i < IN; i++) {
                    for (int t = 0; t < K * K; t++) {
                        int at = (o * IN + i) * K * K + t;
                        w[at] = weight[at] * style[b * IN + i];
                        energy += w[at] * w[at];
                    }
                }
                double scale = demodulate ? 1 / Math.sqrt(energy + 1e-8) : 1;
                for (int i = 0; i < IN * K * K; i++) {
                    w[o * IN * K * K + i] *= scale;
                }
            }
            for (int o = 0; o < OUT; o++) {
                for (int r = 0; r < SIDE; r++) {
                    for (int c = 0; c < SIDE; c++) {
                        double sum = bias[o];
                        for (int i = 0; i < IN; i++) {
                            for (int kr = 0; kr < K; kr++) {
                                for (int kc = 0; kc < K; kc++) {
                                    int rr = r + kr - K / 2;
                                    int cc = c + kc - K / 2;
                                    if (rr < 0 || cc < 0 || rr >= SIDE || cc >= SIDE) {
                                        continue;
                                    }
                                    sum += w[((o * IN + i) * K + kr) * K + kc]
                                            * x[((b * IN + i) * SIDE + rr) * SIDE + cc];
                                }
                            }
                        }
                        y[((b * OUT + o) * SIDE + r) * SIDE + c] = (float) sum;
                    }
                }
            }
        }
        return y;
    }

    private static float[] values(SplittableRandom random, int count) {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = (float) (2 * random.nextDouble() - 1);
        }
        return v;
    }
}
