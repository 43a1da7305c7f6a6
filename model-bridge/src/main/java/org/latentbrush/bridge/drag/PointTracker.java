package org.latentbrush.bridge.drag;

import java.util.List;

/**
 * DragGAN's point tracking: after each step a handle is found again as the point, within a radius
 * of where it was, whose features are nearest (sum of absolute differences) to the handle's
 * features in the starting image.
 *
 * <p>Candidates are whole-pixel offsets from the last position, so a handle keeps the fraction of
 * a pixel it was clicked at; ties go to the nearer candidate, so a still picture leaves it still.
 * Works on a host copy of the features: the search needs no gradient.
 */
final class PointTracker {

    private final FeatureGrid grid;
    private final List<int[]> window;
    private final int size;

    /**
     * @param grid how the features lie on the image
     * @param radius r2, the search radius in image pixels
     * @param size the image's side, which candidates stay within
     */
    PointTracker(FeatureGrid grid, double radius, int size) {
        this.grid = grid;
        this.window = DiskOffsets.within(radius);
        this.size = size;
    }

    /**
     * Finds a handle again.
     *
     * @param map one latent's features, channels × side × side, channel major
     * @param channels the map's channels
     * @param reference the handle's features in the starting image
     * @param last where the handle was
     * @return where it is now
     */
    ImagePoint track(float[] map, int channels, float[] reference, ImagePoint last) {
        ImagePoint best = last;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int[] o : window) {
            ImagePoint candidate = last.plus(o[0], o[1]);
            if (!candidate.isInside(size)) {
                continue;
            }
            float[] f = grid.sample(map, channels, candidate);
            double distance = 0;
            for (int c = 0; c < channels; c++) {
                distance += Math.abs(f[c] - reference[c]);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }
}
