package org.latentbrush.bridge.generator;

/**
 * A layer that derives convolution kernels from its weight on every pass and can keep them while
 * the weight is frozen.
 *
 * <p>The optimiser runs a loaded generator thousands of times with weights that never change, so
 * deriving the kernels once pays; a training run's weights move every step, so it must not cache.
 */
public interface FrozenKernelCache {

    /**
     * Lets the layer derive its kernels once and keep them while its weight is frozen, or drops
     * what it kept.
     *
     * <p>Only for weights that nothing changes in place: a loaded model's. A training run's
     * averaged generator is frozen too, but its weights move every step, so it must not cache.
     *
     * @param enabled whether to cache
     */
    void cacheFrozenKernels(boolean enabled);
}
