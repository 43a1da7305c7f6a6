package org.latentbrush.bridge.quality;

import org.latentbrush.bridge.image.RasterImage;

/**
 * Where the pixels around a point of one picture lie in another, searched along a path: the check of
 * a drag that does not trust the drag's own point tracker.
 *
 * <p>The square of pixels around the point in the first picture is compared (sum of squared
 * differences, edges clamped) with squares of the second along the straight line from the point
 * through the target, from {@value #BEFORE} pixels before the point to {@value #BEYOND} beyond the
 * target, and up to {@value #ACROSS} pixels to either side. Searching only along the path keeps a
 * horizon or a shore, which looks the same all along, from being found far to the side; a picture
 * whose content changed its look rather than its place is found wherever it matches best, which may
 * be nowhere near.
 */
public final class PatchSearch {

    /** Half the side of the square compared: a 7×7 patch. */
    static final int HALF_SIDE = 3;
    /** How far before the point the search starts. */
    static final int BEFORE = 6;
    /** How far beyond the target it ends. */
    static final int BEYOND = 6;
    /** How far to either side of the path it looks. */
    static final int ACROSS = 2;

    private PatchSearch() {}

    /**
     * Finds the point's content along its path.
     *
     * @param before the picture the point is on
     * @param after the picture searched, of the same size
     * @param x the point's x, continuous model pixels
     * @param y the point's y
     * @param targetX where the content was asked to go
     * @param targetY likewise
     * @return {x, y}: where the best match lies, keeping the point's fraction of a pixel
     */
    public static double[] along(RasterImage before, RasterImage after, double x, double y, double targetX,
            double targetY) {
        if (before.width() != after.width() || before.height() != after.height()
                || before.channels() != after.channels()) {
            throw new IllegalArgumentException("the pictures differ in size");
        }
        double length = Math.hypot(targetX - x, targetY - y);
        double ux = length == 0 ? 1 : (targetX - x) / length;
        double uy = length == 0 ? 0 : (targetY - y) / length;
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        double best = Double.POSITIVE_INFINITY;
        int bestDx = 0;
        int bestDy = 0;
        for (int along = -BEFORE; along <= (int) Math.ceil(length) + BEYOND; along++) {
            for (int across = -ACROSS; across <= ACROSS; across++) {
                int dx = (int) Math.round(along * ux - across * uy);
                int dy = (int) Math.round(along * uy + across * ux);
                double cost = squaredDifference(before, after, cx, cy, dx, dy);
                if (cost < best) {
                    best = cost;
                    bestDx = dx;
                    bestDy = dy;
                }
            }
        }
        return new double[] {x + bestDx, y + bestDy};
    }

    private static double squaredDifference(RasterImage a, RasterImage b, int cx, int cy, int dx, int dy) {
        double sum = 0;
        for (int py = -HALF_SIDE; py <= HALF_SIDE; py++) {
            for (int px = -HALF_SIDE; px <= HALF_SIDE; px++) {
                int ax = clamp(cx + px, a.width());
                int ay = clamp(cy + py, a.height());
                int bx = clamp(cx + dx + px, a.width());
                int by = clamp(cy + dy + py, a.height());
                for (int c = 0; c < a.channels(); c++) {
                    double d = a.get(c, ax, ay) - b.get(c, bx, by);
                    sum += d * d;
                }
            }
        }
        return sum;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
