package org.latentbrush.bridge.photo;

import org.latentbrush.bridge.constraint.Stroke;

/**
 * The box a stroke's edit can reach: {@link StrokeRegion#REACH_IN_RADII} brush radii around each
 * of its points, in the stroke's own units.
 *
 * <p>A photo edit changes nothing beyond its strokes' reach, so this box decides which pixels a
 * stroke may change ({@link StrokeRegion}), which strokes can share a square
 * ({@link FramePlacement}) and whether a square holds a stroke ({@link #heldBy}).
 *
 * <pre>{@code
 * boolean offSquare = !ReachBox.of(stroke).heldBy(crop, photo.width(), photo.height());
 * }</pre>
 *
 * @param minX left edge
 * @param minY top edge
 * @param maxX right edge
 * @param maxY bottom edge
 */
public record ReachBox(double minX, double minY, double maxX, double maxY) {

    /** Reaches nothing: the start of a union over strokes. */
    public static final ReachBox NONE = new ReachBox(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    /** Reach poking out of a square by less than this is rounding, not a stroke off the square. */
    private static final double SLACK = 1e-6;

    /**
     * The box one stroke reaches.
     *
     * @param s the stroke; its tool does not matter
     * @return the box
     */
    public static ReachBox of(Stroke s) {
        double r = s.radius() * StrokeRegion.REACH_IN_RADII;
        double[] p = s.points();
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i += 2) {
            x0 = Math.min(x0, p[i] - r);
            x1 = Math.max(x1, p[i] + r);
            y0 = Math.min(y0, p[i + 1] - r);
            y1 = Math.max(y1, p[i + 1] + r);
        }
        return new ReachBox(x0, y0, x1, y1);
    }

    /** The smallest box holding this one and {@code o}. */
    public ReachBox union(ReachBox o) {
        return new ReachBox(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX),
                Math.max(maxY, o.maxY));
    }

    /** The low edge along x ({@code alongX}) or along y. */
    public double low(boolean alongX) {
        return alongX ? minX : minY;
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    /**
     * Whether a square holds this reach, in photo pixels. Reach beyond the photo's edges does not
     * count, since no square can hold it.
     *
     * @param square the square
     * @param photoWidth the photo's width
     * @param photoHeight the photo's height
     * @return whether the reach within the photo lies inside the square
     */
    public boolean heldBy(CropSquare square, int photoWidth, int photoHeight) {
        double x0 = Math.max(0, minX);
        double x1 = Math.min(photoWidth, maxX);
        double y0 = Math.max(0, minY);
        double y1 = Math.min(photoHeight, maxY);
        return x0 >= square.x() - SLACK && y0 >= square.y() - SLACK
                && x1 <= square.x() + square.side() + SLACK && y1 <= square.y() + square.side() + SLACK;
    }
}
