package org.latentbrush.bridge.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.latentbrush.bridge.training.data.FashionMnistShoes;
import org.latentbrush.bridge.training.data.IdxFormatException;
import org.latentbrush.bridge.training.data.IdxImages;
import org.latentbrush.bridge.training.data.IdxReader;
import org.latentbrush.bridge.training.data.ImageSource;
import org.latentbrush.bridge.training.data.Split;

/**
 * All ten classes of one Fashion-MNIST split, padded to 32×32 like {@link FashionMnistShoes}: the
 * shoe classifier learns from all of them, so its features also tell a shoe from a bag or a shirt,
 * which a generator that blurs shoes into other shapes should pay for.
 */
public final class FashionMnistClasses implements ImageSource, LabelledSource {

    /** The data set's ten classes, in label order. */
    public static final List<ClassifierHead> HEADS = List.of(new ClassifierHead("class", List.of(
            "t-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag",
            "ankle boot")));

    private static final int SOURCE_SIZE = FashionMnistShoes.SIZE - 2 * FashionMnistShoes.PADDING;

    private final Split split;
    private final byte[] pixels;
    private final byte[] labels;

    private FashionMnistClasses(Split split, byte[] pixels, byte[] labels) {
        this.split = split;
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * Loads a split from a folder holding the four gzipped IDX files.
     *
     * @throws IOException if a file is missing or corrupt
     */
    public static FashionMnistClasses load(Path dir, Split split) throws IOException {
        Path imageFile = dir.resolve(split.imagesFile());
        IdxImages images = IdxReader.readImages(imageFile);
        byte[] labels = IdxReader.readLabels(dir.resolve(split.labelsFile()));
        if (images.count() != labels.length || images.rows() != SOURCE_SIZE
                || images.cols() != SOURCE_SIZE) {
            throw new IdxFormatException(imageFile, "is not a Fashion-MNIST image file matching "
                    + split.labelsFile());
        }
        return new FashionMnistClasses(split, images.pixels(), labels);
    }

    /** The class id 0…9 of image {@code index}. */
    public int label(long index) {
        return labels[checkIndex(index)];
    }

    @Override
    public ImageSource images() {
        return this;
    }

    @Override
    public List<ClassifierHead> heads() {
        return HEADS;
    }

    @Override
    public int[] labels(long index) {
        return new int[] {label(index)};
    }

    @Override
    public int width() {
        return FashionMnistShoes.SIZE;
    }

    @Override
    public int height() {
        return FashionMnistShoes.SIZE;
    }

    @Override
    public int channels() {
        return 1;
    }

    @Override
    public long size() {
        return labels.length;
    }

    @Override
    public void fill(long index, float[] out, int offset) {
        FashionMnistShoes.fillPadded(pixels, checkIndex(index), out, offset);
    }

    @Override
    public String describe() {
        return "Fashion-MNIST, all ten classes, " + split.name().toLowerCase() + " split, "
                + labels.length + " images 32x32 grey; (c) 2017 Zalando SE, MIT licence";
    }

    private int checkIndex(long index) {
        if (index < 0 || index >= labels.length) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + (labels.length - 1));
        }
        return (int) index;
    }
}
