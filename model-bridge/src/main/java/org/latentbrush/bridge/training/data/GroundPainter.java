package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * Paints the foreground ground (grass, sand, rock or snow) with a texture laid out in perspective
 * on the ground plane, so patches shrink and fade toward the horizon, plus a wet beach band along
 * any lake shore.
 */
final class GroundPainter {

    /** Extra haze on the ground right at the horizon. */
    private static final double HORIZON_HAZE = 0.55;
    /** Per-pixel grain in the foreground, as a fraction of brightness. */
    private static final float GRAIN = 0.12f;
    /** Width of the beach band at the bottom edge, in pixels per 128 of size. */
    private static final float BEACH_WIDTH = 6f;
    /** How much light and dark patches differ, per ground type: snow and sand are smoother. */
    private static final float[] PATCH_CONTRAST = {1f, 0.7f, 1f, 0.5f};

    private GroundPainter() {
    }

    static void paint(PixelCanvas canvas, SceneSpec spec, ScenePalette palette, SceneLayout layout) {
        SplittableRandom r = spec.random(SceneSpec.Layer.GROUND);
        ValueNoise patches = new ValueNoise(r.nextLong());
        ValueNoise detail = new ValueNoise(r.nextLong());
        GroundType type = spec.labels().ground();
        boolean water = spec.labels().hasWater();
        int size = canvas.size;
        float horizon = layout.horizon;
        float scale = (float) (0.6 + 0.8 * r.nextDouble());
        float contrast = (float) (0.8 + 0.4 * r.nextDouble());
        float dim = spec.labels().timeOfDay() == TimeOfDay.DAY
                || spec.labels().timeOfDay() == TimeOfDay.OVERCAST ? 0.1f : 0.25f;
        int beach = Rgb.mix(palette.shore, palette.groundDark, type == GroundType.SAND ? 0.2 : 0.5);
        for (int x = 0; x < size; x++) {
            float top = layout.groundTop[x];
            int firstRow = Math.max(0, (int) top);
            for (int y = firstRow; y < size; y++) {
                // Rows just under the horizon are treated as slightly below it, to tame aliasing.
                float d = Math.max(1.5f, y + 0.5f - horizon) + 1f;
                float z = layout.depth(y + 0.5f);
                float planeU = (x - size * 0.5f) / d;
                float planeV = size / d;
                float n = patches.fractal(planeU * scale, planeV * scale * 0.5f, 3);
                float t = 0.5f + (n - 0.5f) * 2.2f * contrast * PATCH_CONTRAST[type.ordinal()];
                int colour = Rgb.mix(palette.groundDark, palette.groundLight, t);
                colour = Rgb.scale(colour, texture(type, detail, x, y, planeU, planeV, z));
                if (water && y - top < BEACH_WIDTH * size / 128 * (0.3f + z)) {
                    colour = Rgb.mix(colour, beach, 0.75);
                }
                // The foreground falls slightly darker (the eye reads this as depth).
                colour = Rgb.scale(colour, 1 - dim * z);
                float far = 1 - z;
                colour = palette.aerial(colour, HORIZON_HAZE * far * far * far);
                if (y == firstRow) {
                    canvas.blend(x, y, colour, 1f - (top - firstRow));
                } else {
                    canvas.set(x, y, colour);
                }
            }
        }
    }

    /** Brightness multiplier giving each material its own small-scale look. */
    private static float texture(GroundType type, ValueNoise noise, int x, int y, float planeU,
            float planeV, float z) {
        float grain = (noise.hash(x, y) - 0.5f) * GRAIN * z;
        return switch (type) {
            // Vertical streaks read as grass blades in the foreground.
            case GRASS -> 1f + grain * 1.5f + (noise.at(x * 0.6f, y * 0.12f) - 0.5f) * 0.3f * z;
            // Wind ripples: bands across the view, bent by noise.
            case SAND -> 1f + grain * 0.6f + 0.07f * (float) StrictMath.sin(planeV * 5f
                    + noise.at(planeU * 2f, planeV * 0.7f) * 8f);
            case ROCK -> {
                float crack = Math.abs(noise.at(planeU * 4f, planeV * 2f) - 0.5f);
                float cracks = crack < 0.04f ? 0.65f + crack * 8f : 1f;
                yield cracks * (1f + grain * 2f + (noise.at(planeU * 9f, planeV * 5f) - 0.5f) * 0.3f);
            }
            // Snow drifts: shading from the noise slope rather than its value.
            case SNOW -> 1f + grain * 0.3f + (noise.at(planeU * 1.2f, planeV * 0.6f)
                    - noise.at(planeU * 1.2f + 0.15f, planeV * 0.6f)) * 0.7f;
        };
    }
}
