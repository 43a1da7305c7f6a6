package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * Paints a lake or sea below the horizon as a rippled, darkened mirror of everything above it,
 * turning toward the water's own colour in the foreground as real water does (Fresnel), plus the
 * low strip of land some lakes have on their far side.
 */
final class WaterPainter {

    /** Fraction of the reflected light kept: water never reflects everything. */
    private static final double REFLECTANCE = 0.86;
    /** Share of the water's own colour on the horizon and at the bottom edge. */
    private static final double FAR_BODY = 0.1;
    private static final double NEAR_BODY = 0.55;
    /** Sideways ripple displacement at the bottom edge, as a fraction of the size. */
    private static final float RIPPLE = 0.03f;
    private static final double STREAK_STRENGTH = 0.22;

    private WaterPainter() {
    }

    /** Paints the far-shore strip; call before the water so the water reflects it. */
    static void paintFarShore(PixelCanvas canvas, SceneSpec spec, ScenePalette palette,
            SceneLayout layout) {
        if (!spec.farShore()) {
            return;
        }
        int land = Rgb.mix(palette.groundDark, palette.conifer, 0.6);
        int colour = palette.aerial(land, 0.35);
        int bottom = Math.min(canvas.size - 1, (int) Math.ceil(layout.horizon));
        for (int x = 0; x < canvas.size; x++) {
            float top = layout.farShoreTop[x];
            int first = Math.max(0, (int) top);
            for (int y = first; y <= bottom; y++) {
                double alpha = y == first ? 1 - (top - first) : 1;
                canvas.blend(x, y, colour, alpha);
            }
        }
    }

    static void paint(PixelCanvas canvas, SceneSpec spec, ScenePalette palette, SceneLayout layout) {
        SplittableRandom r = spec.random(SceneSpec.Layer.WATER);
        ValueNoise ripples = new ValueNoise(r.nextLong());
        ValueNoise streaks = new ValueNoise(r.nextLong());
        int size = canvas.size;
        float horizon = layout.horizon;
        int firstRow = (int) horizon;
        float depthRange = size - horizon;
        float choppiness = (float) (0.5 + r.nextDouble());
        int streakColour = Rgb.mix(palette.skyHorizon, palette.skyMid, 0.3);
        for (int y = firstRow; y < size; y++) {
            float d = y + 0.5f - horizon;
            float u = Math.max(0f, d / depthRange);
            // Ground-plane coordinates: waves keep their real spacing, so they shrink with distance.
            float planeV = size / (d + 1.5f);
            float amplitude = choppiness * (0.4f + RIPPLE * size * u);
            double body = FAR_BODY + (NEAR_BODY - FAR_BODY) * u;
            for (int x = 0; x < size; x++) {
                if (y > layout.groundTop[x] + 1) {
                    continue;
                }
                float planeU = (x - size * 0.5f) / (d + 1.5f);
                float wave = ripples.at(planeU * 2.5f, planeV * 3f) - 0.5f;
                int sx = clamp(Math.round(x + 2 * wave * amplitude), size);
                int sy = Math.max(0, Math.min(firstRow - 1,
                        Math.round(2 * horizon - y - 1 + wave * amplitude * 0.5f)));
                int reflected = Rgb.scale(canvas.get(sx, Math.max(0, sy)), REFLECTANCE);
                int colour = Rgb.mix(reflected, palette.water, body);
                float streak = CloudPainter.smooth(0.6f, 0.8f,
                        streaks.at(planeU * 0.4f, planeV * 0.9f));
                if (streak > 0) {
                    colour = Rgb.mix(colour, streakColour, STREAK_STRENGTH * streak * (1 - u));
                }
                canvas.set(x, y, colour);
            }
        }
    }

    private static int clamp(int x, int n) {
        return x < 0 ? 0 : Math.min(n - 1, x);
    }
}
