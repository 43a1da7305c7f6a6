package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * An exponential moving average of a network's weights: the generator that gets saved.
 *
 * <p>Averaging the generator over its last few thousand steps smooths out the oscillation of
 * adversarial training and gives visibly cleaner samples at no training cost (Yazıcı et al. 2019;
 * used by BigGAN and StyleGAN). Batch norm's running statistics are averaged too.
 *
 * <p>The decay ramps up as {@code min(decay, (1 + t) / (10 + t))}, so that the average is not
 * dominated for thousands of steps by the random weights it started from.
 */
final class WeightAverage {

    /** Offset of the decay's ramp: the average covers about t/10 steps early on. */
    private static final double RAMP = 10;

    private final List<Parameter> source = new ArrayList<>();
    private final List<Parameter> average = new ArrayList<>();
    private final double decay;

    /**
     * Pairs two networks of the same architecture.
     *
     * @param sourceBlock the network being trained
     * @param averageBlock the network that holds the average
     * @param decay the weight of the old average per step once ramped up, e.g. 0.999
     */
    WeightAverage(Block sourceBlock, Block averageBlock, double decay) {
        if (!(decay >= 0 && decay < 1)) {
            throw new IllegalArgumentException("average decay must be in [0, 1), was " + decay);
        }
        this.decay = decay;
        for (Pair<String, Parameter> pair : sourceBlock.getParameters()) {
            source.add(pair.getValue());
        }
        for (Pair<String, Parameter> pair : averageBlock.getParameters()) {
            average.add(pair.getValue());
        }
        if (source.size() != average.size()) {
            throw new IllegalArgumentException("the average needs the same architecture: "
                    + source.size() + " parameters against " + average.size());
        }
    }

    /** Sets the average to the source's current weights, e.g. at the start of a run. */
    void reset() {
        for (int i = 0; i < source.size(); i++) {
            NDArray target = average.get(i).getArray();
            NDArray value = source.get(i).getArray();
            if (!target.getShape().equals(value.getShape())) {
                throw new IllegalArgumentException("parameter " + i + " has shape "
                        + value.getShape() + " but the average has " + target.getShape());
            }
            target.set(value.toByteBuffer());
        }
    }

    /**
     * Moves the average toward the source after the source's update number {@code step}.
     *
     * @param step the number of updates so far, counted from 1
     * @param scope the step's manager, owning the temporaries
     */
    void update(long step, NDManager scope) {
        double rate = Math.min(decay, (1 + step) / (RAMP + step));
        NDArray keep = scope.create((float) rate);
        NDArray take = scope.create((float) (1 - rate));
        for (int i = 0; i < source.size(); i++) {
            // take * source first, so the product belongs to the step and not to the weights' owner.
            NDArray fresh = take.mul(source.get(i).getArray());
            average.get(i).getArray().muli(keep).addi(fresh);
        }
    }

    /** The decay in force after update number {@code step}, for the training record. */
    double decayAt(long step) {
        return Math.min(decay, (1 + step) / (RAMP + step));
    }
}
