package org.latentbrush.bridge.training.data;

/** Which half of an MNIST-style data set to read, with the prefix of its file names. */
public enum Split {
    /** The training files, {@code train-*-idx?-ubyte.gz}. */
    TRAIN("train"),
    /** The test files, {@code t10k-*-idx?-ubyte.gz}. */
    TEST("t10k");

    private final String prefix;

    Split(String prefix) {
        this.prefix = prefix;
    }

    /** File name of this split's images, e.g. {@code train-images-idx3-ubyte.gz}. */
    public String imagesFile() {
        return prefix + "-images-idx3-ubyte.gz";
    }

    /** File name of this split's labels, e.g. {@code train-labels-idx1-ubyte.gz}. */
    public String labelsFile() {
        return prefix + "-labels-idx1-ubyte.gz";
    }
}
