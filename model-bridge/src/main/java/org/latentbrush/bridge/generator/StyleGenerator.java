package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ArchitectureType#STYLE} generator: a small network in the manner of StyleGAN2
 * (Karras et al. 2020), sized for a CPU.
 *
 * <p>z is normalised to unit second moment and mapped by an MLP to w. Synthesis starts from a
 * learned 4×4 constant; at each resolution one {@link ModulatedConv2d} (3×3, demodulated, after a
 * nearest ×2 resize from 8×8 on) and LeakyReLU(0.2) with StyleGAN's gain √2, then a toRGB layer
 * (modulated 1×1, no demodulation) whose output is added to the enlarged image of the resolution
 * before: the skip architecture of StyleGAN2's generator. tanh bounds the sum to [−1, 1] like the
 * other families.
 *
 * <p>Each resolution reads its own w, so besides z there are two latent spaces: W (one w for
 * every layer) and W+ (one per layer, {@link #layers()} of them). There are no noise inputs: the
 * editor needs G(z) to be a function.
 *
 * <p>Channels follow DCGAN's: the seed width at 4×4, halving at each resolution.
 */
public final class StyleGenerator extends AbstractBlock {

    private static final byte VERSION = 1;
    /** Width of w and of the mapping MLP's hidden layers. */
    public static final int STYLE_SIZE = 128;
    /** Layers of the mapping MLP: StyleGAN uses 8; 2 suffice for this domain's 100-d z. */
    private static final int MAPPING_LAYERS = 2;
    private static final float LEAKY_SLOPE = 0.2f;
    /**
     * StyleGAN's gain after LeakyReLU, √2: it keeps the activations' scale from layer to layer
     * (a demodulated convolution keeps its input's). Without it each layer halved the power, the
     * 4×4 toRGB outweighed all finer ones and the first training run drew blocky single colours.
     */
    private static final float ACTIVATION_GAIN = (float) Math.sqrt(2);
    private static final int KERNEL = 3;

    private final ArchitectureSpec spec;
    private final SequentialBlock mapping;
    private final Parameter constant;
    private final List<ModulatedConv2d> convs = new ArrayList<>();
    private final List<ModulatedConv2d> toRgbs = new ArrayList<>();
    private final int[] widths;

    /**
     * Creates an uninitialised generator.
     *
     * @param spec the model's shape and width
     */
    public StyleGenerator(ArchitectureSpec spec) {
        super(VERSION);
        this.spec = spec;
        mapping = new SequentialBlock();
        for (int i = 0; i < MAPPING_LAYERS; i++) {
            mapping.add(Linear.builder().setUnits(STYLE_SIZE).build());
            mapping.add(Activation.leakyReluBlock(LEAKY_SLOPE));
        }
        addChildBlock("mapping", mapping);
        int resolutions = spec.upsamplingSteps() + 1;
        widths = new int[resolutions];
        int width = spec.seedWidth();
        for (int r = 0; r < resolutions; r++) {
            widths[r] = Math.max(1, r == 0 ? width : width / 2);
            width = widths[r];
        }
        // Typed as a scale (GAMMA) so that trainers update it like other weights while the
        // models' weight initialiser (DCGAN's σ = 0.02 for WEIGHT) leaves its unit spread alone.
        constant = addParameter(Parameter.builder().setName("constant")
                .setType(Parameter.Type.GAMMA).optInitializer(new NormalInitializer(1f))
                .optShape(new Shape(1, widths[0], DcganGenerator.SEED_SIZE, DcganGenerator.SEED_SIZE))
                .build());
        int in = widths[0];
        for (int r = 0; r < resolutions; r++) {
            convs.add(addChildBlock("conv" + r, new ModulatedConv2d(in, widths[r], KERNEL, true)));
            toRgbs.add(addChildBlock("toRgb" + r,
                    new ModulatedConv2d(widths[r], spec.channels(), 1, false)));
            in = widths[r];
        }
    }

    /** Number of synthesis layers, each reading one w: the number of rows of a W+ latent. */
    public int layers() {
        return convs.size();
    }

    /**
     * Sets an initialiser as every block does, except that the dense layers of the mapping network
     * and of every style affine keep a unit-gain (He) initialisation for WEIGHT parameters.
     *
     * <p>Models initialise all weights with DCGAN's σ = 0.02. For the dense layers that make w and
     * the styles that is far too small: w came out near 0, every style near 1, z changed almost
     * nothing and the first training runs drew the same blocky picture for every z. StyleGAN gets
     * unit-scale weights there from its equalised learning rate.
     */
    @Override
    public void setInitializer(Initializer initializer, Parameter.Type type) {
        super.setInitializer(initializer, type);
        if (type == Parameter.Type.WEIGHT) {
            Initializer unitGain = new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN,
                    XavierInitializer.FactorType.IN, 2);
            mapping.setInitializer(unitGain, Parameter.Type.WEIGHT);
            for (ModulatedConv2d layer : convs) {
                layer.affine().setInitializer(unitGain, Parameter.Type.WEIGHT);
            }
            for (ModulatedConv2d layer : toRgbs) {
                layer.affine().setInitializer(unitGain, Parameter.Type.WEIGHT);
            }
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray w = mapping(store, inputs.singletonOrThrow(), training);
        List<NDArray> perLayer = new ArrayList<>(layers());
        for (int i = 0; i < layers(); i++) {
            perLayer.add(w);
        }
        return new NDList(synthesise(store, perLayer, training));
    }

    /**
     * The mapping network alone.
     *
     * @param store the parameter store
     * @param z latents (batch, latentSize)
     * @param training whether to record for training
     * @return w (batch, {@link #STYLE_SIZE})
     */
    public NDArray mapping(ParameterStore store, NDArray z, boolean training) {
        NDArray normalised = z.mul(z.square().mean(new int[] {1}, true).add(1e-8f).pow(-0.5f));
        return mapping.forward(store, new NDList(normalised), training).singletonOrThrow();
    }

    /**
     * The synthesis network alone, one w per layer (W+); pass the same w everywhere for W.
     *
     * @param store the parameter store
     * @param styles {@link #layers()} arrays of shape (batch, {@link #STYLE_SIZE})
     * @param training whether to record for training
     * @return images (batch, channels, size, size) in [−1, 1], in the styles' manager
     */
    public NDArray synthesise(ParameterStore store, List<NDArray> styles, boolean training) {
        NDArray first = styles.get(0);
        long batch = first.getShape().get(0);
        NDArray seed = store.getValue(constant, first.getDevice(), training);
        NDArray x = seed.broadcast(new Shape(batch, widths[0], DcganGenerator.SEED_SIZE,
                DcganGenerator.SEED_SIZE));
        // Derived from a weight, x would belong to the weight's long-lived manager.
        x.attach(first.getManager());
        NDArray rgb = null;
        for (int r = 0; r < layers(); r++) {
            if (r > 0) {
                x = Resize.doubleNearest(x);
            }
            NDArray style = styles.get(r);
            x = Activation.leakyRelu(convs.get(r).forward(store, new NDList(x, style), training)
                    .singletonOrThrow(), LEAKY_SLOPE).mul(ACTIVATION_GAIN);
            NDArray layerRgb = toRgbs.get(r).forward(store, new NDList(x, style), training)
                    .singletonOrThrow();
            rgb = rgb == null ? layerRgb : Resize.doubleNearest(rgb).add(layerRgb);
        }
        return rgb.tanh();
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        mapping.initialize(manager, dataType, inputShapes[0]);
        Shape style = new Shape(batch, STYLE_SIZE);
        int side = DcganGenerator.SEED_SIZE;
        int in = widths[0];
        for (int r = 0; r < layers(); r++) {
            convs.get(r).initialize(manager, dataType, new Shape(batch, in, side, side), style);
            toRgbs.get(r).initialize(manager, dataType, new Shape(batch, widths[r], side, side), style);
            in = widths[r];
            side *= 2;
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), spec.channels(), spec.imageSize(),
                spec.imageSize())};
    }

    @Override
    public String toString() {
        return "StyleGenerator(" + spec + ")";
    }
}
