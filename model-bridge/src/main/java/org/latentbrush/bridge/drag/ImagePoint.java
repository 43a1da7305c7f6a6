package org.latentbrush.bridge.drag;

/**
 * A point on the model's image, in model pixels: x to the right, y down, continuous like a stroke's
 * points, so pixel (i, j) covers [i, i+1) × [j, j+1) and the image covers [0, size] × [0, size].
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 */
public record ImagePoint(double x, double y) {

    /** Checks that both coordinates are finite. */
    public ImagePoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point's coordinates must be finite numbers");
        }
    }

    /** The straight-line distance to another point, in pixels. */
    public double distanceTo(ImagePoint other) {
        return Math.hypot(other.x - x, other.y - y);
    }

    /** This point moved by an offset. */
    public ImagePoint plus(double dx, double dy) {
        return new ImagePoint(x + dx, y + dy);
    }

    /** Whether the point lies on an image of the given side, edges included. */
    public boolean isInside(int size) {
        return x >= 0 && y >= 0 && x <= size && y <= size;
    }
}
