package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.latentbrush.bridge.constraint.ConstraintMaps;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;

/**
 * Thousands of random latents with small copies of their pictures, rendered once per generator, so
 * that an edit can start from the draws whose pictures already come closest to its strokes.
 *
 * <p>An edit's random starts used to be the best of 128 fresh draws, screened by one forward pass.
 * Screening twice as many closed a third of the live protocol's colour-error gap to iGAN's 64
 * restarts, but every draw screened costs a generator pass. The bank pays those passes once, while
 * the editor is idle, and keeps each picture shrunk to {@link #MAX_THUMB_SIDE} pixels a side: an
 * edit then ranks all of them against its strokes in a few milliseconds of plain arithmetic
 * ({@link BankRanking}) and hands only the best to the exact screen.
 *
 * <p>Built in chunks ({@link #grow}) on the optimiser thread, between commands; used only once
 * complete, so an edit's starts never depend on how far the building had got.
 */
final class StartBank {

    /**
     * Latents in a full bank. On {@code landscape-64} (seven strokes files, four edits each from a
     * random scene, docs/PERFORMANCE.md) the live protocol's mean colour error was 0.00920 without a
     * bank and 0.00757, 0.00746 and 0.00748 with 1,024, 2,048 and 4,096 draws; on {@code bench}'s
     * strokes 2,048 draws reached 112 % of the iGAN protocol's error and 4,096 draws 101 %. The
     * bank's size costs rendering time once, and a few milliseconds of ranking per edit.
     */
    static final int CAPACITY = 4096;

    /**
     * How many of the bank's best matches an edit screens exactly, where it would screen 128 fresh
     * draws. The ranking has done most of that screen's work: on the seven strokes files, the
     * exact screen of the best 16 chose the same starts as of the best 128 for six, with a mean
     * colour error of 0.00744 against 0.00748, and the edits took a fifth less time.
     */
    static final int SCREENED = 16;

    /**
     * Latents rendered per forward pass while building: short enough that a command arriving
     * meanwhile waits for one pass at most.
     */
    static final int CHUNK = 32;

    /** The bank's pictures are shrunk to at most this side: broad colour, little memory. */
    static final int MAX_THUMB_SIDE = 16;

    /** The bank's draws are the same for every edit and every session of a model. */
    private static final long SEED = 0x5EED_BA4CL;

    private final int latentSize;
    private final int imageSize;
    private final int channels;
    private final int thumbSide;
    private final int capacity;
    private final float[] latents;
    /** Thumbnail values in [0, 1] as 0–255: a quarter of the memory, and what the cache file holds. */
    private final byte[] thumbs;
    private int filled;

    /**
     * An empty bank for a model's shape.
     *
     * @param manifest the model's shape
     * @param capacity how many latents when full
     */
    StartBank(ModelManifest manifest, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a start bank holds at least one latent");
        }
        this.latentSize = manifest.latentSize();
        this.imageSize = manifest.imageSize();
        this.channels = manifest.channels();
        this.thumbSide = thumbSide(imageSize);
        this.capacity = capacity;
        this.latents = new float[capacity * latentSize];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < latents.length; i++) {
            latents[i] = (float) (2 * random.nextDouble() - 1);
        }
        this.thumbs = new byte[capacity * channels * thumbSide * thumbSide];
    }

    /** The largest divisor of the image side that is at most {@link #MAX_THUMB_SIDE}. */
    static int thumbSide(int imageSize) {
        for (int side = Math.min(MAX_THUMB_SIDE, imageSize); side > 1; side--) {
            if (imageSize % side == 0) {
                return side;
            }
        }
        return 1;
    }

    /** Whether every latent has its picture. */
    boolean isComplete() {
        return filled == capacity;
    }

    /** How many latents have their picture so far. */
    int filled() {
        return filled;
    }

    int capacity() {
        return capacity;
    }

    int thumbSide() {
        return thumbSide;
    }

    int channels() {
        return channels;
    }

    /**
     * Renders the next {@code count} latents' pictures (fewer when the bank fills).
     *
     * @param model the generator the bank belongs to
     * @param count how many latents to render in one forward pass
     */
    void grow(GanModel model, int count) {
        int n = Math.min(count, capacity - filled);
        if (n <= 0) {
            return;
        }
        float[] pixels;
        try (NDManager scope = model.manager().newSubManager()) {
            float[] z = new float[n * latentSize];
            System.arraycopy(latents, filled * latentSize, z, 0, z.length);
            NDArray images = model.generate(scope.create(z, new Shape(n, latentSize)));
            ModelManifest mf = model.manifest();
            pixels = images.sub(mf.valueLow()).div(mf.valueHigh() - mf.valueLow()).clip(0, 1)
                    .toFloatArray();
        }
        int perImage = channels * imageSize * imageSize;
        int perThumb = channels * thumbSide * thumbSide;
        for (int i = 0; i < n; i++) {
            float[] means = BlockMeans.of(pixels, i * perImage, imageSize, thumbSide, channels, null);
            for (int v = 0; v < perThumb; v++) {
                thumbs[(filled + i) * perThumb + v] = (byte) Math.round(255 * means[v]);
            }
        }
        filled += n;
    }

    /** Latent {@code i}, a copy. */
    float[] latent(int i) {
        float[] z = new float[latentSize];
        System.arraycopy(latents, i * latentSize, z, 0, latentSize);
        return z;
    }

    /** The thumbnails, CHW per latent, in latent order, 0–255 for [0, 1]; not to be written. */
    byte[] thumbs() {
        return thumbs;
    }

    /**
     * Fills the whole bank with thumbnails rendered earlier (its cache file) instead of rendering.
     *
     * @param rendered every latent's thumbnail, as {@link #thumbs()} gives them
     * @throws IllegalArgumentException when they are not a full bank's
     */
    void restore(byte[] rendered) {
        if (rendered.length != thumbs.length) {
            throw new IllegalArgumentException("a full bank has " + thumbs.length + " thumbnail values, not "
                    + rendered.length);
        }
        System.arraycopy(rendered, 0, thumbs, 0, thumbs.length);
        filled = capacity;
    }

    int latentSize() {
        return latentSize;
    }

    int imageSize() {
        return imageSize;
    }

    /**
     * Ranks the bank's latents against an edit's strokes and returns the best ones.
     *
     * @param maps the rasterised strokes at the model's size
     * @param current the current result's picture (CHW in [0, 1]) for the continuity term, or
     *     {@code null}
     * @param continuityWeight λ_change
     * @param count how many to return
     * @return the latents, cheapest first
     */
    float[][] best(ConstraintMaps maps, float[] current, double continuityWeight, int count) {
        int[] order = new BankRanking(this, maps, current, continuityWeight).cheapest(count);
        float[][] chosen = new float[order.length][];
        for (int i = 0; i < order.length; i++) {
            chosen[i] = latent(order[i]);
        }
        return chosen;
    }
}
