package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * The per-column geometry of one landscape on a canvas of a given size: where the horizon lies
 * and where the foreground ground begins, shared by every painter so they fit together.
 */
final class SceneLayout {

    final int size;
    /** Horizon row (fractional): mountain bases, far shore and the top of any water. */
    final float horizon;
    /** Per column, the fractional row where the foreground ground starts. */
    final float[] groundTop;
    /** Per column, the top of the far-shore strip (equal to the horizon when there is none). */
    final float[] farShoreTop;

    /** Low rolling hills rise at most this far above the horizon (fraction of the size). */
    private static final double HILL_RISE = 0.05;
    /** A lake's shoreline wanders by this fraction of the water's depth. */
    private static final double SHORE_WANDER = 0.35;
    private static final double SHORE_TILT = 0.3;
    private static final double MAX_FAR_SHORE = 0.03;

    SceneLayout(SceneSpec spec, int size) {
        this.size = size;
        this.horizon = (float) (spec.horizon() * size);
        SplittableRandom r = spec.random(SceneSpec.Layer.LAYOUT);
        float[] profile = RidgeProfile.of(r, size, 0.45 + 0.1 * r.nextDouble());
        groundTop = new float[size];
        if (spec.labels().hasWater()) {
            double depth = size - horizon;
            double mean = horizon + spec.shore() * depth;
            double tilt = (r.nextDouble() - 0.5) * SHORE_TILT * depth;
            double wander = SHORE_WANDER * depth * (0.3 + 0.7 * r.nextDouble());
            for (int x = 0; x < size; x++) {
                double across = (double) x / size - 0.5;
                double y = mean + tilt * across + wander * (profile[x] - 0.5);
                // Always keep a strip of water and a strip of ground visible.
                groundTop[x] = (float) Math.max(horizon + 0.12 * depth,
                        Math.min(size - 0.12 * depth, y));
            }
        } else {
            double rise = HILL_RISE * size * r.nextDouble();
            for (int x = 0; x < size; x++) {
                groundTop[x] = (float) (horizon - rise * profile[x]);
            }
        }
        farShoreTop = new float[size];
        float[] shoreProfile = RidgeProfile.of(r, size, 0.55);
        double shoreHeight = spec.farShore() ? MAX_FAR_SHORE * size * (0.3 + 0.7 * r.nextDouble()) : 0;
        for (int x = 0; x < size; x++) {
            farShoreTop[x] = (float) (horizon - shoreHeight * (0.3 + 0.7 * shoreProfile[x]));
        }
    }

    /** Depth on the ground plane of row {@code y}: 0 on the horizon, 1 at the bottom edge. */
    float depth(float y) {
        return Math.max(0f, Math.min(1f, (y - horizon) / (size - horizon)));
    }
}
