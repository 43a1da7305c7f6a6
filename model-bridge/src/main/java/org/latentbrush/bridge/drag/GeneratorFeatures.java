package org.latentbrush.bridge.drag;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.latentbrush.bridge.generator.GanModel;

/**
 * Runs a generator once and keeps one of its intermediate feature maps beside the image, the way
 * DragGAN reads StyleGAN's block 6: the map that motion supervision pulls and the tracker searches.
 *
 * <p>A sequential generator (dcgan-subpixel, resize-conv) is run layer by layer, in inference mode
 * with the model's own weights as {@link GanModel#generate} runs it, and the map kept is the last
 * layer output of the chosen side, i.e. a stage's map after its ReLU, just before the next
 * enlargement. Other generators (style) have no such stages here: their image itself is the feature
 * map, with reduction 1.
 */
final class GeneratorFeatures {

    /** One forward pass: the feature map and the image, both of shape (batch, channels, H, W). */
    record Features(NDArray map, NDArray image) {}

    private final GanModel model;
    private final List<Block> layers;
    private final ParameterStore store;
    private final int reduction;
    private final FeatureGrid grid;

    /**
     * Prepares to read the map {@code reduction} times smaller than the image.
     *
     * @param model the generator
     * @param reduction the image's side over the map's
     * @throws IllegalArgumentException when the generator has no map of that side
     */
    GeneratorFeatures(GanModel model, int reduction) {
        this.model = model;
        int size = model.manifest().imageSize();
        if (model.generatorBlock() instanceof SequentialBlock sequential) {
            this.layers = sequential.getChildren().values();
            this.reduction = reduction;
        } else {
            this.layers = null;
            this.reduction = 1;
        }
        this.store = new ParameterStore(model.manager(), false);
        if (size % this.reduction != 0) {
            throw new IllegalArgumentException("model " + model.manifest().name() + " is " + size
                    + " pixels wide, which a feature map " + this.reduction + " times smaller cannot divide");
        }
        this.grid = new FeatureGrid(size / this.reduction, this.reduction);
        try (NDManager probe = model.manager().newSubManager()) {
            forward(probe.zeros(new Shape(1, model.manifest().latentSize())));
        }
    }

    /** How the map's pixels lie on the image's. */
    FeatureGrid grid() {
        return grid;
    }

    /** The image's side over the map's: 1 when the image itself is the map. */
    int reduction() {
        return reduction;
    }

    /**
     * Runs the generator, differentiably with respect to z.
     *
     * @param z latents (batch, latentSize) in [−1, 1]
     * @return the feature map and the image, in z's manager
     */
    Features forward(NDArray z) {
        if (z.getShape().get(0) == 1) {
            // A batch of one goes to PyTorch's slow reference convolutions (GanModel.render says
            // more): two copies take oneDNN's path, 2.5 times faster here, and the second is dropped.
            Features pair = forwardBatch(z.repeat(0, 2));
            return new Features(pair.map().get("0:1"), pair.image().get("0:1"));
        }
        return forwardBatch(z);
    }

    private Features forwardBatch(NDArray z) {
        if (layers == null) {
            NDArray image = model.generate(z);
            return new Features(image, image);
        }
        NDList x = new NDList(z);
        NDArray map = null;
        for (Block layer : layers) {
            x = layer.forward(store, x, false);
            NDArray out = x.singletonOrThrow();
            // Sides only grow along the generator: the last output of the chosen side ends its stage.
            if (out.getShape().dimension() == 4 && out.getShape().get(2) == grid.side()) {
                map = out;
            }
        }
        if (map == null) {
            throw new IllegalArgumentException("model " + model.manifest().name() + " has no "
                    + grid.side() + "x" + grid.side() + " feature map to drag with");
        }
        return new Features(map, x.singletonOrThrow());
    }
}
