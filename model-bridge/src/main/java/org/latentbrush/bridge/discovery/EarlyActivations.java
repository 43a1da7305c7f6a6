package org.latentbrush.bridge.discovery;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.latentbrush.bridge.generator.GanModel;

/**
 * An early layer's activations of a generator: what GANSpace takes principal components of when
 * a generator has no W space (its BigGAN recipe).
 *
 * <p>The sequential families ({@code dcgan-subpixel}, {@code resize-conv}) start with a seed map
 * (linear, reshape to 4×4, batch norm, ReLU: four blocks) followed by upsampling steps of three
 * blocks each (upsample, batch norm, ReLU). The activations after the seed map and the first
 * upsampling step hold the scene's layout and palette before detail is drawn: early enough that
 * their main variations are global changes, late enough that the ReLUs have made them more than a
 * linear image of z.
 */
final class EarlyActivations {

    /** Blocks of the seed map: linear, reshape, batch norm, ReLU. */
    private static final int SEED_MAP_BLOCKS = 4;
    /** Blocks of one upsampling step: upsample, batch norm, ReLU. */
    private static final int STEP_BLOCKS = 3;

    private final GanModel model;
    private final List<Block> layers;
    private final ParameterStore store;

    /**
     * Prepares to read a model's activations after its seed map and some upsampling steps.
     *
     * @param model the generator
     * @param upsamplingSteps how many upsampling steps to run after the seed map
     * @throws IllegalArgumentException if the generator is not sequential or has fewer steps
     */
    EarlyActivations(GanModel model, int upsamplingSteps) {
        if (!(model.generatorBlock() instanceof SequentialBlock sequential)) {
            throw new IllegalArgumentException("model " + model.manifest().name() + " has a "
                    + model.manifest().architecture().type().manifestName() + " generator; directions "
                    + "are found for the sequential families (dcgan-subpixel, resize-conv) only");
        }
        int steps = model.manifest().architecture().upsamplingSteps();
        if (upsamplingSteps < 0 || upsamplingSteps >= steps) {
            throw new IllegalArgumentException("model " + model.manifest().name() + " has " + steps
                    + " upsampling steps; activations can be read after 0 to " + (steps - 1) + " of them");
        }
        List<Block> children = sequential.getChildren().values();
        this.model = model;
        this.layers = List.copyOf(children.subList(0, SEED_MAP_BLOCKS + STEP_BLOCKS * upsamplingSteps));
        this.store = new ParameterStore(model.manager(), false);
    }

    /**
     * Runs the early layers in inference mode.
     *
     * @param z latents of shape (batch, latentSize)
     * @return the activations flattened to (batch, features), in the manager of {@code z}
     */
    NDArray of(NDArray z) {
        NDList x = new NDList(z);
        for (Block layer : layers) {
            x = layer.forward(store, x, false);
        }
        NDArray out = x.singletonOrThrow();
        return out.reshape(out.getShape().get(0), -1);
    }

    /** The model whose activations these are. */
    GanModel model() {
        return model;
    }
}
