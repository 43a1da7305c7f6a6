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
 * A 4×4, stride-2, padding-1 transposed convolution computed as one stride-1 convolution at the
 * input's resolution and a pixel shuffle.
 *
 * <p>DJL's PyTorch engine has no transposed convolution, and emulating one by inserting zeros costs
 * about four times the multiply-adds. Each output pixel of a stride-2 transposed convolution with a
 * 4×4 kernel sees exactly a 2×2 window of the input; which taps of the kernel it uses depends only on
 * the output pixel's phase (row parity, column parity). So the layer derives one 2×2 kernel per
 * phase, sets the four side by side in 3×3 windows ({@link #windowKernel}), runs them as one
 * convolution with four times the outputs and interleaves the phases. That is 2.25 times the
 * {@code 16·H·W·in·out} multiply-adds of a true transposed convolution, and faster here than four
 * 2×2 convolutions on strided slices (docs/PERFORMANCE.md). A frozen weight's kernel is derived
 * once ({@link FrozenKernels}).
 *
 * <p>The weight has the shape of a transposed convolution's, {@code (in, out, 4, 4)}, so that the
 * layer can be checked against, and loaded from, an ordinary transposed convolution.
 */
public final class SubPixelUpsample extends AbstractBlock implements FrozenKernelCache {

    private static final byte VERSION = 1;
    private static final int KERNEL = 4;
    private static final Shape UNIT = new Shape(1, 1);

    private final int inChannels;
    private final int outChannels;
    private final Parameter weight;
    private final Parameter bias;
    private final FrozenKernels frozen = new FrozenKernels(
            (weight, owner) -> new NDList(windowKernel(phaseKernelViews(weight, owner))));

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
        return new NDList(upsampleWith(x, frozen.of(weight, w, x.getManager()).singletonOrThrow(), b));
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
        return upsampleWith(x, windowKernel(phaseKernelViews(transposedWeight, x.getManager())), bias);
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
     * Sets the four 2×2 phase kernels side by side in one 3×3 window each, so that a single 3×3
     * convolution at the input's resolution computes all four phases at once.
     *
     * <p>Phase (r, c) reads input rows (m + r − 1, m + r) and columns (n + c − 1, n + c): in a 3×3
     * window centred on (m, n) its kernel sits at rows r..r+1 and columns c..c+1, zeros elsewhere.
     * That costs 36 multiply-adds per input pixel and channel pair against the phases' 16, but one
     * well-tuned convolution beat four 2×2 ones on strided slices: live edits of `landscape-64`
     * 15–40 % faster (docs/PERFORMANCE.md).
     *
     * @param phases four (out, in, 2, 2) kernels, row phase major
     * @return a (4·out, in, 3, 3) kernel, phase major; it belongs to the first kernel's manager
     */
    static NDArray windowKernel(NDList phases) {
        NDList windows = new NDList(4);
        for (int rowPhase = 0; rowPhase < 2; rowPhase++) {
            for (int colPhase = 0; colPhase < 2; colPhase++) {
                // Padding pairs run from the last axis: columns (left, right), then rows (top, bottom).
                windows.add(phases.get(2 * rowPhase + colPhase)
                        .pad(new Shape(colPhase, 1 - colPhase, rowPhase, 1 - rowPhase), 0));
            }
        }
        return NDArrays.concat(windows, 0);
    }

    /**
     * Computes the four phases with one 3×3 convolution and interleaves them.
     *
     * @param x input of shape (batch, in, H, W)
     * @param windowKernel the phases' kernels from {@link #windowKernel}, (4·out, in, 3, 3)
     * @param bias per-channel bias of shape (out), or {@code null}
     * @return output of shape (batch, out, 2H, 2W)
     */
    static NDArray upsampleWith(NDArray x, NDArray windowKernel, NDArray bias) {
        long batch = x.getShape().get(0);
        long height = x.getShape().get(2);
        long width = x.getShape().get(3);
        long out = windowKernel.getShape().get(0) / 4;
        // Widened when the layer has few outputs (the last one's RGB): see WideConvolution.
        NDArray phases = WideConvolution.conv2d(x, windowKernel, null, UNIT, UNIT);
        // (batch, 4 phases · out, H, W) -> (batch, out, H, 2, W, 2) -> (batch, out, 2H, 2W)
        NDArray interleaved = phases.reshape(batch, 2, 2, out, height, width)
                .transpose(0, 3, 4, 1, 5, 2)
                .reshape(batch, out, 2 * height, 2 * width);
        if (bias == null) {
            return interleaved;
        }
        // A reshape of the bias belongs to the bias's long-lived owner: hand it to the step's.
        NDArray column = bias.reshape(1, out, 1, 1);
        column.attach(x.getManager());
        return interleaved.add(column);
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
