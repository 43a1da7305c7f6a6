package org.latentbrush.bridge.training.data;

import java.util.Objects;

/**
 * An unlimited {@link ImageSource} of procedural landscapes: image {@code index} is the scene
 * whose seed mixes {@code index} with this source's base seed.
 */
public final class LandscapeSource implements ImageSource {

    private static final int RGB = 3;

    private final int size;
    private final long baseSeed;
    private final SceneShares shares;
    private final LandscapeRenderer renderer;

    /**
     * Creates a source of {@code size × size} RGB landscapes.
     *
     * @param baseSeed selects the sequence; two sources with the same base seed are identical
     */
    public LandscapeSource(int size, long baseSeed) {
        this(size, baseSeed, SceneShares.NATURAL);
    }

    /**
     * Creates a source of {@code size × size} RGB landscapes drawn with other shares of scenes.
     *
     * @param baseSeed selects the sequence
     * @param shares how often each kind of scene is drawn
     */
    public LandscapeSource(int size, long baseSeed, SceneShares shares) {
        if (size < LandscapeRenderer.MIN_SIZE) {
            throw new IllegalArgumentException("size must be at least " + LandscapeRenderer.MIN_SIZE
                    + ", was " + size);
        }
        this.size = size;
        this.baseSeed = baseSeed;
        this.shares = Objects.requireNonNull(shares);
        this.renderer = new LandscapeRenderer(shares);
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
        return RGB;
    }

    @Override
    public long size() {
        return UNLIMITED;
    }

    @Override
    public void fill(long index, float[] out, int offset) {
        ChwImages.writeRgb(renderer.renderPixels(seedFor(index), size), size, size, RGB, out, offset);
    }

    /** The scene seed that image {@code index} renders. */
    public long seedFor(long index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("index must not be negative: " + index);
        }
        return Seeds.combine(baseSeed, index);
    }

    /** The labels of image {@code index}, as drawn. */
    public SceneLabels labels(long index) {
        return renderer.labelsFor(seedFor(index));
    }

    @Override
    public String describe() {
        String mix = shares.differences();
        return "Procedural landscapes (Latent Brush LandscapeRenderer), " + size + "x" + size
                + " RGB, base seed " + baseSeed + (mix.isEmpty() ? "" : ", scene shares " + mix)
                + ", unlimited; generated, no licence restrictions";
    }
}
