package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in generators' latent gradients, with oneDNN's vector kernels unrestricted as in the
 * editor, are those of the same generator in double precision (which PyTorch runs without oneDNN).
 * Before the last layer was widened ({@link WideConvolution}) they differed by 85 %.
 */
class ShippedGeneratorsFullIsaTest {

    private static final Path MODELS = Path.of("..", "assets", "models");
    private static final int BATCH = 8;

    @ParameterizedTest
    @ValueSource(strings = {"landscape-64", "shoes-32"})
    void latentGradientsMatchDoublePrecision(String name) throws Exception {
        try (GanModel single = GanModel.load(MODELS.resolve(name), Device.cpu());
                GanModel reference = GanModel.load(MODELS.resolve(name), Device.cpu());
                NDManager manager = NDManager.newBaseManager()) {
            manager.getEngine().setRandomSeed(5);
            int size = single.manifest().imageSize();
            NDArray z = manager.randomUniform(-1f, 1f, new Shape(BATCH, single.manifest().latentSize()));
            NDArray weights = manager.randomNormal(new Shape(BATCH, single.manifest().channels(), size, size));

            ParameterStore doubles = new DoublePrecisionStore(manager);
            double[] expected = gradient(reference, z.toType(DataType.FLOAT64, true),
                    weights.toType(DataType.FLOAT64, true),
                    x -> reference.generatorBlock().forward(doubles, new NDList(x), false).singletonOrThrow());
            double[] actual = gradient(single, z, weights, single::generate);

            assertEquals(expected.length, actual.length);
            double worst = 0;
            double scale = 0;
            for (int i = 0; i < expected.length; i++) {
                assertTrue(Double.isFinite(actual[i]), name + ": a gradient is not finite");
                worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
                scale = Math.max(scale, Math.abs(expected[i]));
            }
            assertTrue(worst / scale < 1e-3, name + ": latent gradient off by " + worst / scale);
        }
    }

    /** The gradient of a fixed linear read of the picture, as a colour stroke's cost is. */
    private static double[] gradient(GanModel model, NDArray z0, NDArray weights,
            UnaryOperator<NDArray> generator) {
        try (NDManager step = model.manager().newSubManager()) {
            NDArray z = z0.duplicate();
            z.attach(step);
            z.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(generator.apply(z).mul(weights).sum());
            }
            return z.getGradient().toType(DataType.FLOAT64, false).toDoubleArray();
        }
    }

    /** Hands every layer a double-precision copy of its parameter. */
    private static final class DoublePrecisionStore extends ParameterStore {

        private final NDManager owner;
        private final Map<String, NDArray> copies = new HashMap<>();

        DoublePrecisionStore(NDManager owner) {
            super(owner, false);
            this.owner = owner;
        }

        @Override
        public NDArray getValue(Parameter parameter, Device device, boolean training) {
            if (parameter == null) {
                return null; // a layer without a bias asks for it all the same
            }
            return copies.computeIfAbsent(parameter.getId(), id -> {
                NDArray copy = parameter.getArray().toType(DataType.FLOAT64, true);
                copy.attach(owner);
                return copy;
            });
        }
    }
}
