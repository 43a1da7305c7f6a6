package org.latentbrush.bridge.training;

import java.util.SplittableRandom;
import org.latentbrush.bridge.training.data.ImageSource;

/** A tiny synthetic data set for tests: one coloured square on a dark background per image. */
final class ColouredSquares implements ImageSource {

    private static final float BACKGROUND = -0.8f;

    private final int size;
    private final long count;

    /**
     * Creates the source.
     *
     * @param size image side
     * @param count number of images, or {@link #UNLIMITED}
     */
    ColouredSquares(int size, long count) {
        this.size = size;
        this.count = count;
    }

    @Override
    public int width() {
        return size;
    }

    @Override
    public int height() {
        return size;
    }

    @Override
    public int channels() {
        return 3;
    }

    @Override
    public long size() {
        return count;
    }

    @Override
    public void fill(long index, float[] out, int offset) {
        if (index < 0 || (count != UNLIMITED && index >= count)) {
            throw new IndexOutOfBoundsException("index " + index);
        }
        SplittableRandom random = new SplittableRandom(index);
        int side = size / 4 + random.nextInt(size / 4);
        int x0 = random.nextInt(size - side);
        int y0 = random.nextInt(size - side);
        int plane = size * size;
        for (int c = 0; c < 3; c++) {
            float colour = (float) random.nextDouble(-1, 1);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    boolean inside = x >= x0 && x < x0 + side && y >= y0 && y < y0 + side;
                    out[offset + c * plane + y * size + x] = inside ? colour : BACKGROUND;
                }
            }
        }
    }

    @Override
    public String describe() {
        return "coloured squares " + size + "x" + size + ", " + count + " images (test data)";
    }
}
