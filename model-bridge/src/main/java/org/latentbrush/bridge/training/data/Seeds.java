package org.latentbrush.bridge.training.data;

/**
 * Seed mixing (SplitMix64's finaliser) shared by everything that derives seeds: the procedural
 * sources, so nearby seeds give unrelated scenes, and training and evaluation, so each step, salt
 * and image draws from an independent stream.
 */
public final class Seeds {

    /** The golden-ratio increment used by SplittableRandom; spreads consecutive indices apart. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long MIX_1 = 0xBF58476D1CE4E5B9L;
    private static final long MIX_2 = 0x94D049BB133111EBL;

    private Seeds() {
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: a bijective, well-avalanching mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * MIX_1;
        z = (z ^ (z >>> 27)) * MIX_2;
        return z ^ (z >>> 31);
    }

    /** Combines a base seed and an index (or salt) into one well-mixed seed. */
    public static long combine(long base, long index) {
        return mix(base + GOLDEN_GAMMA * (index + 1));
    }
}
