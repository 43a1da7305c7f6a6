package org.latentbrush.bridge.drag;

import java.util.List;

/**
 * DragGAN's point tracking: after each step a handle is found again as the point, within a radius
 * of where it was, whose features are nearest (sum of absolute differences) to the handle's
 * features in the starting image.
 *
 * <p>DragGAN compares the feature vector at a single point. A landscape's features repeat along a
 * horizon or a shore, where one vector slid the handle sideways on this model; so the tracker may
 * compare a small disk of vectors around the point instead (patch radius 0 is DragGAN's).
 * Candidates are whole-pixel offsets from the last position, so a handle keeps the fraction of a
 * pixel it was clicked at; ties go to the nearer candidate, so a still picture leaves it still.
 * Works on a host copy of the features: the search needs no gradient.
 */
final class PointTracker {

    private final FeatureGrid grid;
    private final List<int[]> window;
    private final List<int[]> patch;
    private final int size;

    /**
     * @param grid how the features lie on the image
     * @param radius r2, the search radius in image pixels
     * @param patchRadius the radius of the disk of features compared, 0 for one vector
     * @param size the image's side, which candidates stay within
     */
    PointTracker(FeatureGrid grid, double radius, double patchRadius, int size) {
        this.grid = grid;
        this.window = DiskOffsets.within(radius);
        this.patch = DiskOffsets.within(patchRadius);
        this.size = size;
    }

    /**
     * The features a handle is recognised by: the disk's vectors, one after another.
     *
     * @param map one latent's features, channels × side × side, channel major
     * @param channels the map's channels
     * @param point where the handle is
     * @return patch points × channels values
     */
    float[] signature(float[] map, int channels, ImagePoint point) {
        float[] signature = new float[patch.size() * channels];
        for (int i = 0; i < patch.size(); i++) {
            int[] o = patch.get(i);
            System.arraycopy(grid.sample(map, channels, point.plus(o[0], o[1])), 0, signature, i * channels,
                    channels);
        }
        return signature;
    }

    /**
     * Finds a handle again.
     *
     * @param map one latent's features, channels × side × side, channel major
     * @param channels the map's channels
     * @param reference the handle's {@link #signature} in the starting image
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
            float[] f = signature(map, channels, candidate);
            double distance = 0;
            for (int i = 0; i < f.length; i++) {
                distance += Math.abs(f[i] - reference[i]);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }
}
