package org.latentbrush.bridge.optim;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.latentbrush.bridge.constraint.ConstraintSet;

/** What the {@link LiveOptimizer}'s thread does next: the commands of its one ordered queue. */
sealed interface OptimizerCommand {

    /** Optimise for these strokes; snapshots carry the epoch the edit was submitted in. */
    record Edit(ConstraintSet strokes, long epoch) implements OptimizerCommand {}

    /** Make {@code z} current and {@code anchor} the fixed result. */
    record Restore(float[] z, float[] anchor) implements OptimizerCommand {}

    /** Fix {@code z} (iGAN's "Fix"), or release the anchor for {@code null}. */
    record Fix(float[] z) implements OptimizerCommand {}

    /** Forget the current result and the anchor. */
    record Reset() implements OptimizerCommand {}

    /** Other work on the model, such as rendering or projecting. */
    record Work<T>(Supplier<T> work, CompletableFuture<T> result) implements OptimizerCommand {
        void run() {
            result.complete(work.get());
        }
    }
}
