package org.latentbrush.bridge.generator;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A nearest-neighbour ×2 resize followed by a 3×3 convolution, computed at the input's resolution
 * and pixel-shuffled.
 *
 * <p>After a nearest resize, an even output row reads input rows (m−1, m, m) through the kernel's
 * rows (0, 1, 2) and an odd one reads (m, m, m+1); so each output phase is a 2×2 convolution of the
 * input whose taps are sums of the 3×3 kernel's: (k0, k1+k2) for even rows, (k0+k1, k2) for odd,
 * and likewise along columns. The phases and their interleaving are {@link SubPixelUpsample}'s (a
 * stride-2 transposed convolution reads the same windows): one 3×3 convolution with four times the
 * outputs, the enlarged input never built. A weight that records gradients at a small batch (tuning
 * to a photo) is applied to the enlarged input directly instead, which is faster there
 * ({@link #DIRECT_BATCH_LIMIT}): deriving the phase kernels anew on every pass is what costs.
 *
 * <p>The layer keeps the resize and the convolution as its two children and writes nothing of its
 * own to the parameter file, so models trained before it load unchanged and keep their fingerprint.
 */
public final class ResizeConvUpsample extends AbstractBlock implements FrozenKernelCache {

    private static final byte VERSION = 1;

    private static final Shape KERNEL = new Shape(3, 3);
    private static final Shape SAME = new Shape(1, 1);

    /**
     * Up to this batch, a weight that records gradients is applied to the enlarged input directly.
     * Tuning to a photo steps a batch of one or two, and there deriving the phases' kernel anew on
     * every step made a step twice as slow as one 3×3 convolution of the enlarged input (61 against
     * 31 ms); at training's batches of 16 and 64 the enlarged input cost 5–20 % more, at 8 the same
     * (docs/PERFORMANCE.md).
     */
    static final long DIRECT_BATCH_LIMIT = 4;

    private final int outChannels;
    private final LambdaBlock resize;
    private final Conv2d conv;
    private final FrozenKernels frozen = new FrozenKernels(
            (weight, owner) -> new NDList(SubPixelUpsample.windowKernel(phaseKernels(weight, owner))));

    /**
     * Creates the layer.
     *
     * @param outChannels output channels
     * @param withBias whether the convolution adds a per-channel bias (not needed before batch norm)
     */
    public ResizeConvUpsample(int outChannels, boolean withBias) {
        super(VERSION);
        this.outChannels = outChannels;
        resize = addChildBlock("resize", new LambdaBlock(
                list -> new NDList(Resize.doubleNearest(list.singletonOrThrow())), "resize"));
        conv = addChildBlock("conv", Conv2d.builder().setKernelShape(KERNEL).optPadding(SAME)
                .setFilters(outChannels).optBias(withBias).build());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Parameter weight = conv.getParameters().get("weight");
        NDArray w = store.getValue(weight, x.getDevice(), training);
        Parameter biasParameter = conv.getParameters().get("bias");
        NDArray b = biasParameter == null ? null : store.getValue(biasParameter, x.getDevice(), training);
        if (weight.requiresGradient() && x.getShape().get(0) <= DIRECT_BATCH_LIMIT) {
            return new NDList(WideConvolution.conv2d(Resize.doubleNearest(x), w, b, SAME, SAME));
        }
        NDArray windowKernel = frozen.of(weight, w, x.getManager()).singletonOrThrow();
        return new NDList(SubPixelUpsample.upsampleWith(x, windowKernel, b));
    }

    /**
     * The four 2×2 phase kernels of a 3×3 kernel applied after a nearest ×2 resize; differentiable.
     *
     * @param weight a convolution's weight, (out, in, 3, 3)
     * @param owner the manager the kernels and their intermediates are handed to
     * @return four (out, in, 2, 2) kernels, row phase major
     */
    static NDList phaseKernels(NDArray weight, NDManager owner) {
        // Arrays derived from the weight first belong to its long-lived manager: hand the first
        // one to the step's owner so the rest follow it.
        NDArray w = weight.transpose(0, 1, 2, 3);
        w.attach(owner);
        NDArray[] rows = foldAlong(w, 2);
        NDList kernels = new NDList(4);
        for (NDArray rowPhase : rows) {
            kernels.addAll(new NDList(foldAlong(rowPhase, 3)));
        }
        return kernels;
    }

    /** Along one axis of length 3: the even phase's taps (k0, k1+k2) and the odd's (k0+k1, k2). */
    private static NDArray[] foldAlong(NDArray kernel, int axis) {
        String[] index = {":", ":", ":", ":"};
        NDArray first = kernel.get(slice(index, axis, "0:1"));
        NDArray middle = kernel.get(slice(index, axis, "1:2"));
        NDArray last = kernel.get(slice(index, axis, "2:3"));
        NDArray even = NDArrays.concat(new NDList(first, middle.add(last)), axis);
        NDArray odd = NDArrays.concat(new NDList(first.add(middle), last), axis);
        return new NDArray[] {even, odd};
    }

    private static String slice(String[] index, int axis, String range) {
        String[] copy = index.clone();
        copy[axis] = range;
        return String.join(",", copy);
    }

    @Override
    public void cacheFrozenKernels(boolean enabled) {
        frozen.enable(enabled);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        resize.initialize(manager, dataType, inputShapes);
        conv.initialize(manager, dataType, enlarged(inputShapes[0]));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), outChannels, in.get(2) * 2, in.get(3) * 2)};
    }

    private static Shape enlarged(Shape in) {
        return new Shape(in.get(0), in.get(1), in.get(2) * 2, in.get(3) * 2);
    }

    /** Writes the children's parameters only, exactly as the resize and convolution wrote them alone. */
    @Override
    public void saveParameters(DataOutputStream os) throws IOException {
        resize.saveParameters(os);
        conv.saveParameters(os);
    }

    /** Reads what {@link #saveParameters} writes, which is what the two layers wrote alone. */
    @Override
    public void loadParameters(NDManager manager, DataInputStream is)
            throws IOException, MalformedModelException {
        resize.loadParameters(manager, is);
        conv.loadParameters(manager, is);
    }

    @Override
    public String toString() {
        return "ResizeConvUpsample(-> " + outChannels + ")";
    }
}
