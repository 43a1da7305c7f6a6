package org.latentbrush.app.square;

/**
 * A photo scaled to fit a view of at most a given size, keeping its proportions, and the
 * conversion between the view's pixels and the photo's. Small photos are enlarged, so that the
 * square's handles stay big enough to grab. Immutable.
 */
public final class PhotoFit {

    private final int photoWidth;
    private final int photoHeight;
    private final double scale;
    private final int viewWidth;
    private final int viewHeight;

    /**
     * Fits a photo into a view.
     *
     * @param photoWidth the photo's width in pixels
     * @param photoHeight its height
     * @param maxWidth the view's largest width
     * @param maxHeight the view's largest height
     */
    public PhotoFit(int photoWidth, int photoHeight, int maxWidth, int maxHeight) {
        if (photoWidth < 1 || photoHeight < 1 || maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("cannot fit " + photoWidth + "x" + photoHeight + " into "
                    + maxWidth + "x" + maxHeight);
        }
        this.photoWidth = photoWidth;
        this.photoHeight = photoHeight;
        this.scale = Math.min(maxWidth / (double) photoWidth, maxHeight / (double) photoHeight);
        this.viewWidth = Math.max(1, (int) Math.round(photoWidth * scale));
        this.viewHeight = Math.max(1, (int) Math.round(photoHeight * scale));
    }

    public int photoWidth() {
        return photoWidth;
    }

    public int photoHeight() {
        return photoHeight;
    }

    /** View pixels per photo pixel. */
    public double scale() {
        return scale;
    }

    public int viewWidth() {
        return viewWidth;
    }

    public int viewHeight() {
        return viewHeight;
    }

    /** A view coordinate or length in photo pixels. */
    public double toPhoto(double view) {
        return view / scale;
    }

    /** A photo coordinate or length in view pixels. */
    public double toView(double photo) {
        return photo * scale;
    }

    /** How many photo pixels one view pixel spans, at least one: an arrow key's step. */
    public int photoPixelsPerViewPixel() {
        return Math.max(1, (int) Math.round(1 / scale));
    }
}
