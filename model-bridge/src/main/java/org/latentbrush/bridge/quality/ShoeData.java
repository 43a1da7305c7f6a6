package org.latentbrush.bridge.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.latentbrush.bridge.training.data.FashionMnistShoes;
import org.latentbrush.bridge.training.data.ImageBatches;
import org.latentbrush.bridge.training.data.Seeds;
import org.latentbrush.bridge.training.data.Split;

/**
 * Evaluation data for shoe models: Fashion-MNIST's sandals, sneakers and ankle boots. The reference
 * and the projected images come from the test split, which training never reads; the floor's
 * second draw comes from the training split, so it also shows how far apart the two splits are.
 */
public final class ShoeData implements EvaluationData {

    /** About three passes over the 60,000 training images: 89% on all ten test classes, 96% on the
     * shoes, in a minute or so. */
    private static final int CLASSIFIER_STEPS = 3_000;
    /** Separate seeds for the reference and the projected images, both from the test split. */
    private static final long REFERENCE_SALT = 1;
    private static final long SECOND_SALT = 2;
    private static final long HELD_OUT_SALT = 3;

    private final Path dir;
    private final long seed;
    private final FashionMnistShoes train;
    private final FashionMnistShoes test;

    /**
     * Loads both splits' shoes.
     *
     * @param dir the folder with the four gzipped IDX files
     * @param seed the evaluation's seed, which picks the images
     * @throws IOException if a file is missing or corrupt
     */
    public ShoeData(Path dir, long seed) throws IOException {
        this.dir = dir;
        this.seed = seed;
        this.train = FashionMnistShoes.load(dir, Split.TRAIN);
        this.test = FashionMnistShoes.load(dir, Split.TEST);
    }

    @Override
    public String name() {
        return "shoes";
    }

    @Override
    public int imageSize() {
        return FashionMnistShoes.SIZE;
    }

    @Override
    public int channels() {
        return 1;
    }

    @Override
    public List<ClassifierHead> heads() {
        return FashionMnistClasses.HEADS;
    }

    @Override
    public int defaultClassifierSteps() {
        return CLASSIFIER_STEPS;
    }

    @Override
    public ClassifierData classifierData(int maxTrainImages) {
        try {
            FashionMnistClasses all = FashionMnistClasses.load(dir, Split.TRAIN);
            FashionMnistClasses heldOut = FashionMnistClasses.load(dir, Split.TEST);
            int count = (int) Math.min(all.size(), maxTrainImages);
            // Shoes face left in every Fashion-MNIST image: mirroring would teach the classifier
            // something the data never shows.
            return new ClassifierData(all,
                    ImageSet.random(all, count, ClassifierSettings.DEFAULT_SEED).indices(), heldOut,
                    ImageBatches.range(0, (int) heldOut.size()), false, "shoes",
                    FashionMnistShoes::isShoe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int maxImagesPerDraw() {
        return (int) Math.min(train.size(), test.size());
    }

    @Override
    public ImageSet reference(int count) {
        return draw(test, count, REFERENCE_SALT);
    }

    @Override
    public ImageSet secondDraw(int count) {
        return draw(train, count, SECOND_SALT);
    }

    @Override
    public ImageSet heldOut(int count) {
        return draw(test, count, HELD_OUT_SALT);
    }

    private ImageSet draw(FashionMnistShoes split, int count, long salt) {
        if (count > split.size()) {
            throw new IllegalArgumentException("the " + split.split().name().toLowerCase()
                    + " split holds " + split.size() + " shoes; ask for at most that many");
        }
        return ImageSet.random(split, count, Seeds.combine(seed, salt));
    }
}
