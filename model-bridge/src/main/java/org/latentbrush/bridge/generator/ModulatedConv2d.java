package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * StyleGAN2's modulated convolution (Karras et al. 2020, section 2.2), without per-sample weights.
 *
 * <p>A style s = 1 + A(w) scales each input channel; the convolution's weight is shared; with
 * demodulation each output channel is divided by σ = sqrt(Σ over inputs and taps of (W·s)²), the
 * norm the per-sample weight W·s would have. Since scaling the input by s and convolving equals
 * convolving with W·s, the result is exactly the per-sample modulated convolution, at the price of
 * one ordinary batched convolution. The "+ 1" starts every style at the identity.
 *
 * <p>Inputs: (x of shape (batch, in, H, W), w of shape (batch, styleSize)). Output: (batch, out,
 * H, W) with a per-channel bias added; no activation.
 */
public final class ModulatedConv2d extends AbstractBlock {

    private static final byte VERSION = 1;
    /** Keeps σ away from 0, as StyleGAN2's 1e-8. */
    private static final float EPSILON = 1e-8f;

    private final int inChannels;
    private final int outChannels;
    private final int kernel;
    private final boolean demodulate;
    private final Linear affine;
    private final Parameter weight;
    private final Parameter bias;

    /**
     * Creates the layer.
     *
     * @param inChannels input channels
     * @param outChannels output channels
     * @param kernel side of the square kernel, odd (padding keeps the size)
     * @param demodulate whether to divide by the modulated weight's norm (not for toRGB layers)
     */
    public ModulatedConv2d(int inChannels, int outChannels, int kernel, boolean demodulate) {
        super(VERSION);
        if (kernel % 2 == 0) {
            throw new IllegalArgumentException("kernel must be odd, was " + kernel);
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.demodulate = demodulate;
        affine = addChildBlock("affine", Linear.builder().setUnits(inChannels).build());
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(outChannels, inChannels, kernel, kernel)).build());
        bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS)
                .optShape(new Shape(outChannels)).build());
    }

    /** The affine map from w to the style, whose weights need their own initial scale. */
    Linear affine() {
        return affine;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray style = affine.forward(store, new NDList(inputs.get(1)), training)
                .singletonOrThrow().add(1f);
        NDArray w = store.getValue(weight, x.getDevice(), training);
        NDArray b = store.getValue(bias, x.getDevice(), training);
        return new NDList(apply(x, style, w, b, demodulate));
    }

    /**
     * The layer's arithmetic with explicit arrays; gradients reach all of them.
     *
     * @param x input (batch, in, H, W)
     * @param style per-sample channel scales (batch, in)
     * @param weight shared kernel (out, in, k, k)
     * @param bias per-channel bias (out)
     * @param demodulate whether to normalise each output channel
     * @return output (batch, out, H, W) in x's manager
     */
    public static NDArray apply(NDArray x, NDArray style, NDArray weight, NDArray bias,
            boolean demodulate) {
        NDManager owner = x.getManager();
        long batch = x.getShape().get(0);
        long in = x.getShape().get(1);
        long out = weight.getShape().get(0);
        long pad = weight.getShape().get(2) / 2;
        NDArray scaled = x.mul(style.reshape(batch, in, 1, 1));
        // toRGB has three output channels: computed widened, see WideConvolution.
        NDArray y = WideConvolution.conv2d(scaled, weight, null, new Shape(1, 1), new Shape(pad, pad));
        if (demodulate) {
            // Arrays derived from a weight first belong to the weight's long-lived manager:
            // hand the first one to the step's owner so the rest follow it.
            NDArray squared = weight.square();
            squared.attach(owner);
            NDArray tapEnergy = squared.sum(new int[] {2, 3}).transpose(); // (in, out)
            NDArray sigma = style.square().matMul(tapEnergy).add(EPSILON).pow(-0.5f); // (batch, out)
            y = y.mul(sigma.reshape(batch, out, 1, 1));
        }
        NDArray column = bias.reshape(1, out, 1, 1);
        column.attach(owner);
        return y.add(column);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        affine.initialize(manager, dataType, inputShapes[1]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), outChannels, in.get(2), in.get(3))};
    }

    @Override
    public String toString() {
        return "ModulatedConv2d(" + inChannels + " -> " + outChannels + ", " + kernel + "x" + kernel
                + (demodulate ? ", demodulated" : "") + ")";
    }
}
