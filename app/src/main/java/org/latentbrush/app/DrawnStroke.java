package org.latentbrush.app;

import java.util.Arrays;
import org.latentbrush.bridge.constraint.Stroke;

/**
 * A stroke as it grows under the pointer: the part of its path drawn so far, for replaying strokes
 * at a hand's pace rather than all at once.
 */
final class DrawnStroke {

    private final Stroke stroke;
    private final double[] points;
    private final double length;

    DrawnStroke(Stroke stroke) {
        this.stroke = stroke;
        this.points = stroke.points();
        double sum = 0;
        for (int i = 2; i < points.length; i += 2) {
            sum += Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
        }
        this.length = sum;
    }

    /** The length of the stroke's path, in canvas pixels. */
    double length() {
        return length;
    }

    /**
     * The stroke up to {@code drawn} pixels along its path: its first points, then one where the
     * pointer is now. The whole stroke once {@code drawn} reaches its length.
     */
    Stroke upTo(double drawn) {
        if (drawn >= length) {
            return stroke;
        }
        double left = Math.max(0, drawn);
        for (int i = 2; i < points.length; i += 2) {
            double dx = points[i] - points[i - 2];
            double dy = points[i + 1] - points[i - 1];
            double segment = Math.hypot(dx, dy);
            if (left <= segment && segment > 0) {
                double t = left / segment;
                double[] prefix = Arrays.copyOf(points, i + 2);
                prefix[i] = points[i - 2] + t * dx;
                prefix[i + 1] = points[i - 1] + t * dy;
                return new Stroke(stroke.tool(), stroke.rgb(), stroke.radius(), prefix);
            }
            left -= segment;
        }
        return stroke;
    }
}
