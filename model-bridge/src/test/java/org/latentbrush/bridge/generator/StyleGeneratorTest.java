package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StyleGeneratorTest {

    private static final ArchitectureSpec SPEC =
            new ArchitectureSpec(8, 16, 3, 8, ArchitectureType.STYLE);

    @Test
    void forward_equalsSynthesisOfTheMappedLatentAtEveryLayer_andEachLayerReadsItsOwnW() {
        try (NDManager manager = NDManager.newBaseManager()) {
            StyleGenerator generator = new StyleGenerator(SPEC);
            generator.setInitializer(new NormalInitializer(0.5f), Parameter.Type.WEIGHT);
            generator.initialize(manager, DataType.FLOAT32, new Shape(1, SPEC.latentSize()));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray z = manager.randomUniform(-1, 1, new Shape(2, SPEC.latentSize()));
            NDArray images = generator.forward(store, new NDList(z), false).singletonOrThrow();
            assertEquals(new Shape(2, 3, 16, 16), images.getShape());
            assertTrue(images.abs().max().getFloat() <= 1f);

            NDArray w = generator.mapping(store, z, false);
            List<NDArray> same = new ArrayList<>();
            for (int i = 0; i < generator.layers(); i++) {
                same.add(w);
            }
            assertArrayEquals(images.toFloatArray(),
                    generator.synthesise(store, same, false).toFloatArray(), 1e-6f);
            assertEquals(SPEC.upsamplingSteps() + 1, generator.layers());
            for (int layer = 0; layer < generator.layers(); layer++) {
                List<NDArray> changed = new ArrayList<>(same);
                changed.set(layer, w.add(0.5f));
                float[] other = generator.synthesise(store, changed, false).toFloatArray();
                assertFalse(Arrays.equals(images.toFloatArray(), other),
                        "layer " + layer + " ignores its w");
            }
        }
    }

    @Test
    void random_withTrainingInitialisation_differentLatentsGiveDifferentPictures() {
        // With DCGAN's σ = 0.02 everywhere, w was near 0 and every z drew the same picture.
        ArchitectureSpec spec = new ArchitectureSpec(16, 16, 3, 8, ArchitectureType.STYLE);
        ModelManifest manifest = new ModelManifest("style-16", "Style", spec, -1, 1,
                "generator.params", java.util.Optional.empty(), "none", "CC0-1.0", java.util.Map.of());
        try (GanModel model = GanModel.random(manifest, 3, ai.djl.Device.cpu())) {
            List<float[]> latents = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                latents.add(LatentPaths.random(16, 100 + i));
            }
            List<org.latentbrush.bridge.image.RasterImage> images = model.render(latents);
            int n = images.get(0).data().length;
            double spread = 0;
            for (int p = 0; p < n; p++) {
                double mean = 0;
                for (var image : images) {
                    mean += image.data()[p] / images.size();
                }
                double var = 0;
                for (var image : images) {
                    var += Math.pow(image.data()[p] - mean, 2) / images.size();
                }
                spread += Math.sqrt(var) / n;
            }
            assertTrue(spread > 0.02, "pixels barely change with z: mean spread " + spread);
        }
    }
}
