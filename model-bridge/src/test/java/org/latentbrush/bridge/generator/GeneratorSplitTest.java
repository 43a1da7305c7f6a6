package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.latentbrush.bridge.TinyModels;

/** Head then tail is the generator, wherever it is cut; the tail holds just the layers asked for. */
class GeneratorSplitTest {

    private static final float[] Z = {0.1f, -0.2f, 0.3f, -0.4f, 0.5f, -0.6f, 0.7f, -0.8f,
        -0.3f, 0.9f, 0.0f, -0.5f, 0.25f, 0.6f, -0.7f, 0.4f};

    private static GanModel tiny(ArchitectureType type) {
        ModelManifest base = TinyModels.manifest(false);
        ModelManifest manifest = new ModelManifest(base.name(), base.title(),
                base.architecture().withType(type), -1, 1, "generator.params", Optional.empty(),
                "random weights", "CC0-1.0", Map.of("steps", 0));
        return GanModel.random(manifest, 5, Device.cpu(), TinyModels.SIGMA);
    }

    /** Weighted layers of the tiny 16-pixel generators: the dense layer and two upsampling steps, then
     * (resize-conv only) the output convolution. */
    private static int weightedLayers(ArchitectureType type) {
        return type == ArchitectureType.RESIZE_CONV ? 4 : 3;
    }

    @ParameterizedTest
    @EnumSource(value = ArchitectureType.class, names = {"DCGAN_SUBPIXEL", "RESIZE_CONV"})
    void headThenTail_givesTheWholeGeneratorsImage_atEveryCut(ArchitectureType type) {
        try (GanModel model = tiny(type); NDManager scope = model.manager().newSubManager()) {
            NDArray z = scope.create(Z, new Shape(2, 8));
            float[] whole = model.generate(z).toFloatArray();
            for (int frozen = 0; frozen <= weightedLayers(type); frozen++) {
                GeneratorSplit split = GeneratorSplit.afterLayers(model, frozen);
                assertArrayEquals(whole, split.tail(split.head(z)).toFloatArray(), 1e-6f, "cut after " + frozen);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ArchitectureType.class, names = {"DCGAN_SUBPIXEL", "RESIZE_CONV"})
    void afterLayers_headHoldsTheFirstWeightedLayersAndTheirNormalisations(ArchitectureType type) {
        try (GanModel model = tiny(type)) {
            List<Parameter> all = model.generatorBlock().getParameters().values();
            GeneratorSplit whole = GeneratorSplit.afterLayers(model, 0);
            assertTrue(whole.isWhole());
            assertEquals(all, whole.tailParameters());
            // The dense layer (one weight, no bias) and the batch norm after it (γ, β, mean, variance).
            GeneratorSplit afterDense = GeneratorSplit.afterLayers(model, 1);
            assertFalse(afterDense.isWhole());
            assertEquals(all.subList(5, all.size()), afterDense.tailParameters());
            // One more: the first upsampling's weight and its batch norm.
            assertEquals(all.subList(10, all.size()), GeneratorSplit.afterLayers(model, 2).tailParameters());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ArchitectureType.class, names = {"DCGAN_SUBPIXEL", "RESIZE_CONV"})
    void afterLayers_asManyAsThereAre_stillTunesTheLast(ArchitectureType type) {
        try (GanModel model = tiny(type)) {
            List<Parameter> all = model.generatorBlock().getParameters().values();
            List<Parameter> tail = GeneratorSplit.afterLayers(model, 99).tailParameters();
            // The output layer: its weight and bias.
            assertEquals(all.subList(all.size() - 2, all.size()), tail);
            assertEquals(tail, GeneratorSplit.afterLayers(model, weightedLayers(type)).tailParameters());
            assertEquals(tail, GeneratorSplit.afterLayers(model, weightedLayers(type) - 1).tailParameters());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ArchitectureType.class, names = {"STYLE"})
    void afterLayers_generatorThatIsNoSequence_isAllTail(ArchitectureType type) {
        try (GanModel model = tiny(type); NDManager scope = model.manager().newSubManager()) {
            GeneratorSplit split = GeneratorSplit.afterLayers(model, 1);
            assertTrue(split.isWhole());
            NDArray z = scope.create(Z, new Shape(2, 8));
            assertArrayEquals(model.generate(z).toFloatArray(), split.tail(split.head(z)).toFloatArray(), 1e-6f);
        }
    }

    @Test
    void afterLayers_negative_isRefused() {
        try (GanModel model = tiny(ArchitectureType.DCGAN_SUBPIXEL)) {
            assertThrows(IllegalArgumentException.class, () -> GeneratorSplit.afterLayers(model, -1));
        }
    }
}
