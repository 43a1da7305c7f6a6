package org.latentbrush.bridge.training;

import java.util.SplittableRandom;
import org.latentbrush.bridge.training.data.ImageSource;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * Which images and which latents each training step uses, as a pure function of the seed and the
 * step number.
 *
 * <p>Because nothing here carries state from one step to the next, a resumed run sees exactly the
 * data and latents the uninterrupted run would have: the seed and the step counter are the whole
 * random state of training.
 *
 * <p>An unlimited (procedural) source is read in order, each image once. A finite source is read
 * in a fresh random order every epoch.
 */
final class BatchSchedule {

    /** Separates the latent stream from the shuffling stream of the same seed. */
    private static final long LATENT_SALT = 0x5DEECE66DL;
    private static final long SHUFFLE_SALT = 0x2545F4914F6CDD1DL;

    private final ImageSource source;
    private final int batchSize;
    private final long seed;
    private long cachedEpoch = -1;
    private int[] cachedOrder;

    /**
     * Creates the schedule.
     *
     * @param source the training images
     * @param batchSize images per step
     * @param seed the run's seed
     */
    BatchSchedule(ImageSource source, int batchSize, long seed) {
        if (source.size() == 0) {
            throw new IllegalArgumentException("the data source is empty: " + source.describe());
        }
        if (source.size() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("sources of over 2^31 images are not supported");
        }
        this.source = source;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /**
     * Fills one step's real images.
     *
     * @param step the step, counted from 0
     * @return (batch, channels, height, width) floats in [-1, 1]
     */
    float[] images(long step) {
        int perImage = source.channels() * source.height() * source.width();
        float[] out = new float[batchSize * perImage];
        for (int i = 0; i < batchSize; i++) {
            source.fill(imageIndex(step * batchSize + i), out, i * perImage);
        }
        return out;
    }

    /**
     * Draws one step's latents, uniform in [-1, 1] like the editor's prior.
     *
     * @param step the step, counted from 0
     * @param latentSize dimensions of z
     * @return (batch, latentSize) floats
     */
    float[] latents(long step, int latentSize) {
        return uniform(new SplittableRandom(Seeds.combine(seed ^ LATENT_SALT, step)),
                batchSize * latentSize);
    }

    /** The source index of the {@code position}-th image the run reads. */
    long imageIndex(long position) {
        long size = source.size();
        if (size == ImageSource.UNLIMITED) {
            return position;
        }
        long epoch = position / size;
        return order(epoch)[(int) (position % size)];
    }

    /**
     * Uniform values in [-1, 1].
     *
     * @param random the stream
     * @param count how many
     * @return the values
     */
    static float[] uniform(SplittableRandom random, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (2 * random.nextDouble() - 1);
        }
        return values;
    }


    private int[] order(long epoch) {
        if (epoch != cachedEpoch) {
            int size = (int) source.size();
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            SplittableRandom random = new SplittableRandom(Seeds.combine(seed ^ SHUFFLE_SALT, epoch));
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            cachedOrder = order;
            cachedEpoch = epoch;
        }
        return cachedOrder;
    }
}
