package org.latentbrush.bridge.training.data;

import java.util.Objects;
import java.util.stream.IntStream;

/** Fills batches of images from an {@link ImageSource} into one (batch, C, H, W) float array. */
public final class ImageBatches {

    private ImageBatches() {
    }

    /**
     * Returns a new array holding the images at {@code indices}, in order, as (batch, C, H, W).
     *
     * @throws IndexOutOfBoundsException if an index is outside the source
     */
    public static float[] batch(ImageSource source, long[] indices) {
        float[] out = new float[Math.multiplyExact(indices.length, source.floatsPerImage())];
        fill(source, indices, out);
        return out;
    }

    /**
     * Writes the images at {@code indices}, in order, into {@code out} laid out as (batch, C, H, W).
     *
     * @throws IllegalArgumentException if {@code out} is too small for the batch
     */
    public static void fill(ImageSource source, long[] indices, float[] out) {
        int stride = checkedStride(source, indices, out);
        for (int i = 0; i < indices.length; i++) {
            source.fill(indices[i], out, i * stride);
        }
    }

    /**
     * Same as {@link #fill} but spreads the images over the common fork-join pool; the result is
     * identical because every source is deterministic per index.
     */
    public static void fillParallel(ImageSource source, long[] indices, float[] out) {
        int stride = checkedStride(source, indices, out);
        IntStream.range(0, indices.length).parallel()
                .forEach(i -> source.fill(indices[i], out, i * stride));
    }

    /** Returns the indices {@code start, start + 1, …, start + count - 1}. */
    public static long[] range(long start, int count) {
        long[] indices = new long[count];
        for (int i = 0; i < count; i++) {
            indices[i] = start + i;
        }
        return indices;
    }

    private static int checkedStride(ImageSource source, long[] indices, float[] out) {
        Objects.requireNonNull(source, "source");
        int stride = source.floatsPerImage();
        long needed = (long) indices.length * stride;
        if (out.length < needed) {
            throw new IllegalArgumentException("Batch array holds " + out.length
                    + " floats but " + indices.length + " images need " + needed);
        }
        return stride;
    }
}
