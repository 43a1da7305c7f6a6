package org.latentbrush.bridge.quality;

import ai.djl.Device;
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
import org.latentbrush.bridge.generator.SeededWeights;

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
    private final Block head;
    private final SequentialBlock classifier;
    private final ParameterStore store;
    private ClassifierRecord record;

    private FeatureNetwork(ClassifierSpec spec, NDManager manager, SequentialBlock body, Block head,
            SequentialBlock classifier) {
        this.spec = spec;
        this.manager = manager;
        this.body = body;
        this.head = head;
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
        return SeededWeights.seeded(seed, () -> build(spec, device));
    }

    private static FeatureNetwork build(ClassifierSpec spec, Device device) {
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
        Block head = Linear.builder().setUnits(spec.outputs()).build();
        SequentialBlock classifier = new SequentialBlock();
        classifier.add(body);
        classifier.add(head);
        classifier.setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
        int s = spec.imageSize();
        SeededWeights.initialise(classifier, manager, DataType.FLOAT32, new Shape(1, spec.channels(), s, s));
        return new FeatureNetwork(spec, manager, body, head, classifier);
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
     * What the network reads off a set of images: features and predicted classes.
     *
     * @param features one penultimate-layer vector per image
     * @param predictions per image, the most likely class of each head
     */
    public record Readout(double[][] features, int[][] predictions) {}

    /**
     * Reads the features of images.
     *
     * @param images {@code count} CHW images in [-1, 1], one after another
     * @param count how many
     * @return one feature vector per image
     */
    public double[][] features(float[] images, int count) {
        return read(images, count).features();
    }

    /**
     * Predicts the class of images under every head.
     *
     * @param images {@code count} CHW images in [-1, 1]
     * @param count how many
     * @return per image, the most likely class of each head
     */
    public int[][] predict(float[] images, int count) {
        return read(images, count).predictions();
    }

    /**
     * Reads features and predictions in one pass, in batches, each in its own sub-manager.
     *
     * @param images {@code count} CHW images in [-1, 1], one after another
     * @param count how many
     * @return both, one row per image
     */
    public Readout read(float[] images, int count) {
        int s = spec.imageSize();
        int perImage = spec.channels() * s * s;
        if (images.length != count * perImage) {
            throw new IllegalArgumentException("expected " + count + " images of " + perImage
                    + " values, got " + images.length + " values");
        }
        int d = spec.featureSize();
        int outputs = spec.outputs();
        double[][] features = new double[count][];
        int[][] predictions = new int[count][];
        for (int from = 0; from < count; from += FEATURE_BATCH) {
            int n = Math.min(FEATURE_BATCH, count - from);
            float[] batch = new float[n * perImage];
            System.arraycopy(images, from * perImage, batch, 0, batch.length);
            float[] values;
            float[] logits;
            try (NDManager scope = manager.newSubManager()) {
                NDArray x = scope.create(batch, new Shape(n, spec.channels(), s, s));
                NDArray f = body.forward(store, new NDList(x), false).singletonOrThrow();
                values = f.toFloatArray();
                logits = head.forward(store, new NDList(f), false).singletonOrThrow().toFloatArray();
            }
            for (int i = 0; i < n; i++) {
                double[] row = new double[d];
                for (int j = 0; j < d; j++) {
                    row[j] = values[i * d + j];
                }
                features[from + i] = row;
                predictions[from + i] = spec.argmax(logits, i * outputs);
            }
        }
        return new Readout(features, predictions);
    }

    /** How this network was trained and how well it does, or {@code null} if nobody said. */
    public ClassifierRecord record() {
        return record;
    }

    /** Attaches the training record, once training or loading has established it. */
    void record(ClassifierRecord newRecord) {
        this.record = newRecord;
    }

    @Override
    public void close() {
        manager.close();
    }
}
