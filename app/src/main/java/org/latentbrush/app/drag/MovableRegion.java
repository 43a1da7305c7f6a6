package org.latentbrush.app.drag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part of the picture a drag may move, painted with a round brush in canvas coordinates; the
 * rest is held. An empty region means that all of the picture may move. Immutable.
 */
public final class MovableRegion {

    private static final MovableRegion NONE = new MovableRegion(List.of());

    private final List<Path> paths;

    /**
     * One brush path.
     *
     * @param radius the brush radius, in canvas units
     * @param points x0, y0, x1, y1, … in canvas units
     */
    public record Path(double radius, double[] points) {

        public Path {
            if (!(radius > 0) || points.length < 2 || points.length % 2 != 0) {
                throw new IllegalArgumentException("a path needs a positive radius and whole points");
            }
            points = points.clone();
        }

        @Override
        public double[] points() {
            return points.clone();
        }

        int pointCount() {
            return points.length / 2;
        }
    }

    private MovableRegion(List<Path> paths) {
        this.paths = List.copyOf(paths);
    }

    /** No region: all of the picture may move. */
    public static MovableRegion none() {
        return NONE;
    }

    /** Whether nothing is painted. */
    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** The paths, in the order painted. */
    public List<Path> paths() {
        return paths;
    }

    /** This region with a new path of one point. */
    public MovableRegion begin(double x, double y, double radius) {
        List<Path> more = new ArrayList<>(paths);
        more.add(new Path(radius, new double[] {x, y}));
        return new MovableRegion(more);
    }

    /** This region with its newest path drawn on to a point. */
    public MovableRegion extend(double x, double y) {
        if (paths.isEmpty()) {
            throw new IllegalStateException("no path to extend");
        }
        Path last = paths.get(paths.size() - 1);
        double[] p = Arrays.copyOf(last.points, last.points.length + 2);
        p[p.length - 2] = x;
        p[p.length - 1] = y;
        List<Path> more = new ArrayList<>(paths.subList(0, paths.size() - 1));
        more.add(new Path(last.radius, p));
        return new MovableRegion(more);
    }

    /**
     * The region at the model's size, as the drag engine takes it.
     *
     * <p>A model pixel belongs to it when its centre is within the brush of a path; the pixel under
     * each painted point does too, so a brush smaller than a model pixel still marks something.
     *
     * @param pixels the canvas and the model's size
     * @return row-major, {@code modelSize²} long, true where content may move
     */
    public boolean[] mask(ModelPixels pixels) {
        int size = pixels.modelSize();
        double unit = pixels.pixel();
        boolean[] mask = new boolean[size * size];
        for (Path path : paths) {
            double[] p = path.points;
            for (int i = 0; i < path.pointCount(); i++) {
                int k = Math.max(0, i - 1);
                mark(mask, size, unit, p[2 * k], p[2 * k + 1], p[2 * i], p[2 * i + 1], path.radius);
                int px = clampPixel(p[2 * i] / unit, size);
                int py = clampPixel(p[2 * i + 1] / unit, size);
                mask[py * size + px] = true;
            }
        }
        return mask;
    }

    /** Marks the pixels whose centres lie within {@code r} of the segment from a to b. */
    private static void mark(boolean[] mask, int size, double unit, double ax, double ay, double bx, double by,
            double r) {
        // Only the pixels in the segment's box, grown by the radius, can be reached.
        int x0 = clampPixel((Math.min(ax, bx) - r) / unit - 0.5, size);
        int x1 = clampPixel((Math.max(ax, bx) + r) / unit + 0.5, size);
        int y0 = clampPixel((Math.min(ay, by) - r) / unit - 0.5, size);
        int y1 = clampPixel((Math.max(ay, by) + r) / unit + 0.5, size);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (distance((x + 0.5) * unit, (y + 0.5) * unit, ax, ay, bx, by) <= r) {
                    mask[y * size + x] = true;
                }
            }
        }
    }

    private static int clampPixel(double v, int size) {
        return (int) Math.max(0, Math.min(size - 1, Math.floor(v)));
    }

    /** Distance from a point to a segment. */
    static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
