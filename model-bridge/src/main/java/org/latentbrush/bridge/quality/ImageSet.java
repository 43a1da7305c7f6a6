package org.latentbrush.bridge.quality;

import java.util.SplittableRandom;
import org.latentbrush.bridge.training.data.ImageBatches;
import org.latentbrush.bridge.training.data.ImageSource;

/**
 * Some images of a source, picked by index: one draw of real data for a measurement.
 *
 * @param source the images
 * @param indices which of them, in order
 */
public record ImageSet(ImageSource source, long[] indices) {

    /** The first {@code count} images of a source. */
    public static ImageSet first(ImageSource source, int count) {
        return new ImageSet(source, ImageBatches.range(0, count));
    }

    /**
     * {@code count} distinct images of a finite source, drawn at random.
     *
     * @throws IllegalArgumentException if the source is unlimited or holds fewer
     */
    public static ImageSet random(ImageSource source, int count, long seed) {
        long size = source.size();
        if (size == ImageSource.UNLIMITED || size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("random draws need a finite source: " + source.describe());
        }
        if (count > size) {
            throw new IllegalArgumentException("asked for " + count + " images of a set of " + size);
        }
        int n = (int) size;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // A partial Fisher-Yates shuffle: the first count places are a uniform random subset.
        SplittableRandom random = new SplittableRandom(seed);
        long[] picked = new long[count];
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            picked[i] = order[i];
        }
        return new ImageSet(source, picked);
    }

    /** Number of images. */
    public int count() {
        return indices.length;
    }

    /** The images as CHW floats in [-1, 1], one after another, filled on all cores. */
    public float[] floats() {
        float[] out = new float[Math.multiplyExact(indices.length, source.floatsPerImage())];
        ImageBatches.fillParallel(source, indices, out);
        return out;
    }

    /** The same source's images at the given positions of this set. */
    public ImageSet slice(int from, int to) {
        return new ImageSet(source, java.util.Arrays.copyOfRange(indices, from, to));
    }
}
