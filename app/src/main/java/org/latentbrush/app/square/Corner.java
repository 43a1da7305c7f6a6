package org.latentbrush.app.square;

/** A corner of a square, with the directions in which dragging it away from the square grows it. */
public enum Corner {
    TOP_LEFT(-1, -1),
    TOP_RIGHT(1, -1),
    BOTTOM_LEFT(-1, 1),
    BOTTOM_RIGHT(1, 1);

    private final int dx;
    private final int dy;

    Corner(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    /** +1 if the corner is on the right, −1 on the left. */
    public int dx() {
        return dx;
    }

    /** +1 if the corner is at the bottom, −1 at the top. */
    public int dy() {
        return dy;
    }

    /** The corner's x on a square. */
    public int xOf(Square s) {
        return dx > 0 ? s.right() : s.x();
    }

    /** The corner's y on a square. */
    public int yOf(Square s) {
        return dy > 0 ? s.bottom() : s.y();
    }

    /** The corner across the square, which stays put while this one is dragged. */
    public Corner opposite() {
        return switch (this) {
            case TOP_LEFT -> BOTTOM_RIGHT;
            case TOP_RIGHT -> BOTTOM_LEFT;
            case BOTTOM_LEFT -> TOP_RIGHT;
            case BOTTOM_RIGHT -> TOP_LEFT;
        };
    }
}
