package org.latentbrush.bridge.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Latent vectors made without the engine: random draws from the prior and paths between two. */
public final class LatentPaths {

    /** Below this angle slerp's division is unstable and linear interpolation is as good. */
    private static final double MIN_ANGLE = 1e-6;

    private LatentPaths() {}

    /**
     * Draws z from the uniform prior on [−1, 1].
     *
     * @param size dimensions
     * @param seed random seed
     * @return the latent
     */
    public static float[] random(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] z = new float[size];
        for (int i = 0; i < size; i++) {
            z[i] = (float) (2 * random.nextDouble() - 1);
        }
        return z;
    }

    /**
     * Frames from one latent to another, both ends included.
     *
     * @param from the first frame's latent
     * @param to the last frame's latent
     * @param frames number of frames, at least 2
     * @param spherical slerp (keeps the norm, as for Gaussian priors) instead of a straight line
     * @return the latents, clipped to the prior's support
     */
    public static List<float[]> interpolate(float[] from, float[] to, int frames, boolean spherical) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("latents differ in size: " + from.length + " and " + to.length);
        }
        if (frames < 2) {
            throw new IllegalArgumentException("need at least 2 frames, was " + frames);
        }
        double angle = angle(from, to);
        List<float[]> path = new ArrayList<>(frames);
        for (int f = 0; f < frames; f++) {
            double t = (double) f / (frames - 1);
            double a;
            double b;
            if (spherical && angle > MIN_ANGLE) {
                a = Math.sin((1 - t) * angle) / Math.sin(angle);
                b = Math.sin(t * angle) / Math.sin(angle);
            } else {
                a = 1 - t;
                b = t;
            }
            float[] z = new float[from.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) Math.max(-1, Math.min(1, a * from[i] + b * to[i]));
            }
            path.add(z);
        }
        return path;
    }

    private static double angle(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        return Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb))));
    }
}
