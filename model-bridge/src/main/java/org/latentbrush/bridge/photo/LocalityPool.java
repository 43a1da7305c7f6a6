package org.latentbrush.bridge.photo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.latentbrush.bridge.generator.GeneratorSplit;

/**
 * The latents PTI's locality term holds G′ to G at, drawn once per tuning: each lies a set share of
 * the way from the pivot toward a uniform random latent (all the way by default).
 *
 * <p>G is frozen, so its activations at the cut and its images for these latents never change: they
 * are computed once, in one batch, instead of a forward pass of G at every step. The steps take
 * them in turn.
 */
final class LocalityPool {

    /** Latents run through G at once: bounds the memory of the activations. */
    private static final int CHUNK = 32;

    private final NDArray atCut;
    private final NDArray images;
    private final int size;

    /**
     * Draws the latents and runs G on them.
     *
     * @param shared G, cut where the tuning starts
     * @param pivot z₀
     * @param reach how far toward the random latent, 0 to 1
     * @param size how many latents
     * @param seed seeds the random latents
     * @param run owns the activations and images for the whole tuning
     */
    LocalityPool(GeneratorSplit shared, float[] pivot, double reach, int size, long seed, NDManager run) {
        SplittableRandom random = new SplittableRandom(seed);
        int d = pivot.length;
        float[] latents = new float[size * d];
        for (int k = 0; k < size; k++) {
            for (int i = 0; i < d; i++) {
                double far = 2 * random.nextDouble() - 1;
                latents[k * d + i] = (float) Math.max(-1, Math.min(1, pivot[i] + reach * (far - pivot[i])));
            }
        }
        this.size = size;
        NDList cuts = new NDList();
        NDList pictures = new NDList();
        for (int from = 0; from < size; from += CHUNK) {
            int to = Math.min(size, from + CHUNK);
            float[] chunk = java.util.Arrays.copyOfRange(latents, from * d, to * d);
            NDArray cut = shared.head(run.create(chunk, new Shape(to - from, d)));
            cuts.add(cut);
            pictures.add(shared.tail(cut));
        }
        this.atCut = cuts.size() == 1 ? cuts.get(0) : NDArrays.concat(cuts);
        this.images = pictures.size() == 1 ? pictures.get(0) : NDArrays.concat(pictures);
    }

    int size() {
        return size;
    }

    /** The activation at the cut of latent {@code k}, batch of one, owned by {@code into} (a step's scope). */
    NDArray atCut(int k, NDManager into) {
        return owned(atCut.get(k + ":" + (k + 1)), into);
    }

    /** G's image of latent {@code k}, batch of one, owned by {@code into} (a step's scope). */
    NDArray image(int k, NDManager into) {
        return owned(images.get(k + ":" + (k + 1)), into);
    }

    /** A slice belongs to the pool's manager, which lives as long as the tuning: hand it to the step. */
    private static NDArray owned(NDArray slice, NDManager into) {
        slice.attach(into);
        return slice;
    }
}
