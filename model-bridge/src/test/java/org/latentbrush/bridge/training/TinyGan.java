package org.latentbrush.bridge.training;

import java.util.Map;
import java.util.Optional;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.ModelManifest;

/** A 16×16 GAN of width 8, small enough to train a few steps in a test in well under a second. */
final class TinyGan {

    static final ArchitectureSpec SPEC = new ArchitectureSpec(8, 16, 3, 8);
    static final int BATCH = 8;

    private TinyGan() {}

    static ModelManifest manifest() {
        return manifest(SPEC);
    }

    static ModelManifest manifest(ArchitectureSpec spec) {
        return new ModelManifest("tiny-gan", "Tiny GAN", spec, -1, 1, "generator.params",
                Optional.empty(), "coloured squares", "CC0-1.0", Map.of());
    }

    static GanTrainingConfig config(long steps, int every) {
        return config(SPEC, steps, every);
    }

    static GanTrainingConfig config(ArchitectureSpec spec, long steps, int every) {
        return GanTrainingConfig.standard(spec, BATCH, steps, 7).withIntervals(every, every);
    }

    static ColouredSquares data() {
        return new ColouredSquares(SPEC.imageSize(), 100);
    }
}
