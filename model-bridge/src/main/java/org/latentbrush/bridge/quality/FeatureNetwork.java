package org.latentbrush.bridge.quality;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;

/**
 * A small image classifier whose penultimate layer serves as the feature space of the Fréchet
 * distance, as Inception's pool layer does for FID.
 *
 * <p>The body halves the image with strided 4×4 convolutions (batch norm, ReLU) down to 4×4, then
 * a dense layer with ReLU gives the features; the head is one dense layer of logits, the heads'
 * classes side by side. Features are read with batch norm in inference mode, so an image's features
 * do not depend on the rest of its batch.
 *
 * <p>Not thread-safe. Whoever creates or loads a network closes it.
 */
public final class FeatureNetwork implements AutoCloseable {

    /** Images per forward pass when reading features: bounds memory at any set size. */
    private static final int FEATURE_BATCH = 100;
    private static final int KERNEL = 4;

    private final ClassifierSpec spec;
    private final NDManager manager;
    private final SequentialBlock body;
    private final SequentialBlock classifier;
    private final ParameterStore store;
    private ClassifierRecord record;

    private FeatureNetwork(ClassifierSpec spec, NDManager manager, SequentialBlock body,
            SequentialBlock classifier) {
        this.spec = spec;
        this.manager = manager;
        this.body = body;
        this.classifier = classifier;
        this.store = new ParameterStore(manager, false);
    }

    /**
     * Builds a network with freshly initialised weights.
     *
     * @param spec its shape
     * @param seed seed of the engine's random generator, for reproducible weights
     * @param device where it runs
     * @return the network; the caller closes it
     */
    public static FeatureNetwork initialised(ClassifierSpec spec, long seed, Device device) {
        Engine.getInstance().setRandomSeed((int) seed);
        NDManager manager = NDManager.newBaseManager(device);
        SequentialBlock body = new SequentialBlock();
        int width = spec.width();
        for (int step = 0; step < spec.halvings(); step++) {
            body.add(Conv2d.builder().setKernelShape(new Shape(KERNEL, KERNEL))
                    .optStride(new Shape(2, 2)).optPadding(new Shape(1, 1)).setFilters(width)
                    .optBias(false).build());
            body.add(BatchNorm.builder().build());
            body.add(Activation.reluBlock());
            width = Math.min(width * 2, spec.width() * 4);
        }
        body.add(Blocks.batchFlattenBlock());
        body.add(Linear.builder().setUnits(spec.featureSize()).build());
        body.add(Activation.reluBlock());
        SequentialBlock classifier = new SequentialBlock();
        classifier.add(body);
        classifier.add(Linear.builder().setUnits(spec.outputs()).build());
        classifier.setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
        int s = spec.imageSize();
        classifier.initialize(manager, DataType.FLOAT32, new Shape(1, spec.channels(), s, s));
        return new FeatureNetwork(spec, manager, body, classifier);
    }

    /** The network's shape. */
    public ClassifierSpec spec() {
        return spec;
    }

    /** The whole classifier (body and head), for training, saving and loading. */
    Block block() {
        return classifier;
    }

    /** The manager that owns the weights. */
    NDManager manager() {
        return manager;
    }

    /**
     * Runs the classifier.
     *
     * @param images (batch, channels, size, size) in [-1, 1]
     * @param training whether batch norm uses batch statistics (and updates its running ones)
     * @return (batch, outputs) logits, in the manager of {@code images}
     */
    NDArray logits(NDArray images, boolean training) {
        return classifier.forward(store, new NDList(images), training).singletonOrThrow();
    }

    /**
     * Reads the features of images.
     *
     * @param images {@code count} CHW images in [-1, 1], one after another
     * @param count how many
     * @return one feature vector per image
     */
    public double[][] features(float[] images, int count) {
        int d = spec.featureSize();
        double[][] out = new double[count][];
        inBatches(images, count, body, (from, values) -> {
            for (int i = 0; i < values.length / d; i++) {
                double[] row = new double[d];
                for (int j = 0; j < d; j++) {
                    row[j] = values[i * d + j];
                }
                out[from + i] = row;
            }
        });
        return out;
    }

    /**
     * Predicts the class of images under every head.
     *
     * @param images {@code count} CHW images in [-1, 1]
     * @param count how many
     * @return per image, the most likely class of each head
     */
    public int[][] predict(float[] images, int count) {
        int outputs = spec.outputs();
        int[][] out = new int[count][];
        inBatches(images, count, classifier, (from, values) -> {
            for (int i = 0; i < values.length / outputs; i++) {
                out[from + i] = spec.argmax(values, i * outputs);
            }
        });
        return out;
    }

    /** How this network was trained and how well it does, or {@code null} if nobody said. */
    public ClassifierRecord record() {
        return record;
    }

    /** Attaches the training record, once training or loading has established it. */
    void record(ClassifierRecord newRecord) {
        this.record = newRecord;
    }

    /** Receives one batch's outputs, flattened, with the index of its first image. */
    private interface BatchOutput {
        void accept(int from, float[] values);
    }

    /** Runs a block in inference mode over images in batches, each batch in its own sub-manager. */
    private void inBatches(float[] images, int count, Block block, BatchOutput output) {
        int s = spec.imageSize();
        int perImage = spec.channels() * s * s;
        if (images.length != count * perImage) {
            throw new IllegalArgumentException("expected " + count + " images of " + perImage
                    + " values, got " + images.length + " values");
        }
        for (int from = 0; from < count; from += FEATURE_BATCH) {
            int n = Math.min(FEATURE_BATCH, count - from);
            float[] batch = new float[n * perImage];
            System.arraycopy(images, from * perImage, batch, 0, batch.length);
            float[] values;
            try (NDManager scope = manager.newSubManager()) {
                NDArray x = scope.create(batch, new Shape(n, spec.channels(), s, s));
                values = block.forward(store, new NDList(x), false).singletonOrThrow().toFloatArray();
            }
            output.accept(from, values);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
