package org.latentbrush.bridge.drag;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Where image points fall on a feature map smaller than the image by a whole factor, and the
 * features there by bilinear interpolation: on the host for the tracker, and as a sampling matrix
 * for the differentiable motion supervision.
 *
 * <p>Feature pixel j covers image pixels [j·k, (j+1)·k) and sits at their centre, as when a map is
 * enlarged k times bilinearly (DragGAN enlarges its features to the image's size first); points
 * beyond the outer centres take the edge's features.
 */
final class FeatureGrid {

    private final int side;
    private final int reduction;

    /**
     * @param side the feature map's side in feature pixels
     * @param reduction how many image pixels one feature pixel spans along each axis
     */
    FeatureGrid(int side, int reduction) {
        if (side < 1 || reduction < 1) {
            throw new IllegalArgumentException("a feature grid needs a positive side and reduction");
        }
        this.side = side;
        this.reduction = reduction;
    }

    int side() {
        return side;
    }

    /** The four (index, weight) taps of a point: flat indices into a side×side map, weights summing to 1. */
    private void taps(ImagePoint p, int[] index, float[] weight) {
        double u = clamp(p.x() / reduction - 0.5);
        double v = clamp(p.y() / reduction - 0.5);
        int u0 = (int) Math.floor(u);
        int v0 = (int) Math.floor(v);
        int u1 = Math.min(u0 + 1, side - 1);
        int v1 = Math.min(v0 + 1, side - 1);
        float fu = (float) (u - u0);
        float fv = (float) (v - v0);
        index[0] = v0 * side + u0;
        index[1] = v0 * side + u1;
        index[2] = v1 * side + u0;
        index[3] = v1 * side + u1;
        weight[0] = (1 - fu) * (1 - fv);
        weight[1] = fu * (1 - fv);
        weight[2] = (1 - fu) * fv;
        weight[3] = fu * fv;
    }

    private double clamp(double coordinate) {
        return Math.max(0, Math.min(side - 1, coordinate));
    }

    /**
     * The feature vector at a point, read from a host copy of one map.
     *
     * @param map channels × side × side values, channel major
     * @param channels the map's channels
     * @param p the point
     * @return its channels' values
     */
    float[] sample(float[] map, int channels, ImagePoint p) {
        int[] index = new int[4];
        float[] weight = new float[4];
        taps(p, index, weight);
        int plane = side * side;
        float[] out = new float[channels];
        for (int c = 0; c < channels; c++) {
            float sum = 0;
            for (int t = 0; t < 4; t++) {
                sum += weight[t] * map[c * plane + index[t]];
            }
            out[c] = sum;
        }
        return out;
    }

    /**
     * A matrix that samples the points from a map laid out as (side², channels): row i holds point
     * i's four bilinear weights. Multiplying keeps the features' gradient, unlike reading them.
     *
     * @param points the points, one row each
     * @param manager owner of the matrix
     * @return a (points, side²) matrix
     */
    NDArray samplingMatrix(List<ImagePoint> points, NDManager manager) {
        int plane = side * side;
        float[] rows = new float[points.size() * plane];
        int[] index = new int[4];
        float[] weight = new float[4];
        for (int i = 0; i < points.size(); i++) {
            taps(points.get(i), index, weight);
            for (int t = 0; t < 4; t++) {
                // Taps at the clamped edge coincide; their weights add up.
                rows[i * plane + index[t]] += weight[t];
            }
        }
        return manager.create(rows, new Shape(points.size(), plane));
    }

    /**
     * The share of each feature pixel's image pixels that are held, from a movable mask.
     *
     * @param movable row-major image-sized mask, true where content may move
     * @return side² weights in [0, 1], row-major
     */
    float[] heldShare(boolean[] movable) {
        int size = side * reduction;
        if (movable.length != size * size) {
            throw new IllegalArgumentException("the movable mask has " + movable.length + " values, the image "
                    + size * size);
        }
        float[] share = new float[side * side];
        float perPixel = 1f / (reduction * reduction);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (!movable[y * size + x]) {
                    share[(y / reduction) * side + x / reduction] += perPixel;
                }
            }
        }
        return share;
    }
}
