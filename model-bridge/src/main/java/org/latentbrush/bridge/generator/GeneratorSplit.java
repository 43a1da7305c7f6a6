package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;

/**
 * A generator cut in two between its layers: a head from z to the activation at the cut, and a
 * tail from there to the image, each run on its own.
 *
 * <p>A tuning that changes only the last layers needs gradients only through them: run the head
 * outside gradient recording, and the backward pass stops at the cut. The head of the model and
 * of a copy whose tail alone was tuned are the same function, so either one's head serves both.
 * Only a sequential generator can be cut; any other has an empty head and is all tail.
 *
 * <p>The cut is counted in weighted layers (the dense layer and the convolutions): the head holds
 * the first {@code n} of them and whatever follows each (batch norm, activation).
 */
public final class GeneratorSplit {

    private final List<Block> head;
    private final List<Block> tail;
    private final ParameterStore store;

    private GeneratorSplit(List<Block> head, List<Block> tail, ParameterStore store) {
        this.head = head;
        this.tail = tail;
        this.store = store;
    }

    /**
     * Cuts a model's generator after its first weighted layers.
     *
     * @param model the model
     * @param weightedLayers how many weighted layers the head holds, with what follows each of them
     *     up to the next; 0 makes the tail the whole generator, and the tail always keeps at least
     *     the last weighted layer
     * @return the split
     */
    public static GeneratorSplit afterLayers(GanModel model, int weightedLayers) {
        if (weightedLayers < 0) {
            throw new IllegalArgumentException("the head cannot hold " + weightedLayers + " layers");
        }
        Block generator = model.generatorBlock();
        ParameterStore store = new ParameterStore(model.manager(), false);
        if (!(generator instanceof SequentialBlock sequence)) {
            return new GeneratorSplit(List.of(), List.of(generator), store);
        }
        List<Block> layers = sequence.getChildren().values();
        int cut = 0;
        int lastWeighted = 0;
        int weighted = 0;
        for (int i = 0; i < layers.size(); i++) {
            if (isWeighted(layers.get(i))) {
                if (weighted == weightedLayers) {
                    cut = i;
                }
                weighted++;
                lastWeighted = i;
            }
        }
        if (weighted <= weightedLayers) {
            cut = lastWeighted; // no more weighted layers than the head would hold: tune the last
        }
        return new GeneratorSplit(new ArrayList<>(layers.subList(0, cut)),
                new ArrayList<>(layers.subList(cut, layers.size())), store);
    }

    private static boolean isWeighted(Block layer) {
        return layer.getParameters().values().stream().anyMatch(p -> p.getType() == Parameter.Type.WEIGHT);
    }

    /**
     * Runs the head: z to the activation at the cut (z itself when the head is empty).
     *
     * @param z latents, shape (batch, latentSize)
     * @return the activation at the cut
     */
    public NDArray head(NDArray z) {
        return run(head, z);
    }

    /**
     * Runs the tail: the activation at the cut to the image.
     *
     * @param atCut what {@link #head} returned, from this generator or one with the same head
     * @return images, shape (batch, channels, size, size), in the model's value range
     */
    public NDArray tail(NDArray atCut) {
        return run(tail, atCut);
    }

    /** The tail's parameters, the only ones a tuning through this split can change. */
    public List<Parameter> tailParameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (Block layer : tail) {
            layer.getParameters().forEach(pair -> parameters.add(pair.getValue()));
        }
        return parameters;
    }

    /** Whether the head is empty, so the tail is the whole generator. */
    public boolean isWhole() {
        return head.isEmpty();
    }

    private NDArray run(List<Block> layers, NDArray x) {
        NDArray out = x;
        for (Block layer : layers) {
            out = layer.forward(store, new NDList(out), false).singletonOrThrow();
        }
        return out;
    }
}
