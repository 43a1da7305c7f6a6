package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * Paints a band of small, hazy tree silhouettes standing on a baseline (the horizon or a lake's
 * far shore): the distant forest edge that makes a plain or a shore read as land.
 */
final class TreeLinePainter {

    /** Tallest distant tree, as a fraction of the size. */
    private static final double MAX_HEIGHT = 0.035;
    private static final double MIN_HEIGHT = 0.012;
    /** Spacing between tree centres, in pixels per 128 of size. */
    private static final double MIN_SPACING = 1.2;
    private static final double EXTRA_SPACING = 2.2;

    private TreeLinePainter() {
    }

    /**
     * Paints the tree line on {@code baseline} (a fractional row per column) if the scene has one.
     */
    static void paint(PixelCanvas canvas, SceneSpec spec, ScenePalette palette, float[] baseline) {
        if (!spec.treeLine()) {
            return;
        }
        SplittableRandom r = spec.random(SceneSpec.Layer.TREE_LINE);
        ValueNoise clusters = new ValueNoise(r.nextLong());
        int size = canvas.size;
        double unit = size / 128.0;
        double tallest = size * (MIN_HEIGHT + (MAX_HEIGHT - MIN_HEIGHT) * r.nextDouble());
        float gaps = (float) (0.25 + 0.35 * r.nextDouble());
        float[] heights = new float[size];
        for (double cx = -2; cx < size + 2; cx += unit * (MIN_SPACING + EXTRA_SPACING * r.nextDouble())) {
            // Trees grow in clumps with clearings in between.
            float clump = clusters.fractal((float) (cx / size * 6), 0.5f, 2);
            if (clump < gaps) {
                continue;
            }
            double h = tallest * (0.5 + 0.6 * r.nextDouble()) * Math.min(1, (clump - gaps) * 4 + 0.4);
            double halfWidth = h * (0.22 + 0.15 * r.nextDouble());
            for (int x = (int) Math.floor(cx - halfWidth); x <= cx + halfWidth; x++) {
                if (x >= 0 && x < size) {
                    float v = (float) (h * (1 - Math.abs(x + 0.5 - cx) / halfWidth));
                    heights[x] = Math.max(heights[x], v);
                }
            }
        }
        int colour = palette.aerial(Rgb.mix(palette.conifer, palette.groundDark, 0.25),
                0.25 + 0.25 * r.nextDouble());
        for (int x = 0; x < size; x++) {
            if (heights[x] <= 0) {
                continue;
            }
            float top = baseline[x] - heights[x];
            int first = Math.max(0, (int) top);
            int last = Math.min(size - 1, (int) Math.ceil(baseline[x]));
            for (int y = first; y <= last; y++) {
                canvas.blend(x, y, colour, y == first ? 1f - (top - first) : 1f);
            }
        }
    }
}
