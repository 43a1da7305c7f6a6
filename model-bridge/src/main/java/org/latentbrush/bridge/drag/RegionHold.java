package org.latentbrush.bridge.drag;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * DragGAN's mask term: outside the region the user lets move, the features are held to the ones
 * the drag started from, by their mean absolute difference times a weight (λ = 10 in DragGAN).
 *
 * <p>A feature pixel that spans image pixels on both sides of the region's edge is held by the
 * share of them that must stay.
 */
final class RegionHold {

    private final NDArray reference;
    private final NDArray held;
    private final double weight;

    /**
     * @param reference the starting features (1, channels, side, side), detached, owned by the run
     * @param heldShare per feature pixel, the share to hold ({@link FeatureGrid#heldShare})
     * @param weight the term's weight
     * @param run the drag's manager, which owns the held shares
     */
    RegionHold(NDArray reference, float[] heldShare, double weight, NDManager run) {
        this.reference = reference;
        long side = reference.getShape().get(2);
        this.held = run.create(heldShare, new Shape(1, 1, side, side));
        this.weight = weight;
    }

    /**
     * The term for one latent's features.
     *
     * @param map features of shape (1, channels, side, side)
     * @return a scalar
     */
    NDArray loss(NDArray map) {
        return map.sub(reference).abs().mul(held).mean().mul((float) weight);
    }
}
