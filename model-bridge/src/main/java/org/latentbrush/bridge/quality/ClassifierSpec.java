package org.latentbrush.bridge.quality;

import java.util.List;

/**
 * The shape of a feature classifier: what it reads, how wide it is and which labels it predicts.
 *
 * @param task the data it is for, e.g. {@code landscapes}
 * @param imageSize side of the square images it reads
 * @param channels 1 for grey, 3 for RGB
 * @param width channels of the first convolution, doubling at each halving up to four times this
 * @param featureSize length of the feature vector (the penultimate layer)
 * @param heads the labels it predicts
 */
public record ClassifierSpec(String task, int imageSize, int channels, int width, int featureSize,
        List<ClassifierHead> heads) {

    /** First-layer width: enough for labels a person reads off a thumbnail at a glance. */
    public static final int DEFAULT_WIDTH = 16;
    /** Feature length: small enough for a covariance that 1,000 images estimate reasonably. */
    public static final int DEFAULT_FEATURES = 64;
    /** Feature maps are halved down to this side before the dense layers. */
    static final int FINAL_MAP = 4;

    /** Checks the numbers. */
    public ClassifierSpec {
        heads = List.copyOf(heads);
        if (imageSize < FINAL_MAP * 2 || Integer.bitCount(imageSize) != 1) {
            throw new IllegalArgumentException("the classifier reads square images whose side is a "
                    + "power of two of at least " + FINAL_MAP * 2 + ", not " + imageSize);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        if (width < 1 || featureSize < 2 || heads.isEmpty()) {
            throw new IllegalArgumentException("width, feature size and heads must be positive");
        }
    }

    /** A classifier of the default width for a task's images. */
    public static ClassifierSpec standard(String task, int imageSize, int channels,
            List<ClassifierHead> heads) {
        return new ClassifierSpec(task, imageSize, channels, DEFAULT_WIDTH, DEFAULT_FEATURES, heads);
    }

    /** Total number of outputs: the heads' classes side by side. */
    public int outputs() {
        return heads.stream().mapToInt(ClassifierHead::size).sum();
    }

    /**
     * Reads the predicted class of each head off one row of logits.
     *
     * @param logits logits of one or more images, {@link #outputs()} per image
     * @param offset where the image's row starts
     * @return per head, the class with the largest logit
     */
    public int[] argmax(float[] logits, int offset) {
        int[] best = new int[heads.size()];
        int start = offset;
        for (int h = 0; h < best.length; h++) {
            int k = heads.get(h).size();
            int arg = 0;
            for (int c = 1; c < k; c++) {
                if (logits[start + c] > logits[start + arg]) {
                    arg = c;
                }
            }
            best[h] = arg;
            start += k;
        }
        return best;
    }

    /** Number of stride-2 convolutions from the image down to {@link #FINAL_MAP}. */
    int halvings() {
        return Integer.numberOfTrailingZeros(imageSize / FINAL_MAP);
    }
}
