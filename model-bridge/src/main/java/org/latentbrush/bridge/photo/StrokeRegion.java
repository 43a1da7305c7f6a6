package org.latentbrush.bridge.photo;

import java.util.List;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeTool;

/**
 * Where a photo edit may act: the painted strokes, each grown by half its radius and feathered, at
 * the photo's own resolution.
 *
 * <p>A photo pixel's weight is 1 within {@value #FULL_IN_RADII} of a brush radius of a colour or
 * sketch stroke's polyline and falls smoothly to exactly 0 at {@value #REACH_IN_RADII} radii, like
 * a soft brush: a hard edge at the radius would show the stroke's outline pasted onto the photo.
 * The strongest stroke wins.
 * Beyond that every pixel weighs 0, so an edit multiplied by the region leaves it byte-identical
 * whatever the model changed there. Eraser strokes remove constraints, not area: they add nothing.
 *
 * <p>Weights are kept as bytes (255 = 1) inside the bounding box of the region only, so a stroke on
 * a 12-megapixel photo costs its box, not the photo.
 */
public final class StrokeRegion {

    /** The region reaches this many brush radii from a stroke's centre line. */
    public static final double REACH_IN_RADII = 1.5;

    /** Out to this many radii the weight is full; at one radius it is still about 0.6. */
    public static final double FULL_IN_RADII = 0.6;

    private static final int FULL = 255;

    private final int left;
    private final int top;
    private final int width;
    private final int height;
    private final byte[] weights;

    private StrokeRegion(int left, int top, int width, int height, byte[] weights) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.weights = weights;
    }

    /**
     * Builds the region of strokes given in photo pixels.
     *
     * @param strokes the strokes, coordinates and radii in photo pixels
     * @param photoWidth the photo's width
     * @param photoHeight the photo's height
     * @return the region, empty when no colour or sketch stroke touches the photo
     */
    public static StrokeRegion of(List<Stroke> strokes, int photoWidth, int photoHeight) {
        ReachBox box = ReachBox.NONE;
        for (Stroke s : strokes) {
            if (s.tool() != StrokeTool.ERASE) {
                box = box.union(ReachBox.of(s));
            }
        }
        int x0 = (int) Math.max(0, Math.floor(box.minX()));
        int y0 = (int) Math.max(0, Math.floor(box.minY()));
        int x1 = (int) Math.min(photoWidth, Math.ceil(box.maxX()) + 1);
        int y1 = (int) Math.min(photoHeight, Math.ceil(box.maxY()) + 1);
        if (!(box.minX() <= box.maxX()) || x1 <= x0 || y1 <= y0) {
            return new StrokeRegion(0, 0, 0, 0, new byte[0]);
        }
        StrokeRegion region = new StrokeRegion(x0, y0, x1 - x0, y1 - y0, new byte[(x1 - x0) * (y1 - y0)]);
        for (Stroke s : strokes) {
            if (s.tool() != StrokeTool.ERASE) {
                region.paint(s);
            }
        }
        return region;
    }

    /** The weight of photo pixel ({@code x}, {@code y}) in [0, 1]; 0 outside the region. */
    public float weight(int x, int y) {
        return level(x, y) / (float) FULL;
    }

    /** Whether no pixel has a weight. */
    public boolean isEmpty() {
        return width == 0;
    }

    /** Left edge of the region's bounding box, in photo pixels. */
    public int left() {
        return left;
    }

    /** Top edge of the region's bounding box. */
    public int top() {
        return top;
    }

    /** One past the right edge of the bounding box. */
    public int right() {
        return left + width;
    }

    /** One past the bottom edge of the bounding box. */
    public int bottom() {
        return top + height;
    }

    /** Whether photo row {@code y} has any pixel of the region's bounding box. */
    boolean coversRow(int y) {
        return y >= top && y < top + height;
    }

    /** The weight of a pixel as a byte level, 0 to 255. */
    int level(int x, int y) {
        if (x < left || y < top || x >= left + width || y >= top + height) {
            return 0;
        }
        return weights[(y - top) * width + (x - left)] & 0xFF;
    }

    private void paint(Stroke s) {
        double[] p = s.points();
        if (p.length == 2) {
            paintSegment(p[0], p[1], p[0], p[1], s.radius());
            return;
        }
        for (int i = 2; i < p.length; i += 2) {
            paintSegment(p[i - 2], p[i - 1], p[i], p[i + 1], s.radius());
        }
    }

    /** Raises each pixel near segment a→b to its weight at its distance from the segment. */
    private void paintSegment(double ax, double ay, double bx, double by, double radius) {
        double reach = radius * REACH_IN_RADII;
        int fromX = Math.max(left, (int) Math.floor(Math.min(ax, bx) - reach));
        int toX = Math.min(left + width - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
        int fromY = Math.max(top, (int) Math.floor(Math.min(ay, by) - reach));
        int toY = Math.min(top + height - 1, (int) Math.ceil(Math.max(ay, by) + reach));
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        for (int y = fromY; y <= toY; y++) {
            double py = y + 0.5;
            int row = (y - top) * width - left;
            for (int x = fromX; x <= toX; x++) {
                double px = x + 0.5;
                double t = lengthSquared == 0 ? 0
                        : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
                double ex = px - (ax + t * dx);
                double ey = py - (ay + t * dy);
                int level = levelAt(Math.sqrt(ex * ex + ey * ey) / radius);
                if (level > (weights[row + x] & 0xFF)) {
                    weights[row + x] = (byte) level;
                }
            }
        }
    }

    /** 255 out to {@link #FULL_IN_RADII}, a smooth fall to 0 at {@link #REACH_IN_RADII}, 0 beyond. */
    private static int levelAt(double radii) {
        if (radii <= FULL_IN_RADII) {
            return FULL;
        }
        if (radii >= REACH_IN_RADII) {
            return 0;
        }
        double t = (REACH_IN_RADII - radii) / (REACH_IN_RADII - FULL_IN_RADII);
        return (int) Math.round(FULL * t * t * (3 - 2 * t));
    }
}
