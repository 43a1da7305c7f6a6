package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A 4×4, stride-2, padding-1 transposed convolution computed as four stride-1 convolutions and a
 * pixel shuffle.
 *
 * <p>DJL's PyTorch engine has no transposed convolution, and emulating one by inserting zeros costs
 * about four times the multiply-adds. Each output pixel of a stride-2 transposed convolution with a
 * 4×4 kernel sees exactly a 2×2 window of the input; which taps of the kernel it uses depends only on
 * the output pixel's phase (row parity, column parity). So the layer runs one 2×2 convolution per
 * phase and interleaves the four results, costing exactly {@code 16·H·W·in·out} multiply-adds, the
 * same as a true transposed convolution.
 *
 * <p>The weight has the shape of a transposed convolution's, {@code (in, out, 4, 4)}, so that the
 * layer can be checked against, and loaded from, an ordinary transposed convolution.
 */
public final class SubPixelUpsample extends AbstractBlock implements FrozenKernelCache {

    private static final byte VERSION = 1;
    private static final int KERNEL = 4;
    private static final Shape UNIT = new Shape(1, 1);
    private static final Shape NONE = new Shape(0, 0);

    private final int inChannels;
    private final int outChannels;
    private final Parameter weight;
    private final Parameter bias;
    private final FrozenKernels frozen = new FrozenKernels(SubPixelUpsample::phaseKernelViews);

    /**
     * Creates the layer.
     *
     * @param inChannels input channels
     * @param outChannels output channels
     * @param withBias whether to add a per-channel bias (not needed before batch norm)
     */
    public SubPixelUpsample(int inChannels, int outChannels, boolean withBias) {
        super(VERSION);
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        weight = addParameter(Parameter.builder()
                .setName("weight")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(inChannels, outChannels, KERNEL, KERNEL))
                .build());
        bias = withBias
                ? addParameter(Parameter.builder()
                        .setName("bias")
                        .setType(Parameter.Type.BIAS)
                        .optShape(new Shape(outChannels))
                        .build())
                : null;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = store.getValue(weight, x.getDevice(), training);
        NDArray b = bias == null ? null : store.getValue(bias, x.getDevice(), training);
        return new NDList(upsampleWith(x, frozen.of(weight, w, x.getManager()), b));
    }

    @Override
    public void cacheFrozenKernels(boolean enabled) {
        frozen.enable(enabled);
    }

    /**
     * Applies the layer's arithmetic with explicit arrays; gradients reach the weight and bias.
     *
     * @param x input of shape (batch, in, H, W)
     * @param transposedWeight weight of shape (in, out, 4, 4), as a transposed convolution's
     * @param bias per-channel bias of shape (out), or {@code null}
     * @return output of shape (batch, out, 2H, 2W)
     */
    public static NDArray upsample(NDArray x, NDArray transposedWeight, NDArray bias) {
        // Arrays derive their owner from the first operand; the weight's owner is the model's
        // long-lived manager, so each derived array is handed to the input's owner, which callers
        // scope per step. Otherwise every forward pass would keep a copy of the weight.
        return upsampleWith(x, phaseKernelViews(transposedWeight, x.getManager()), bias);
    }

    /**
     * Splits a transposed convolution's weight into its four phase kernels, as views that keep
     * the weight's gradient.
     *
     * <p>(in, out, 4, 4) → (out, in, 4, 4), a convolution's layout, flipped in space: along each
     * axis, even outputs read inputs (m−1, m) through taps (3, 1) and odd outputs read (m, m+1)
     * through taps (2, 0), which after the flip are the taps phase and phase + 2.
     *
     * @param transposedWeight weight of shape (in, out, 4, 4)
     * @param owner the manager the kernels and their intermediates are handed to
     * @return four (out, in, 2, 2) kernels, row phase major
     */
    static NDList phaseKernelViews(NDArray transposedWeight, NDManager owner) {
        NDArray transposed = transposedWeight.transpose(1, 0, 2, 3);
        transposed.attach(owner);
        NDArray flipped = transposed.flip(2, 3);
        NDList kernels = new NDList(4);
        for (int rowPhase = 0; rowPhase < 2; rowPhase++) {
            for (int colPhase = 0; colPhase < 2; colPhase++) {
                kernels.add(flipped.get(":, :, {}::2, {}::2", rowPhase, colPhase));
            }
        }
        return kernels;
    }

    /**
     * Runs the four phase kernels over the input and interleaves their outputs.
     *
     * @param x input of shape (batch, in, H, W)
     * @param kernels four (out, in, 2, 2) kernels, row phase major; even phases read rows and
     *     columns (m−1, m), odd ones (m, m+1)
     * @param bias per-channel bias of shape (out), or {@code null}
     * @return output of shape (batch, out, 2H, 2W)
     */
    static NDArray upsampleWith(NDArray x, NDList kernels, NDArray bias) {
        long batch = x.getShape().get(0);
        long height = x.getShape().get(2);
        long width = x.getShape().get(3);
        long out = kernels.get(0).getShape().get(0);
        // One zero row and column on each side lets every phase read a valid 2x2 window.
        NDArray padded = x.pad(new Shape(1, 1, 1, 1), 0);
        NDList phases = new NDList(4);
        for (int rowPhase = 0; rowPhase < 2; rowPhase++) {
            for (int colPhase = 0; colPhase < 2; colPhase++) {
                NDArray window = padded.get(":, :, {}:{}, {}:{}",
                        rowPhase, rowPhase + height + 1, colPhase, colPhase + width + 1);
                // Widened when the layer has few outputs (the last one's RGB): see WideConvolution.
                phases.add(WideConvolution.conv2d(window, kernels.get(2 * rowPhase + colPhase), null,
                        UNIT, NONE));
            }
        }
        // (batch, out, 4 phases, H, W) -> (batch, out, H, 2, W, 2) -> (batch, out, 2H, 2W)
        NDArray stacked = NDArrays.stack(phases, 2)
                .reshape(batch, out, 2, 2, height, width)
                .transpose(0, 1, 4, 2, 5, 3)
                .reshape(batch, out, 2 * height, 2 * width);
        if (bias == null) {
            return stacked;
        }
        // A reshape of the bias belongs to the bias's long-lived owner: hand it to the step's.
        NDArray column = bias.reshape(1, out, 1, 1);
        column.attach(x.getManager());
        return stacked.add(column);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), outChannels, in.get(2) * 2, in.get(3) * 2)};
    }

    @Override
    public String toString() {
        return "SubPixelUpsample(" + inChannels + " -> " + outChannels + ")";
    }

}
