package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * Paints one to three ranges of fractal mountains standing on the horizon, far to near: the far
 * ones pale and hazy, the near ones darker, with sun-side shading, gullies and optional snow caps.
 */
final class MountainPainter {

    /** Haze on the farthest range of several, and on the nearest; ranges in between interpolate. */
    private static final double FAR_HAZE = 0.62;
    private static final double NEAR_HAZE = 0.12;
    /** Columns averaged on each side when measuring slope, so faces shade as wholes. */
    private static final int SLOPE_SPAN = 4;
    /** Number of ever wider slope measurements, used further and further down the faces. */
    private static final int SLOPES = 6;
    private static final double FOREST_CHANCE = 0.5;
    /** Gullies and spurs per image width, and how strongly their sides are lit or shaded. */
    private static final float RELIEF_FREQUENCY = 14f;
    private static final float RELIEF = 0.22f;

    private MountainPainter() {
    }

    static void paint(PixelCanvas canvas, SceneSpec spec, ScenePalette palette, SceneLayout layout) {
        SplittableRandom r = spec.random(SceneSpec.Layer.MOUNTAINS);
        int ranges = spec.ranges();
        double height = spec.peakHeight() * canvas.size;
        for (int i = 0; i < ranges; i++) {
            double haze = ranges == 1 ? 0.2 + 0.3 * r.nextDouble()
                    : FAR_HAZE + (NEAR_HAZE - FAR_HAZE) * i / (ranges - 1.0);
            boolean nearest = i == ranges - 1 && ranges > 1;
            boolean forested = nearest && spec.labels().ground() == GroundType.GRASS
                    && r.nextDouble() < FOREST_CHANCE;
            paintRange(canvas, spec, palette, layout, r, height, haze, forested);
            // Each nearer range is lower, so the farther peaks still show above it.
            height *= 0.5 + 0.3 * r.nextDouble();
        }
    }

    private static void paintRange(PixelCanvas canvas, SceneSpec spec, ScenePalette palette,
            SceneLayout layout, SplittableRandom r, double height, double haze, boolean forested) {
        int size = canvas.size;
        float[] ridge = ridge(r, size, height, forested);
        // Detail is tuned for a 128-pixel canvas; scale it so any size shows the same scene.
        float unit = size / 128f;
        float[][] slope = new float[SLOPES][];
        for (int s = 0; s < SLOPES; s++) {
            slope[s] = slopes(ridge, Math.max(1, Math.round((SLOPE_SPAN + 2 * s) * unit)));
        }
        ValueNoise noise = new ValueNoise(r.nextLong());
        // Light comes from the sun's side; faces turned toward it are lit.
        float sunSide = spec.bodyX() > 0.5 ? 1f : -1f;
        boolean snow = spec.snowCaps() && !forested;
        double snowLine = height * (0.3 + 0.35 * r.nextDouble());
        int base = forested ? palette.conifer : palette.rock;
        int snowColour = palette.snow;
        int snowShade = Rgb.mix(palette.snow, palette.skyTop, 0.35);
        float reliefX = RELIEF_FREQUENCY / size;
        float reliefY = reliefX * 0.4f;
        float bottom = layout.horizon;
        int lastRow = Math.min(size - 1, (int) Math.ceil(bottom));
        for (int x = 0; x < size; x++) {
            float top = bottom - ridge[x];
            int firstRow = Math.max(0, (int) top);
            for (int y = firstRow; y <= lastRow; y++) {
                float below = y - top;
                float downhill = Math.max(0f, Math.min(1f, below / Math.max(1f, ridge[x])));
                // The spine between lit and shaded faces wanders more further down the slope.
                int sx = clamp(Math.round(x + (noise.at(x * 0.05f / unit, y * 0.05f / unit) - 0.5f)
                        * below * 0.8f), size);
                // Lower down, faces are broader: measure slope over a wider span.
                int span = Math.min(SLOPES - 1, (int) (below * 0.15f / unit));
                float ridgeLight = -slope[span][sx] * sunSide * 1.1f * (1f - 0.5f * downhill);
                // Relief: shade gullies and spurs by the sideways gradient of a noise height field.
                float left = noise.fractal((x - 1) * reliefX, y * reliefY, 3);
                float right = noise.fractal((x + 1) * reliefX, y * reliefY, 3);
                float reliefLight = -(right - left) / (2 * reliefX) * sunSide * RELIEF;
                float lit = Math.max(-1f, Math.min(1f, ridgeLight + reliefLight));
                float shade = 0.66f + 0.34f * lit;
                int colour = Rgb.scale(base, shade);
                if (snow) {
                    // Snow reaches further down in gullies (low relief) and on shaded faces.
                    float gully = 0.5f - (left + right) * 0.5f;
                    float edge = (float) (bottom - snowLine) + (noise.fractal(x * 0.04f / unit,
                            y * 0.04f / unit, 2) - 0.5f) * (float) height * 0.3f
                            + gully * (float) height * 0.5f + (lit > 0 ? 0 : 2f * unit);
                    if (y < edge) {
                        // A continuous ramp: a hard lit/shaded switch draws vertical seams.
                        colour = Rgb.mix(snowShade, snowColour, CloudPainter.smooth(-0.5f, 0.4f, lit));
                    }
                }
                // Valley mist: more haze toward the foot of the range.
                double mist = haze + (1 - haze) * 0.45 * downhill * downhill;
                colour = palette.aerial(colour, mist);
                if (y == firstRow) {
                    canvas.blend(x, y, colour, 1f - (top - firstRow));
                } else {
                    canvas.set(x, y, colour);
                }
            }
        }
    }

    /** Ridge heights above the horizon, in pixels, for every column. */
    private static float[] ridge(SplittableRandom r, int size, double height, boolean forested) {
        float[] profile = RidgeProfile.of(r, size, forested ? 0.5 : 0.48 + 0.1 * r.nextDouble());
        int peaks = 1 + r.nextInt(3);
        double[] centres = new double[peaks];
        double[] widths = new double[peaks];
        for (int p = 0; p < peaks; p++) {
            centres[p] = r.nextDouble() * size;
            widths[p] = size * (0.15 + 0.3 * r.nextDouble());
        }
        double envelopeWeight = forested ? 0.2 : 0.35 + 0.3 * r.nextDouble();
        float[] ridge = new float[size];
        float max = 0;
        for (int x = 0; x < size; x++) {
            double envelope = 0;
            for (int p = 0; p < peaks; p++) {
                double d = (x - centres[p]) / widths[p];
                envelope = Math.max(envelope, StrictMath.exp(-d * d));
            }
            ridge[x] = (float) ((1 - envelopeWeight) * profile[x] + envelopeWeight * envelope);
            max = Math.max(max, ridge[x]);
        }
        double floor = 0.12 + 0.2 * r.nextDouble();
        for (int x = 0; x < size; x++) {
            ridge[x] = (float) (height * (floor + (1 - floor) * ridge[x] / max));
        }
        return ridge;
    }

    /** Smoothed ridge slope per column: positive where the ridge climbs to the right. */
    private static float[] slopes(float[] ridge, int span) {
        int n = ridge.length;
        float[] slope = new float[n];
        for (int x = 0; x < n; x++) {
            float left = ridge[clamp(x - span, n)];
            float right = ridge[clamp(x + span, n)];
            slope[x] = (right - left) / (2 * span);
        }
        return slope;
    }

    private static int clamp(int x, int n) {
        return x < 0 ? 0 : Math.min(n - 1, x);
    }
}
