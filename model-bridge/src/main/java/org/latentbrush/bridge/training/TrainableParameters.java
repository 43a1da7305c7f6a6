package org.latentbrush.bridge.training;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parameters of a block that an optimiser updates, in the block's order, with a switch to
 * freeze them.
 *
 * <p>Batch norm's running mean and variance, and spectral normalisation's power-iteration vector,
 * are state updated by forward passes, not by gradients: marking them trainable makes the engine's
 * backward pass fail ("native_batch_norm is not differentiable with respect to 'running_mean'"),
 * so they are left out.
 */
public final class TrainableParameters {

    private static final Set<Parameter.Type> TRAINABLE = Set.of(
            Parameter.Type.WEIGHT, Parameter.Type.BIAS, Parameter.Type.GAMMA, Parameter.Type.BETA);

    private final List<Parameter> parameters = new ArrayList<>();

    /**
     * Collects a block's trainable parameters and makes them record gradients.
     *
     * @param block an initialised block
     */
    public TrainableParameters(Block block) {
        block.getParameters().forEach(pair -> {
            if (isTrainable(pair.getValue())) {
                parameters.add(pair.getValue());
            }
        });
        freeze(false);
    }

    /** Whether an optimiser updates parameters of this kind. */
    static boolean isTrainable(Parameter parameter) {
        return TRAINABLE.contains(parameter.getType());
    }

    /**
     * Stops or restarts gradient recording for these parameters.
     *
     * <p>The generator's step freezes the discriminator: its gradients would be thrown away, and
     * computing them costs about a third of its backward pass.
     *
     * @param frozen {@code true} to stop recording gradients
     */
    void freeze(boolean frozen) {
        for (Parameter parameter : parameters) {
            parameter.freeze(frozen);
        }
    }

    /** The parameters, in the block's order; their arrays change when weights are loaded. */
    List<Parameter> list() {
        return parameters;
    }

    /** Number of scalar values in all of them. */
    long count() {
        return parameters.stream().mapToLong(p -> p.getArray().size()).sum();
    }
}
