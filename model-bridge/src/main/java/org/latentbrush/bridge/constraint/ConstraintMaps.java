package org.latentbrush.bridge.constraint;

/**
 * A {@link ConstraintSet} rasterised to a model's resolution: soft masks and target colours.
 *
 * <p>Arrays are row-major, {@code size × size} per channel, values in [0, 1]. A mask value is the
 * fraction of the pixel the strokes cover, so anti-aliased edges weigh less than stroke centres.
 *
 * @param size the side of the square model image
 * @param colorMask coverage of colour strokes, length size²
 * @param colorTarget target colour per pixel, channel-major RGB, length 3·size²
 * @param sketchMask coverage of sketch strokes, length size²
 */
public record ConstraintMaps(int size, float[] colorMask, float[] colorTarget, float[] sketchMask) {

    /** Sum of the colour mask: the number of colour-constrained pixels, counting partial ones. */
    public double colorArea() {
        return sum(colorMask);
    }

    /** Sum of the sketch mask. */
    public double sketchArea() {
        return sum(sketchMask);
    }

    private static double sum(float[] values) {
        double total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
