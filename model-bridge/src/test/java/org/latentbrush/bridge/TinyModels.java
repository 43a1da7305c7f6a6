package org.latentbrush.bridge;

import ai.djl.Device;
import java.util.Map;
import java.util.Optional;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;

/** Small randomly initialised models, so tests run on the CPU in milliseconds. */
public final class TinyModels {

    private TinyModels() {}

    /** A manifest for a 16×16 RGB generator with an 8-dimensional z. */
    public static ModelManifest manifest(boolean withEncoder) {
        return new ModelManifest("tiny-16", "Tiny test model", new ArchitectureSpec(8, 16, 3, 8),
                -1, 1, "generator.params",
                withEncoder ? Optional.of(new ModelManifest.EncoderSpec("encoder.params", 8)) : Optional.empty(),
                "random weights", "CC0-1.0", Map.of("steps", 0));
    }

    /** Weight spread that gives an untrained tiny model clearly varied images. */
    public static final float SIGMA = 0.4f;

    /** A random tiny model on the CPU. */
    public static GanModel random(long seed) {
        return GanModel.random(manifest(false), seed, Device.cpu(), SIGMA);
    }
}
