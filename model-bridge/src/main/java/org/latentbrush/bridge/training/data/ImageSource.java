package org.latentbrush.bridge.training.data;

/**
 * A source of training images, each written as CHW floats in [-1, 1], the GAN's range.
 *
 * <p>Implementations are deterministic per index (the same index always gives the same floats) and
 * safe to call from several threads at once, because batches may be filled in parallel.
 */
public interface ImageSource {

    /** Marks a source with no end, such as a procedural renderer. */
    long UNLIMITED = -1;

    /** Width of every image in pixels. */
    int width();

    /** Height of every image in pixels. */
    int height();

    /** Number of channels: 1 for grey, 3 for RGB. */
    int channels();

    /** Number of images, or {@link #UNLIMITED} (-1) when the source is procedural. */
    long size();

    /**
     * Writes image {@code index} into {@code out} starting at {@code offset} as CHW floats in
     * [-1, 1]; the same index always writes the same values.
     *
     * @throws IndexOutOfBoundsException if the index is negative or, for a finite source, not
     *     below {@link #size()}
     */
    void fill(long index, float[] out, int offset);

    /** One line for manifests: the data set's name, its size or seed and its licence. */
    String describe();

    /** Number of floats one image occupies: channels × height × width. */
    default int floatsPerImage() {
        return channels() * height() * width();
    }
}
