package org.latentbrush.bridge.constraint;

import java.util.Arrays;

/**
 * One brush stroke in canvas coordinates: a polyline, a radius and, for colour strokes, a colour.
 *
 * <p>Strokes are independent of the model's resolution; {@link StrokeRasterizer} turns them into
 * soft masks at whatever size the model has. Immutable.
 *
 * @param tool what the stroke asks for
 * @param rgb the colour as 0xRRGGBB (ignored except for {@link StrokeTool#COLOR})
 * @param radius the brush radius in canvas pixels
 * @param points the polyline as x0, y0, x1, y1, … in canvas pixels
 */
public record Stroke(StrokeTool tool, int rgb, double radius, double[] points) {

    /**
     * Checks the stroke.
     *
     * @throws IllegalArgumentException if the radius or a coordinate is not a finite positive
     *     number, or there is no point
     */
    public Stroke {
        if (tool == null) {
            throw new IllegalArgumentException("tool is missing");
        }
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("radius must be a positive number, was " + radius);
        }
        if (points == null || points.length < 2 || points.length % 2 != 0) {
            throw new IllegalArgumentException("a stroke needs at least one [x, y] point");
        }
        for (double v : points) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("point coordinates must be finite numbers");
            }
        }
        points = points.clone();
        rgb &= 0xFFFFFF;
    }

    /** Creates a colour stroke. */
    public static Stroke color(int rgb, double radius, double... points) {
        return new Stroke(StrokeTool.COLOR, rgb, radius, points);
    }

    /** Creates a sketch stroke. */
    public static Stroke sketch(double radius, double... points) {
        return new Stroke(StrokeTool.SKETCH, 0, radius, points);
    }

    /** Creates an eraser stroke. */
    public static Stroke erase(double radius, double... points) {
        return new Stroke(StrokeTool.ERASE, 0, radius, points);
    }

    /** Number of points in the polyline. */
    public int pointCount() {
        return points.length / 2;
    }

    /** The points, as a copy. */
    @Override
    public double[] points() {
        return points.clone();
    }

    /** Returns this stroke with one more point, as a brush tool extends it while dragging. */
    public Stroke withPoint(double x, double y) {
        double[] more = Arrays.copyOf(points, points.length + 2);
        more[points.length] = x;
        more[points.length + 1] = y;
        return new Stroke(tool, rgb, radius, more);
    }

    /** The colour as "#rrggbb". */
    public String hexColor() {
        return String.format("#%06x", rgb);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stroke s && s.tool == tool && s.rgb == rgb && s.radius == radius
                && Arrays.equals(s.points, points);
    }

    @Override
    public int hashCode() {
        return ((tool.hashCode() * 31 + rgb) * 31 + Double.hashCode(radius)) * 31
                + Arrays.hashCode(points);
    }

    @Override
    public String toString() {
        return tool.fileName() + (tool == StrokeTool.COLOR ? " " + hexColor() : "") + " r=" + radius
                + " " + pointCount() + " points";
    }

}
