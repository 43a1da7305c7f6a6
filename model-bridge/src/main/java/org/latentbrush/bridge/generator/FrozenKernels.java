package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.function.BiFunction;

/**
 * Kernels a layer derives from its weight, kept while the weight is frozen: the optimiser runs a
 * loaded generator thousands of times with weights that never change. Shared by the layers that
 * implement {@link FrozenKernelCache}.
 *
 * <p>The kept kernels are contiguous copies owned by the weight's manager. PyTorch's clone through
 * DJL's {@code duplicate()} is detached from autograd, so they serve only weights that need no
 * gradient; a trainable weight always gets fresh kernels that keep its gradient.
 */
final class FrozenKernels {

    /** Derives the kernels from a weight, handing every array it makes to the given manager. */
    private final BiFunction<NDArray, NDManager, NDList> derive;
    private boolean enabled;
    private NDArray source;
    private NDList kept;

    FrozenKernels(BiFunction<NDArray, NDManager, NDList> derive) {
        this.derive = derive;
    }

    /**
     * The kernels for this pass: kept ones for a frozen weight when caching is on, otherwise views
     * owned by {@code stepOwner} that keep the weight's gradient.
     *
     * @param parameter the weight's parameter, to see whether it needs a gradient
     * @param weight its value for this pass
     * @param stepOwner the manager the pass scopes its arrays in
     * @return the kernels
     */
    NDList of(Parameter parameter, NDArray weight, NDManager stepOwner) {
        if (!enabled || parameter.requiresGradient()) {
            return derive.apply(weight, stepOwner);
        }
        if (source != weight) {
            drop();
            NDManager owner = weight.getManager();
            try (NDManager temp = owner.newSubManager()) {
                NDList copies = new NDList();
                for (NDArray view : derive.apply(weight, temp)) {
                    NDArray kernel = view.duplicate();
                    kernel.attach(owner);
                    copies.add(kernel);
                }
                kept = copies;
            }
            source = weight;
        }
        return kept;
    }

    /** Turns keeping on or off; off drops what was kept, so nothing stale is reused. */
    void enable(boolean on) {
        enabled = on;
        if (!on) {
            drop();
        }
    }

    private void drop() {
        if (kept != null) {
            kept.close();
            kept = null;
            source = null;
        }
    }
}
