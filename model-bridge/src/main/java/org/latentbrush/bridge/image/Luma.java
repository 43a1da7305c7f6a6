package org.latentbrush.bridge.image;

/**
 * Rec. 601 luma: how bright a colour looks, the usual way to turn RGB into grey. The one place
 * its weights live, for strokes on grey models and for grey training images alike.
 */
public final class Luma {

    private static final float RED = 0.299f;
    private static final float GREEN = 0.587f;
    private static final float BLUE = 0.114f;

    private Luma() {}

    /**
     * The luma of a colour.
     *
     * @param red red, any scale
     * @param green green, the same scale
     * @param blue blue, the same scale
     * @return the luma, on that scale
     */
    public static float of(float red, float green, float blue) {
        return RED * red + GREEN * green + BLUE * blue;
    }

    /**
     * The luma of a packed 0xRRGGBB pixel.
     *
     * @param rgb the pixel
     * @return its luma, 0..255
     */
    public static float ofPacked(int rgb) {
        return of((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
