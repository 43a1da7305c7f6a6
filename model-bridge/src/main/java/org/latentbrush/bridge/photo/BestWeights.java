package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The tuned weights at the lowest pixel MSE a tuning measured, kept so that a tuning that runs out
 * of steps or time ends with its best, not with its last: at a constant learning rate the PSNR
 * wanders by up to a decibel from one step to the next.
 *
 * <p>The copies are detached clones owned by the tuning's manager; only the tuned tensors are kept.
 */
final class BestWeights {

    private static final NDIndex ALL = new NDIndex("...");

    private final List<Parameter> parameters;
    private final NDManager owner;
    private List<NDArray> copies = List.of();
    private double mse = Double.POSITIVE_INFINITY;

    /**
     * @param parameters the tuned parameters
     * @param owner owns the copies
     */
    BestWeights(List<Parameter> parameters, NDManager owner) {
        this.parameters = parameters;
        this.owner = owner;
    }

    /** Keeps the weights as they are now when their MSE is the lowest so far. */
    void offer(double measured) {
        if (!(measured < mse)) {
            return;
        }
        List<NDArray> fresh = new ArrayList<>(parameters.size());
        for (Parameter parameter : parameters) {
            NDArray copy = parameter.getArray().duplicate();
            copy.attach(owner);
            fresh.add(copy);
        }
        copies.forEach(NDArray::close);
        copies = fresh;
        mse = measured;
    }

    /** The lowest MSE offered, or infinity when none was. */
    double mse() {
        return mse;
    }

    /**
     * Writes the kept weights back into the parameters, in place.
     *
     * <p>Call it only on frozen weights (an in-place write into a tensor that records gradients is
     * refused), and drop what layers derived from the weights afterwards.
     */
    void restore() {
        for (int i = 0; i < copies.size(); i++) {
            parameters.get(i).getArray().set(ALL, copies.get(i));
        }
    }
}
