package org.latentbrush.bridge.training.data;

/**
 * A tiny finite {@link ImageSource} for tests whose every value is computed from its position, so
 * expectations can be recomputed independently: value = (index × 1000 + position) mod 7 / 3 - 1.
 */
final class CountingSource implements ImageSource {

    private final int size;
    private final int channels;
    private final long count;

    CountingSource(int size, int channels, long count) {
        this.size = size;
        this.channels = channels;
        this.count = count;
    }

    static float value(long index, int position) {
        return (float) ((index * 1000 + position) % 7) / 3f - 1f;
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
        return channels;
    }

    @Override
    public long size() {
        return count;
    }

    @Override
    public void fill(long index, float[] out, int offset) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("index " + index);
        }
        for (int i = 0; i < floatsPerImage(); i++) {
            out[offset + i] = value(index, i);
        }
    }

    @Override
    public String describe() {
        return "counting test source";
    }
}
