package org.latentbrush.app.canvas;

/**
 * A rectangle of the canvas's coordinate space, in canvas units: what the canvas shows and where
 * the brush may paint. Without a photo it is the canvas itself, [0, side]²; with a photo it is the
 * whole photo, the edited square being [0, side]² inside it.
 *
 * @param minX left edge
 * @param minY top edge
 * @param maxX right edge
 * @param maxY bottom edge
 */
public record CanvasArea(double minX, double minY, double maxX, double maxY) {

    public CanvasArea {
        if (!(maxX > minX && maxY > minY)) {
            throw new IllegalArgumentException("empty canvas area " + minX + "," + minY + " to " + maxX + "," + maxY);
        }
    }

    /** The canvas itself. */
    public static CanvasArea square(double side) {
        return new CanvasArea(0, 0, side, side);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    /** {@code x} moved inside the area. */
    public double clampX(double x) {
        return Math.max(minX, Math.min(maxX, x));
    }

    /** {@code y} moved inside the area. */
    public double clampY(double y) {
        return Math.max(minY, Math.min(maxY, y));
    }
}
