package org.latentbrush.bridge.photo;

/**
 * The square of a photo that the model sees: the largest centred square, in photo pixels.
 *
 * <p>GAN models are square; cropping (rather than squashing) keeps shapes undistorted, and
 * remembering the square lets an edit made at the model's size be put back in place.
 *
 * @param x left edge in photo pixels
 * @param y top edge in photo pixels
 * @param side width and height in photo pixels
 */
public record CropSquare(int x, int y, int side) {

    public CropSquare {
        if (x < 0 || y < 0 || side < 1) {
            throw new IllegalArgumentException("bad crop square " + x + "," + y + " side " + side);
        }
    }

    /**
     * The largest square centred in a photo; an odd leftover pixel goes to the right or bottom.
     *
     * @param width the photo's width
     * @param height the photo's height
     * @return the square
     */
    public static CropSquare centred(int width, int height) {
        int side = Math.min(width, height);
        return new CropSquare((width - side) / 2, (height - side) / 2, side);
    }

    /** Whether the photo pixel ({@code px}, {@code py}) lies inside the square. */
    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < x + side && py < y + side;
    }
}
