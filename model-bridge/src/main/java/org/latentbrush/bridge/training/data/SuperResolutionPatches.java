package org.latentbrush.bridge.training.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Pairs of sharp patches and their degraded, smaller versions, for training an upscaler.
 *
 * <p>Each pair: a random square of a random picture, flipped and turned at random; a copy blurred
 * a little (some of the time), shrunk by exact area averaging, and given a little noise (some of the
 * time). The blur stands for the softness of a generator's output, which the upscaler must sharpen
 * rather than copy. Every draw derives from the seed and the step, so a resumed run sees the same
 * batches.
 */
public final class SuperResolutionPatches {

    private final List<HighResPicture> pictures;
    private final int scale;
    private final int patch;
    private final Degradation degradation;
    private final long seed;

    /**
     * Sets up the source.
     *
     * @param pictures sharp pictures, each at least {@code patch} pixels on both sides
     * @param scale the shrinking factor
     * @param patch the sharp patches' side, a multiple of {@code scale}
     * @param degradation how inputs are softened
     * @param seed seeds every draw
     */
    public SuperResolutionPatches(List<HighResPicture> pictures, int scale, int patch,
            Degradation degradation, long seed) {
        if (pictures.isEmpty()) {
            throw new IllegalArgumentException("no pictures to cut patches from");
        }
        if (scale < 1 || patch < scale || patch % scale != 0) {
            throw new IllegalArgumentException("the patch side " + patch + " must be a multiple of the "
                    + "scale " + scale);
        }
        for (HighResPicture p : pictures) {
            if (p.width() < patch || p.height() < patch) {
                throw new IllegalArgumentException(p.origin() + " is " + p.width() + "x" + p.height()
                        + ", smaller than a " + patch + "-pixel patch");
            }
        }
        this.pictures = List.copyOf(pictures);
        this.scale = scale;
        this.patch = patch;
        this.degradation = degradation;
        this.seed = seed;
    }

    /** A batch: sharp patches and their inputs, both channel-major RGB in [0, 1]. */
    public record Batch(float[] inputs, float[] targets, int count, int inputSide, int targetSide) {}

    /**
     * Draws the batch of one training step.
     *
     * @param step the step (any long; also used with other salts for held-out batches)
     * @param count pairs in the batch
     * @return the batch
     */
    public Batch batch(long step, int count) {
        SplittableRandom random = new SplittableRandom(Seeds.combine(seed, step));
        int small = patch / scale;
        float[] inputs = new float[count * 3 * small * small];
        float[] targets = new float[count * 3 * patch * patch];
        for (int i = 0; i < count; i++) {
            float[] sharp = cut(random);
            System.arraycopy(sharp, 0, targets, i * sharp.length, sharp.length);
            float[] input = degradation.apply(sharp, patch, scale, random);
            System.arraycopy(input, 0, inputs, i * input.length, input.length);
        }
        return new Batch(inputs, targets, count, small, patch);
    }

    /** What the patches come from, for the training record. */
    public int pictureCount() {
        return pictures.size();
    }

    private float[] cut(SplittableRandom random) {
        HighResPicture picture = pictures.get(random.nextInt(pictures.size()));
        int x0 = random.nextInt(picture.width() - patch + 1);
        int y0 = random.nextInt(picture.height() - patch + 1);
        boolean flip = random.nextBoolean();
        int turns = random.nextInt(4);
        int plane = patch * patch;
        float[] out = new float[3 * plane];
        for (int y = 0; y < patch; y++) {
            for (int x = 0; x < patch; x++) {
                int sx = flip ? patch - 1 - x : x;
                int sy = y;
                for (int t = 0; t < turns; t++) {
                    int turned = sy;
                    sy = sx;
                    sx = patch - 1 - turned;
                }
                int p = picture.pixels()[(y0 + sy) * picture.width() + x0 + sx];
                int o = y * patch + x;
                out[o] = ((p >> 16) & 0xFF) / 255f;
                out[plane + o] = ((p >> 8) & 0xFF) / 255f;
                out[2 * plane + o] = (p & 0xFF) / 255f;
            }
        }
        return out;
    }
}
