package org.latentbrush.bridge.quality;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.latentbrush.bridge.generator.NumericGuard;
import org.latentbrush.bridge.training.AdamOptimizer;
import org.latentbrush.bridge.training.StepLosses;
import org.latentbrush.bridge.training.TrainableParameters;
import org.latentbrush.bridge.training.TrainingListener;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * Trains a {@link FeatureNetwork} to predict its heads' labels (softmax cross-entropy per head,
 * summed), then measures it on held-out images.
 *
 * <p>All images are read into memory first ({@link ImageBank}); each step draws a batch from them
 * with a random generator seeded by the run's seed and the step, so a run is reproducible.
 */
public final class ClassifierTrainer {

    /** Separates the batch-drawing stream from the weight initialisation of the same seed. */
    private static final long BATCH_SALT = 0x6A09E667F3BCC909L;

    private ClassifierTrainer() {}

    /**
     * Trains a classifier.
     *
     * @param spec its shape; must match the images' size and channels and the data's heads
     * @param data what it learns from and is tested on
     * @param settings steps, batch size, optimiser, seed
     * @param device where to train
     * @param listener hears about progress; losses are reported as (cross-entropy, batch accuracy)
     * @return the trained network with its {@link ClassifierRecord}; the caller closes it
     */
    public static FeatureNetwork train(ClassifierSpec spec, ClassifierData data,
            ClassifierSettings settings, Device device, TrainingListener listener) {
        long start = System.nanoTime();
        ImageBank train = new ImageBank(data.train(), data.trainIndices());
        if (train.size() != spec.imageSize() || train.channels() != spec.channels()
                || !data.train().heads().equals(spec.heads())) {
            throw new IllegalArgumentException("the training images do not fit classifier " + spec);
        }
        FeatureNetwork net = FeatureNetwork.initialised(spec, settings.seed(), device);
        try {
            AdamOptimizer adam = new AdamOptimizer(new TrainableParameters(net.block()),
                    settings.adam(), net.manager());
            listener.started(0, settings.steps());
            for (int step = 0; step < settings.steps(); step++) {
                StepLosses losses = step(net, adam, train, data.mirror(), settings, step);
                if (!losses.finite()) {
                    throw new IllegalStateException("classifier training diverged at step " + (step + 1));
                }
                listener.stepped(step + 1, losses);
            }
            ImageBank heldOut = new ImageBank(data.heldOut(), data.heldOutIndices());
            Map<String, Double> accuracy = accuracy(net, heldOut, data);
            net.record(new ClassifierRecord(accuracy, heldOut.count(),
                    data.heldOut().images().describe(), settings.steps(), settings.batchSize(),
                    settings.seed(), train.count(), data.train().images().describe(),
                    Math.round((System.nanoTime() - start) / 1e9),
                    LocalDate.now(ZoneOffset.UTC).toString()));
            return net;
        } catch (RuntimeException e) {
            net.close();
            throw e;
        }
    }

    private static StepLosses step(FeatureNetwork net, AdamOptimizer adam, ImageBank train,
            boolean mirror, ClassifierSettings settings, int step) {
        int batch = settings.batchSize();
        SplittableRandom random = new SplittableRandom(Seeds.combine(settings.seed() ^ BATCH_SALT, step));
        int[] rows = new int[batch];
        boolean[] flips = mirror ? new boolean[batch] : null;
        for (int i = 0; i < batch; i++) {
            rows[i] = random.nextInt(train.count());
            if (flips != null) {
                flips[i] = random.nextBoolean();
            }
        }
        ClassifierSpec spec = net.spec();
        int s = spec.imageSize();
        float[] target = oneHot(train, rows, spec);
        try (NDManager scope = net.manager().newSubManager()) {
            NDArray images = scope.create(train.floats(rows, flips), new Shape(batch, spec.channels(), s, s));
            NDArray targets = scope.create(target, new Shape(batch, spec.outputs()));
            return NumericGuard.untilFinite("the classifier's step",
                    attempt -> pass(net, adam, train, scope, images, targets, rows));
        }
    }

    /** One pass and update; empty if its gradients were not finite and nothing was updated. */
    private static Optional<StepLosses> pass(FeatureNetwork net, AdamOptimizer adam,
            ImageBank train, NDManager scope, NDArray images, NDArray targets, int[] rows) {
        ClassifierSpec spec = net.spec();
        float loss;
        float[] logits;
        try (GradientCollector collector = scope.getEngine().newGradientCollector()) {
            NDArray out = net.logits(images, true);
            NDArray total = crossEntropy(out, targets, spec.heads());
            collector.backward(total);
            loss = total.getFloat();
            logits = out.toFloatArray();
        }
        return adam.step(scope)
                ? Optional.of(new StepLosses(loss, batchAccuracy(logits, train, rows, spec)))
                : Optional.empty();
    }

    /** Mean over the batch of the summed cross-entropies of the heads. */
    private static NDArray crossEntropy(NDArray logits, NDArray targets, List<ClassifierHead> heads) {
        long batch = logits.getShape().get(0);
        NDArray total = null;
        int offset = 0;
        for (ClassifierHead head : heads) {
            NDIndex slice = new NDIndex(":, {}:{}", offset, offset + head.size());
            NDArray term = logits.get(slice).logSoftmax(1).mul(targets.get(slice)).sum().neg();
            total = total == null ? term : total.add(term);
            offset += head.size();
        }
        return total.div(batch);
    }

    /** The labels as one-hot rows, the heads' blocks side by side. */
    private static float[] oneHot(ImageBank bank, int[] rows, ClassifierSpec spec) {
        List<ClassifierHead> heads = spec.heads();
        int outputs = spec.outputs();
        float[] target = new float[rows.length * outputs];
        for (int i = 0; i < rows.length; i++) {
            int offset = 0;
            for (int h = 0; h < heads.size(); h++) {
                target[i * outputs + offset + bank.label(rows[i], h)] = 1;
                offset += heads.get(h).size();
            }
        }
        return target;
    }

    /** Share of (image, head) answers where the head's largest logit is the labelled class. */
    private static double batchAccuracy(float[] logits, ImageBank bank, int[] rows, ClassifierSpec spec) {
        int heads = spec.heads().size();
        int right = 0;
        for (int i = 0; i < rows.length; i++) {
            int[] predicted = spec.argmax(logits, i * spec.outputs());
            for (int h = 0; h < heads; h++) {
                right += predicted[h] == bank.label(rows[i], h) ? 1 : 0;
            }
        }
        return (double) right / (rows.length * heads);
    }

    /**
     * Accuracy per head on held-out images, and on the focus subset when the data name one.
     */
    static Map<String, Double> accuracy(FeatureNetwork net, ImageBank heldOut, ClassifierData data) {
        List<ClassifierHead> heads = net.spec().heads();
        int[] all = new int[heldOut.count()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        int[][] predicted = net.predict(heldOut.floats(all, null), all.length);
        Map<String, Double> accuracy = new LinkedHashMap<>();
        for (int h = 0; h < heads.size(); h++) {
            int right = 0;
            for (int i = 0; i < all.length; i++) {
                right += predicted[i][h] == heldOut.label(i, h) ? 1 : 0;
            }
            accuracy.put(heads.get(h).name(), (double) right / all.length);
        }
        if (data.focus() != null) {
            int right = 0;
            int asked = 0;
            for (int i = 0; i < all.length; i++) {
                if (data.focus().test(heldOut.label(i, 0))) {
                    asked++;
                    right += predicted[i][0] == heldOut.label(i, 0) ? 1 : 0;
                }
            }
            accuracy.put(heads.get(0).name() + ", " + data.focusName() + " only",
                    asked == 0 ? Double.NaN : (double) right / asked);
        }
        return accuracy;
    }
}
