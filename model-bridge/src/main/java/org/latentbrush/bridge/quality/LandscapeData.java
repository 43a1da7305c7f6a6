package org.latentbrush.bridge.quality;

import java.util.List;
import org.latentbrush.bridge.training.data.ImageBatches;
import org.latentbrush.bridge.training.data.LandscapeSource;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * Evaluation data for landscape models: fresh renderer seeds, unlimited and never seen in training
 * (the model's training run reads base seed 1, index by index; every set here has its own base).
 */
public final class LandscapeData implements EvaluationData {

    /** Base seeds of the classifier's own images; fixed, like its weights. */
    private static final long CLASSIFIER_TRAIN_BASE = 0x51A55_1F1E7L;
    private static final long CLASSIFIER_TEST_BASE = 0x7E57_5CE7E5L;
    /** Rendering dominates the classifier's training time; this many keeps it to a minute. */
    private static final int CLASSIFIER_TRAIN_IMAGES = 8_000;
    private static final int CLASSIFIER_HELD_OUT = 1_000;
    private static final int CLASSIFIER_STEPS = 1_500;
    private static final int RGB = 3;

    private final int size;
    private final long seed;

    /**
     * Evaluation data at a model's size.
     *
     * @param size the model's image side
     * @param seed the evaluation's seed, which picks the scenes
     */
    public LandscapeData(int size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "landscapes";
    }

    @Override
    public int imageSize() {
        return size;
    }

    @Override
    public int channels() {
        return RGB;
    }

    @Override
    public List<ClassifierHead> heads() {
        return LandscapeLabels.HEADS;
    }

    @Override
    public int defaultClassifierSteps() {
        return CLASSIFIER_STEPS;
    }

    @Override
    public ClassifierData classifierData(int maxTrainImages) {
        int train = Math.min(CLASSIFIER_TRAIN_IMAGES, maxTrainImages);
        return new ClassifierData(
                new LandscapeLabels(new LandscapeSource(size, CLASSIFIER_TRAIN_BASE)),
                ImageBatches.range(0, train),
                new LandscapeLabels(new LandscapeSource(size, CLASSIFIER_TEST_BASE)),
                ImageBatches.range(0, CLASSIFIER_HELD_OUT), true, null, null);
    }

    @Override
    public int maxImagesPerDraw() {
        return Integer.MAX_VALUE;
    }

    @Override
    public ImageSet reference(int count) {
        return draw(1, count);
    }

    @Override
    public ImageSet secondDraw(int count) {
        return draw(2, count);
    }

    @Override
    public ImageSet heldOut(int count) {
        return draw(3, count);
    }

    private ImageSet draw(int which, int count) {
        return ImageSet.first(new LandscapeSource(size, Seeds.combine(seed, which)), count);
    }
}
