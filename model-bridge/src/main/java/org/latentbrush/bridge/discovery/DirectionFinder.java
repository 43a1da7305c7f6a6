package org.latentbrush.bridge.discovery;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * Finds a generator's principal latent directions as GANSpace does for BigGAN: principal
 * components of an early layer's activations over sampled latents, each carried back to z by
 * regression ({@link ComponentRegression}).
 *
 * <p>The components of z itself would be useless: the uniform prior is the same in every
 * direction. The layer's components say which changes the generator itself makes most of.
 */
final class DirectionFinder {

    /** Latents per forward pass: bounds memory, whatever the sample count. */
    private static final int CHUNK = 256;
    /** Separates the latents sampled here from the other draws of the same seed. */
    private static final long LATENT_SALT = 0x5851F42D4C957F2DL;

    /**
     * The directions found, strongest first.
     *
     * @param vectors unit vectors in z, mutually orthogonal; the sign of each is arbitrary until a
     *     direction is named
     * @param varianceShares each component's share of the layer's total variance
     */
    record Found(double[][] vectors, double[] varianceShares) {}

    private DirectionFinder() {}

    /**
     * Samples latents, reads the layer and finds the strongest directions.
     *
     * @param activations the layer to read
     * @param samples how many latents to sample, more than the latent size
     * @param wanted how many directions, at most the latent size
     * @param seed picks the latents and the random projection
     * @return the directions
     */
    static Found find(EarlyActivations activations, int samples, int wanted, long seed) {
        GanModel model = activations.model();
        check(model, samples, wanted);
        int size = model.manifest().latentSize();
        double[][] latents = new double[samples][];
        PrincipalComponents components;
        try (NDManager scope = model.manager().newSubManager()) {
            NDList chunks = new NDList();
            for (int from = 0; from < samples; from += CHUNK) {
                int to = Math.min(samples, from + CHUNK);
                float[] flat = new float[(to - from) * size];
                for (int i = from; i < to; i++) {
                    float[] z = LatentPaths.random(size, Seeds.combine(seed ^ LATENT_SALT, i));
                    latents[i] = toDoubles(z);
                    System.arraycopy(z, 0, flat, (i - from) * size, size);
                }
                chunks.add(activations.of(scope.create(flat, new Shape(to - from, size))));
            }
            NDArray all = chunks.size() == 1 ? chunks.get(0) : NDArrays.concat(chunks, 0);
            components = PrincipalComponents.of(all, wanted, seed);
        }
        double[][] vectors = ComponentRegression.directions(latents, components);
        double[] shares = new double[wanted];
        for (int k = 0; k < wanted; k++) {
            shares[k] = components.varianceShare(k);
            canonicalSign(vectors[k]);
        }
        return new Found(vectors, shares);
    }

    /**
     * Checks the counts against the model.
     *
     * @throws IllegalArgumentException if more directions are wanted than the latent has
     *     dimensions, or there are not more samples than dimensions to regress on
     */
    static void check(GanModel model, int samples, int wanted) {
        int size = model.manifest().latentSize();
        if (wanted < 1 || wanted > size) {
            throw new IllegalArgumentException("model " + model.manifest().name() + " has a latent of "
                    + size + " values, so 1 to " + size + " directions can be kept, not " + wanted);
        }
        if (samples <= size) {
            throw new IllegalArgumentException("finding directions needs more samples than model "
                    + model.manifest().name() + "'s " + size + " latent values, not " + samples);
        }
    }

    /** Points a vector so that its largest value is positive: the same vector for the same seed. */
    private static void canonicalSign(double[] v) {
        int largest = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[largest])) {
                largest = i;
            }
        }
        if (v[largest] < 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
        }
    }

    private static double[] toDoubles(float[] z) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = z[i];
        }
        return out;
    }
}
