package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import org.latentbrush.bridge.generator.WideConvolution;

/**
 * A 2-D convolution whose weight is divided by its largest singular value (spectral
 * normalisation, Miyato et al. 2018).
 *
 * <p>Keeping every layer of the discriminator 1-Lipschitz stops it from winning outright, which is
 * what untuned DCGAN did at 64×64 on this project. The largest singular value σ of the weight,
 * viewed as an (out, in·k·k) matrix, is estimated by power iteration: the layer keeps a
 * non-trainable vector u, and each training forward pass does one iteration
 * {@code v = Wᵀu/‖Wᵀu‖, u = Wv/‖Wv‖}, storing the new u. Then {@code σ = ‖Wv‖}, with v treated
 * as a constant so that the gradient of σ with respect to W is {@code u vᵀ}, as in the paper.
 * Outside training u is used as stored, so scoring does not change the layer.
 *
 * <p>u is saved with the weights (parameter type {@link Parameter.Type#OTHER}, no gradient), so a
 * resumed training run continues the same power iteration.
 */
public final class SpectralNormConv2d extends AbstractBlock {

    private static final byte VERSION = 1;

    /** Keeps the normalisations finite for an all-zero weight. */
    private static final float NORM_EPSILON = 1e-12f;

    private final int inChannels;
    private final int outChannels;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final Parameter weight;
    private final Parameter bias;
    private final Parameter u;

    /**
     * Creates the layer.
     *
     * @param inChannels input channels
     * @param outChannels output channels (filters)
     * @param kernel side of the square kernel
     * @param stride stride along both axes
     * @param padding zero padding on every side
     */
    public SpectralNormConv2d(int inChannels, int outChannels, int kernel, int stride, int padding) {
        super(VERSION);
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        weight = addParameter(Parameter.builder()
                .setName("weight")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(outChannels, inChannels, kernel, kernel))
                .build());
        bias = addParameter(Parameter.builder()
                .setName("bias")
                .setType(Parameter.Type.BIAS)
                .optShape(new Shape(outChannels))
                .build());
        u = addParameter(Parameter.builder()
                .setName("u")
                .setType(Parameter.Type.OTHER)
                .optShape(new Shape(outChannels))
                // Any non-zero start works: the power iteration normalises it.
                .optInitializer(new NormalInitializer(1f))
                .optRequiresGrad(false)
                .build());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = store.getValue(weight, x.getDevice(), training);
        NDArray b = store.getValue(bias, x.getDevice(), training);
        // Arrays take their owner from the first operand; those derived from the weights are handed
        // to the input's owner, which the caller scopes per step, so none pile up in the model's.
        NDManager scope = x.getManager();
        NDArray matrix = w.reshape(outChannels, -1);
        matrix.attach(scope);
        NDArray normalised = matrix.div(spectralNorm(matrix, scope, training))
                .reshape(w.getShape());
        // D's last layer has one output channel, a shape whose input gradient oneDNN's AVX2 and
        // AVX-512 kernels get wrong: computed widened, it is right under every kernel.
        return new NDList(WideConvolution.conv2d(x, normalised, b, new Shape(stride, stride),
                new Shape(padding, padding)));
    }

    /**
     * Estimates the largest singular value of the weight, updating u when training.
     *
     * @param matrix the weight as an (out, in·k·k) matrix
     * @param scope the owner of the arrays this creates
     * @param training whether to store the power iteration's new u
     * @return σ as a scalar array, differentiable with respect to the weight
     */
    private NDArray spectralNorm(NDArray matrix, NDManager scope, boolean training) {
        NDArray frozen = matrix.stopGradient();
        NDArray stored = u.getArray();
        NDArray column = stored.reshape(outChannels, 1);
        column.attach(scope);
        NDArray v = normalise(frozen.transpose().matMul(column));
        if (training) {
            NDArray next = normalise(frozen.matMul(v)).reshape(outChannels);
            // In place, so the parameter keeps its array and is saved with the new value.
            stored.set(new NDIndex(":"), next);
        }
        return matrix.matMul(v).norm();
    }

    private static NDArray normalise(NDArray vector) {
        return vector.div(vector.norm().add(NORM_EPSILON));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        long height = (in.get(2) + 2L * padding - kernel) / stride + 1;
        long width = (in.get(3) + 2L * padding - kernel) / stride + 1;
        return new Shape[] {new Shape(in.get(0), outChannels, height, width)};
    }

    @Override
    public String toString() {
        return "SpectralNormConv2d(" + inChannels + " -> " + outChannels + ", " + kernel + "x"
                + kernel + ", stride " + stride + ")";
    }
}
