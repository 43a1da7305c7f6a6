package org.latentbrush.bridge.generator;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A 3×3 "same" convolution computed through {@link WideConvolution}, for a layer with few output
 * channels, such as a generator's last layer to RGB.
 *
 * <p>It keeps a plain convolution as its only child and writes exactly what that convolution wrote
 * alone, so models trained before it load unchanged and keep their fingerprint.
 */
public final class WideConv2d extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final Shape ONE = new Shape(1, 1);

    private final Conv2d conv;

    /**
     * Creates the layer.
     *
     * @param filters output channels
     * @param withBias whether it adds a per-channel bias
     */
    public WideConv2d(int filters, boolean withBias) {
        super(VERSION);
        conv = addChildBlock("conv", Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(ONE)
                .setFilters(filters).optBias(withBias).build());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = store.getValue(conv.getParameters().get("weight"), x.getDevice(), training);
        Parameter biasParameter = conv.getParameters().get("bias");
        NDArray b = biasParameter == null ? null : store.getValue(biasParameter, x.getDevice(), training);
        return new NDList(WideConvolution.conv2d(x, w, b, ONE, ONE));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        conv.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return conv.getOutputShapes(inputShapes);
    }

    /** Writes the convolution's parameters only, exactly as it wrote them alone. */
    @Override
    public void saveParameters(DataOutputStream os) throws IOException {
        conv.saveParameters(os);
    }

    /** Reads what {@link #saveParameters} writes. */
    @Override
    public void loadParameters(NDManager manager, DataInputStream is)
            throws IOException, MalformedModelException {
        conv.loadParameters(manager, is);
    }

    @Override
    public String toString() {
        return "WideConv2d(" + conv + ")";
    }
}
