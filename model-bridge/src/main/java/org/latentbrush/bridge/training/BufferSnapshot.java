package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of networks' non-trainable state (batch-norm statistics, spectral norm's u), kept so a
 * training pass that is repeated leaves them as one pass would.
 *
 * <p>A training-mode forward pass moves this state; when its gradients come out non-finite and the
 * pass is repeated ({@link org.latentbrush.bridge.generator.NumericGuard}), restoring it first makes
 * the repeated step identical to an uninterrupted one, so resumed runs still match.
 */
final class BufferSnapshot {

    private final List<Parameter> buffers = new ArrayList<>();
    private final List<float[]> values = new ArrayList<>();

    /**
     * Collects the non-trainable parameters of blocks.
     *
     * @param blocks initialised networks
     */
    BufferSnapshot(Block... blocks) {
        for (Block block : blocks) {
            block.getParameters().forEach(pair -> {
                if (!TrainableParameters.isTrainable(pair.getValue())) {
                    buffers.add(pair.getValue());
                }
            });
        }
    }

    /** Remembers the current values. */
    void take() {
        values.clear();
        for (Parameter buffer : buffers) {
            values.add(buffer.getArray().toFloatArray());
        }
    }

    /** Puts back the values of the last {@link #take}, in place. */
    void restore() {
        for (int i = 0; i < buffers.size(); i++) {
            NDArray array = buffers.get(i).getArray();
            array.set(values.get(i));
        }
    }
}
