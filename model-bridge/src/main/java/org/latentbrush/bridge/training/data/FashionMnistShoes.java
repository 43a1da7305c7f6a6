package org.latentbrush.bridge.training.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The shoe classes of Fashion-MNIST (sandal, sneaker, ankle boot) as an {@link ImageSource}:
 * 28×28 grey images padded to 32×32 with the data set's black background, in [-1, 1].
 *
 * <p>The train split holds 18,000 images (6,000 per class), the test split 3,000, in the files'
 * original order. Everything is loaded into memory once (about 14 MB for the train split).
 */
public final class FashionMnistShoes implements ImageSource {

    /** Where Debian's {@code dataset-fashion-mnist} package installs the files. */
    public static final Path DEBIAN_DIR = Path.of("/usr/share/datasets/fashion-mnist");
    /** Fashion-MNIST class ids of the kept classes. */
    public static final int SANDAL = 5;
    public static final int SNEAKER = 7;
    public static final int ANKLE_BOOT = 9;
    /** Output side: 28 pixels plus {@link #PADDING} on each side, a power of two for the GAN. */
    public static final int SIZE = 32;
    public static final int PADDING = 2;
    private static final int SOURCE_SIZE = SIZE - 2 * PADDING;
    /** The padding's value: Fashion-MNIST's background is 0, which is -1 in the GAN's range. */
    private static final float BACKGROUND = -1f;

    private final Split split;
    private final int count;
    /** Kept images, 28×28 bytes each, in file order. */
    private final byte[] pixels;
    private final byte[] labels;

    private FashionMnistShoes(Split split, byte[] pixels, byte[] labels) {
        this.split = split;
        this.count = labels.length;
        this.pixels = pixels;
        this.labels = labels;
    }

    /** Loads a split from {@link #DEBIAN_DIR}. */
    public static FashionMnistShoes load(Split split) throws IOException {
        return load(DEBIAN_DIR, split);
    }

    /**
     * Loads a split from {@code dir}, which holds the four standard gzipped IDX files.
     *
     * @throws java.nio.file.NoSuchFileException if a file is missing
     * @throws IdxFormatException if a file is corrupt, or images and labels disagree
     */
    public static FashionMnistShoes load(Path dir, Split split) throws IOException {
        Path imageFile = dir.resolve(split.imagesFile());
        Path labelFile = dir.resolve(split.labelsFile());
        IdxImages images = IdxReader.readImages(imageFile);
        byte[] allLabels = IdxReader.readLabels(labelFile);
        if (images.count() != allLabels.length) {
            throw new IdxFormatException(imageFile, "holds " + images.count() + " images but "
                    + labelFile + " holds " + allLabels.length + " labels");
        }
        if (images.rows() != SOURCE_SIZE || images.cols() != SOURCE_SIZE) {
            throw new IdxFormatException(imageFile, "images are " + images.rows() + "x"
                    + images.cols() + ", Fashion-MNIST's are " + SOURCE_SIZE + "x" + SOURCE_SIZE);
        }
        int plane = SOURCE_SIZE * SOURCE_SIZE;
        byte[] kept = new byte[images.pixels().length];
        byte[] keptLabels = new byte[allLabels.length];
        int n = 0;
        for (int i = 0; i < allLabels.length; i++) {
            if (isShoe(allLabels[i])) {
                System.arraycopy(images.pixels(), i * plane, kept, n * plane, plane);
                keptLabels[n++] = allLabels[i];
            }
        }
        return new FashionMnistShoes(split, Arrays.copyOf(kept, n * plane),
                Arrays.copyOf(keptLabels, n));
    }

    /** Whether the four files are present in {@code dir} (tests use this to skip). */
    public static boolean isAvailable(Path dir) {
        for (Split s : Split.values()) {
            if (!Files.isRegularFile(dir.resolve(s.imagesFile()))
                    || !Files.isRegularFile(dir.resolve(s.labelsFile()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code label} is one of the kept shoe classes. */
    public static boolean isShoe(int label) {
        return label == SANDAL || label == SNEAKER || label == ANKLE_BOOT;
    }

    /** The Fashion-MNIST class id (5, 7 or 9) of image {@code index}. */
    public int label(long index) {
        return labels[checkIndex(index)];
    }

    /** The split these images come from. */
    public Split split() {
        return split;
    }

    @Override
    public int width() {
        return SIZE;
    }

    @Override
    public int height() {
        return SIZE;
    }

    @Override
    public int channels() {
        return 1;
    }

    @Override
    public long size() {
        return count;
    }

    @Override
    public void fill(long index, float[] out, int offset) {
        fillPadded(pixels, checkIndex(index), out, offset);
    }

    /**
     * Writes one 28×28 Fashion-MNIST image, padded to 32×32 with the background, in [-1, 1].
     *
     * @param pixels 28×28 bytes per image, one image after another
     * @param image which image
     * @param out where to write its 32×32 values
     * @param offset the first value's position in {@code out}
     */
    public static void fillPadded(byte[] pixels, int image, float[] out, int offset) {
        Arrays.fill(out, offset, offset + SIZE * SIZE, BACKGROUND);
        int source = image * SOURCE_SIZE * SOURCE_SIZE;
        for (int row = 0; row < SOURCE_SIZE; row++) {
            int target = offset + (row + PADDING) * SIZE + PADDING;
            for (int col = 0; col < SOURCE_SIZE; col++) {
                out[target + col] = ChwImages.toUnit(pixels[source++] & 0xFF);
            }
        }
    }

    @Override
    public String describe() {
        return "Fashion-MNIST shoes (sandal, sneaker, ankle boot), " + split.name().toLowerCase()
                + " split, " + count + " images " + SIZE + "x" + SIZE
                + " grey; (c) 2017 Zalando SE, MIT licence";
    }

    private int checkIndex(long index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + (count - 1));
        }
        return (int) index;
    }
}
