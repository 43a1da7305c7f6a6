package org.latentbrush.bridge.training.data;

/**
 * Seeded 2D value noise in [0, 1] with smooth interpolation, plus a few-octave fractal sum; it
 * gives ground, cloud and rock textures their irregular, natural-looking variation.
 */
final class ValueNoise {

    /** Large odd constants from a well-mixing integer hash (Squirrel-style), spreading lattice keys. */
    private static final int PRIME_X = 0x1B873593;
    private static final int PRIME_Y = 0x68E31DA4;
    private static final int PRIME_SEED = 0x5F356495;
    private static final int MIX_1 = 0x7FEB352D;
    private static final int MIX_2 = 0x846CA68B;
    private static final float TO_UNIT = 1f / (1 << 24);
    /** Each octave doubles the frequency and halves the amplitude: classic 1/f fractal noise. */
    private static final float LACUNARITY = 2.03f;
    private static final float GAIN = 0.5f;

    private final int seed;

    ValueNoise(long seed) {
        this.seed = (int) (seed ^ (seed >>> 32));
    }

    /** Noise at {@code (x, y)}: 0..1, smooth, with features about one unit apart. */
    float at(float x, float y) {
        int ix = fastFloor(x);
        int iy = fastFloor(y);
        float fx = x - ix;
        float fy = y - iy;
        float sx = fx * fx * (3 - 2 * fx);
        float sy = fy * fy * (3 - 2 * fy);
        float a = lattice(ix, iy);
        float b = lattice(ix + 1, iy);
        float c = lattice(ix, iy + 1);
        float d = lattice(ix + 1, iy + 1);
        float top = a + (b - a) * sx;
        float bottom = c + (d - c) * sx;
        return top + (bottom - top) * sy;
    }

    /** Fractal sum of {@code octaves} noise layers, normalised back into 0..1. */
    float fractal(float x, float y, int octaves) {
        float sum = 0;
        float amplitude = 1;
        float total = 0;
        float fx = x;
        float fy = y;
        for (int i = 0; i < octaves; i++) {
            sum += amplitude * at(fx, fy);
            total += amplitude;
            amplitude *= GAIN;
            // The offset keeps octaves from sharing lattice points at the origin.
            fx = fx * LACUNARITY + 17.3f;
            fy = fy * LACUNARITY + 9.1f;
        }
        return sum / total;
    }

    /** A pseudo-random value in [0, 1) for integer coordinates, for per-pixel grain. */
    float hash(int x, int y) {
        return lattice(x, y);
    }

    private float lattice(int x, int y) {
        int h = x * PRIME_X ^ y * PRIME_Y ^ seed * PRIME_SEED;
        h ^= h >>> 16;
        h *= MIX_1;
        h ^= h >>> 15;
        h *= MIX_2;
        h ^= h >>> 16;
        return (h >>> 8) * TO_UNIT;
    }

    private static int fastFloor(float v) {
        int i = (int) v;
        return v < i ? i - 1 : i;
    }
}
