package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;

/** A differentiable distance between a batch of generated images and one fixed target, by features. */
interface FeatureDistance {

    /**
     * Measures each image against the target.
     *
     * @param images G(z), shape (batch, channels, S, S), in the model's value range; the result
     *     belongs to their manager
     * @return per-image distances, shape (batch)
     */
    NDArray distance(NDArray images);
}
