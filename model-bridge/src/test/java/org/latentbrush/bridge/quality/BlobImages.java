package org.latentbrush.bridge.quality;

import java.util.List;
import java.util.SplittableRandom;
import org.latentbrush.bridge.training.data.ImageSource;

/**
 * A tiny labelled set for classifier tests: 16×16 grey noise with a bright square on the left or
 * the right (head "side") over a dark or light background (head "light").
 */
final class BlobImages implements ImageSource, LabelledSource {

    static final int SIZE = 16;
    static final List<ClassifierHead> HEADS = List.of(
            new ClassifierHead("side", List.of("left", "right")),
            new ClassifierHead("light", List.of("dark", "light")));

    private final long salt;

    BlobImages(long salt) {
        this.salt = salt;
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
        SplittableRandom r = random(index);
        return new int[] {r.nextInt(2), r.nextInt(2)};
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
        return UNLIMITED;
    }

    @Override
    public void fill(long index, float[] out, int offset) {
        SplittableRandom r = random(index);
        int side = r.nextInt(2);
        float background = r.nextInt(2) == 0 ? -0.6f : 0.2f;
        int top = r.nextInt(SIZE - 6);
        int left = side == 0 ? r.nextInt(3) : SIZE - 6 - r.nextInt(3);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                boolean blob = y >= top && y < top + 6 && x >= left && x < left + 6;
                float noise = (float) (r.nextDouble() - 0.5) * 0.4f;
                out[offset + y * SIZE + x] = Math.max(-1, Math.min(1, (blob ? 0.9f : background) + noise));
            }
        }
    }

    @Override
    public String describe() {
        return "test blobs " + salt;
    }

    /** The same stream for labels and pixels, so the labels say what is drawn. */
    private SplittableRandom random(long index) {
        return new SplittableRandom(salt * 1_000_003L + index);
    }
}
