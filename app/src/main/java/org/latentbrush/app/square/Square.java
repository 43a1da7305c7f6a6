package org.latentbrush.app.square;

/**
 * A square of a photo, in photo pixels.
 *
 * @param x left edge
 * @param y top edge
 * @param side the side
 */
public record Square(int x, int y, int side) {

    /** The right edge, exclusive. */
    public int right() {
        return x + side;
    }

    /** The bottom edge, exclusive. */
    public int bottom() {
        return y + side;
    }

    /** Whether a point in photo pixels lies inside. */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** The side and place as the chooser and the menus say it, e.g. {@code 812 px at (400, 120)}. */
    public String describe() {
        return side + " px at (" + x + ", " + y + ")";
    }
}
