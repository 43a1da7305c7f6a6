package org.latentbrush.bridge.image;

/**
 * The taps of a separable resize along one axis: exact area averaging when shrinking (every source
 * pixel counts by how much of it each target pixel covers, so nothing aliases) and linear
 * interpolation when enlarging. Target pixel {@code i} reads sources {@code first[i] + k} with
 * weights {@code weights[i][k]}.
 */
public final class ResizeFilter {

    private final int[] first;
    private final float[][] weights;

    private ResizeFilter(int[] first, float[][] weights) {
        this.first = first;
        this.weights = weights;
    }

    /**
     * The filter from {@code source} pixels to {@code target} pixels.
     *
     * @param source source length, at least 1
     * @param target target length, at least 1
     * @return area averaging when shrinking or keeping the size, linear interpolation when enlarging
     */
    public static ResizeFilter of(int source, int target) {
        if (source < 1 || target < 1) {
            throw new IllegalArgumentException("lengths must be at least 1, were " + source + " and "
                    + target);
        }
        return target <= source ? area(source, target) : linear(source, target);
    }

    /** The first source pixel that target pixel {@code i} reads. */
    public int first(int i) {
        return first[i];
    }

    /** The weights of target pixel {@code i}'s sources, from {@link #first}; they sum to 1. */
    public float[] weights(int i) {
        return weights[i];
    }

    private static ResizeFilter area(int source, int target) {
        int[] first = new int[target];
        float[][] weights = new float[target][];
        double scale = (double) source / target;
        for (int i = 0; i < target; i++) {
            double start = i * scale;
            double end = Math.min(source, (i + 1) * scale);
            int j0 = (int) Math.floor(start);
            int j1 = Math.min(source - 1, (int) Math.ceil(end) - 1);
            first[i] = j0;
            weights[i] = new float[j1 - j0 + 1];
            for (int j = j0; j <= j1; j++) {
                double overlap = Math.min(end, j + 1) - Math.max(start, j);
                weights[i][j - j0] = (float) (overlap / scale);
            }
        }
        return new ResizeFilter(first, weights);
    }

    private static ResizeFilter linear(int source, int target) {
        int[] first = new int[target];
        float[][] weights = new float[target][];
        double scale = (double) source / target;
        for (int i = 0; i < target; i++) {
            double centre = (i + 0.5) * scale - 0.5;
            int j0 = (int) Math.floor(centre);
            float f = (float) (centre - j0);
            if (j0 < 0) {
                first[i] = 0;
                weights[i] = new float[] {1f};
            } else if (j0 >= source - 1) {
                first[i] = source - 1;
                weights[i] = new float[] {1f};
            } else {
                first[i] = j0;
                weights[i] = new float[] {1f - f, f};
            }
        }
        return new ResizeFilter(first, weights);
    }
}
