package org.latentbrush.app.square;

/**
 * The squares a photo allows, and how dragging, resizing and the wheel change one: every result
 * lies inside the photo, with a side between {@link #minSide()} and {@link #maxSide()}. Immutable.
 *
 * <p>Moves and resizes take the square from the drag's start and the pointer's whole travel since,
 * not step by step, so that rounding and clamping never add up during a drag and the square comes
 * back when the pointer does.
 */
public final class SquareGeometry {

    private final int width;
    private final int height;
    private final int minSide;
    private final int maxSide;

    /**
     * Creates the limits of a photo.
     *
     * @param width the photo's width in pixels
     * @param height the photo's height
     * @param smallestSide the smallest side wanted, normally the model's image size: a square of
     *        fewer photo pixels than the model has would be enlarged into it, which only blurs;
     *        a photo shorter than that allows its short side
     */
    public SquareGeometry(int width, int height, int smallestSide) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a photo of " + width + "x" + height + " has no squares");
        }
        this.width = width;
        this.height = height;
        this.maxSide = Math.min(width, height);
        this.minSide = Math.max(1, Math.min(smallestSide, maxSide));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The smallest side allowed. */
    public int minSide() {
        return minSide;
    }

    /** The largest side allowed: the photo's short side. */
    public int maxSide() {
        return maxSide;
    }

    /** The nearest allowed square: the side limited first, then the square pushed inside the photo. */
    public Square clamp(Square s) {
        int side = limit(s.side(), minSide, maxSide);
        return new Square(limit(s.x(), 0, width - side), limit(s.y(), 0, height - side), side);
    }

    /**
     * The square moved by the pointer's travel, stopping at the photo's edges.
     *
     * @param start the square when the drag began
     * @param dx the pointer's travel in photo pixels since then
     * @param dy its vertical travel
     * @return the moved square
     */
    public Square move(Square start, double dx, double dy) {
        Square s = clamp(start);
        return clamp(new Square((int) Math.round(s.x() + dx), (int) Math.round(s.y() + dy), s.side()));
    }

    /**
     * The square resized by dragging one corner while the opposite one stays put; it stays a
     * square by taking the farther of the dragged corner's two distances from the fixed one, so
     * that it reaches the pointer, and stops at the limits and the photo's edges.
     *
     * @param start the square when the drag began
     * @param corner the corner dragged
     * @param dx the pointer's travel in photo pixels since then
     * @param dy its vertical travel
     * @return the resized square
     */
    public Square resizeFromCorner(Square start, Corner corner, double dx, double dy) {
        Square s = clamp(start);
        int anchorX = corner.opposite().xOf(s);
        int anchorY = corner.opposite().yOf(s);
        // Distances from the fixed corner, positive outwards, to where the dragged corner is now.
        double alongX = (corner.xOf(s) + dx - anchorX) * corner.dx();
        double alongY = (corner.yOf(s) + dy - anchorY) * corner.dy();
        int roomX = corner.dx() > 0 ? width - anchorX : anchorX;
        int roomY = corner.dy() > 0 ? height - anchorY : anchorY;
        // The start square fits, so the room on its side of the anchor is at least minSide.
        int side = limit((int) Math.round(Math.max(alongX, alongY)), minSide, Math.min(maxSide,
                Math.min(roomX, roomY)));
        return new Square(corner.dx() > 0 ? anchorX : anchorX - side, corner.dy() > 0 ? anchorY : anchorY - side,
                side);
    }

    /**
     * The square scaled about its centre, as the mouse wheel does; near an edge it is pushed back
     * inside. A factor away from 1 changes the side by at least one pixel, so that small squares
     * still grow and shrink.
     *
     * @param s the square
     * @param factor the new side over the old, e.g. 1.1 to grow by a tenth
     * @return the scaled square
     */
    public Square scaleAroundCentre(Square s, double factor) {
        Square from = clamp(s);
        int side = (int) Math.round(from.side() * factor);
        if (factor > 1) {
            side = Math.max(side, from.side() + 1);
        } else if (factor < 1) {
            side = Math.min(side, from.side() - 1);
        }
        side = limit(side, minSide, maxSide);
        double centreX = from.x() + from.side() / 2.0;
        double centreY = from.y() + from.side() / 2.0;
        return clamp(new Square((int) Math.round(centreX - side / 2.0), (int) Math.round(centreY - side / 2.0),
                side));
    }

    private static int limit(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
