package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * Paints the sky above the horizon: a three-stop vertical gradient, the glow and disc of the sun
 * or moon (a crescent on some nights) and, at night, stars.
 */
final class SkyPainter {

    /** Where the middle colour stop sits between the top (0) and the horizon (1). */
    private static final float MID_STOP = 0.55f;
    /** Glow falloff radius, as a fraction of the size; dusk glows spread wider along the horizon. */
    private static final float GLOW_RADIUS = 0.12f;
    private static final float DUSK_GLOW_RADIUS = 0.22f;
    private static final int MIN_STARS = 30;
    private static final int EXTRA_STARS = 90;
    private static final double CRESCENT_CHANCE = 0.5;

    private SkyPainter() {
    }

    static void paint(PixelCanvas canvas, SceneSpec spec, ScenePalette palette, SceneLayout layout) {
        SplittableRandom r = spec.random(SceneSpec.Layer.SKY);
        TimeOfDay time = spec.labels().timeOfDay();
        int size = canvas.size;
        int rows = Math.min(size, (int) Math.ceil(layout.horizon) + 2);
        float bx = (float) (spec.bodyX() * size);
        float by = (float) (spec.bodyY() * size);
        float glowRadius = (time == TimeOfDay.DUSK ? DUSK_GLOW_RADIUS : GLOW_RADIUS) * size;
        float invGlow = 1f / (glowRadius * glowRadius);
        boolean glow = spec.bodyVisible() || time == TimeOfDay.DUSK;
        // Dusk light spreads sideways along the horizon; squash the glow horizontally.
        float stretch = time == TimeOfDay.DUSK ? 0.35f : 1f;
        for (int y = 0; y < rows; y++) {
            float t = Math.min(1f, y / layout.horizon);
            int base = gradient(palette, t * t * (1.5f - 0.5f * t));
            for (int x = 0; x < size; x++) {
                int rgb = base;
                if (glow) {
                    float dx = (x - bx) * stretch;
                    float dy = y - by;
                    float g = 1f / (1f + (dx * dx + dy * dy) * invGlow);
                    rgb = Rgb.mix(rgb, palette.bodyGlow, palette.glowStrength * g * g);
                }
                canvas.set(x, y, rgb);
            }
        }
        if (time == TimeOfDay.NIGHT) {
            paintStars(canvas, layout, r);
        }
        if (spec.bodyVisible()) {
            paintBody(canvas, spec, palette, layout, r);
        }
    }

    private static int gradient(ScenePalette palette, float t) {
        if (t < MID_STOP) {
            return Rgb.mix(palette.skyTop, palette.skyMid, t / MID_STOP);
        }
        return Rgb.mix(palette.skyMid, palette.skyHorizon, (t - MID_STOP) / (1f - MID_STOP));
    }

    private static void paintStars(PixelCanvas canvas, SceneLayout layout, SplittableRandom r) {
        int count = (MIN_STARS + r.nextInt(EXTRA_STARS)) * canvas.size / 128;
        for (int i = 0; i < count; i++) {
            int x = r.nextInt(canvas.size);
            // Squaring biases stars toward the top, where the sky is darkest and clearest.
            double v = r.nextDouble();
            int y = (int) (v * v * layout.horizon * 0.9);
            double brightness = 0.3 + 0.7 * r.nextDouble() * (1 - v * 0.6);
            int starColour = Rgb.of(235, 235, 255);
            canvas.blend(x, y, starColour, brightness);
            if (r.nextDouble() < 0.15 && x + 1 < canvas.size && y + 1 < canvas.size) {
                // A few bright stars span the 2×2 block that becomes one output pixel.
                canvas.blend(x + 1, y, starColour, brightness);
                canvas.blend(x, y + 1, starColour, brightness);
                canvas.blend(x + 1, y + 1, starColour, brightness);
            }
        }
    }

    private static void paintBody(PixelCanvas canvas, SceneSpec spec, ScenePalette palette,
            SceneLayout layout, SplittableRandom r) {
        int size = canvas.size;
        float radius = (float) (palette.bodyRadius * size * (0.85 + 0.3 * r.nextDouble()));
        float cx = (float) (spec.bodyX() * size);
        float cy = (float) (spec.bodyY() * size);
        boolean moon = spec.labels().timeOfDay() == TimeOfDay.NIGHT;
        boolean crescent = moon && r.nextDouble() < CRESCENT_CHANCE;
        float shadowDx = (float) ((r.nextBoolean() ? 1 : -1) * radius * (0.5 + 0.4 * r.nextDouble()));
        ValueNoise maria = new ValueNoise(r.nextLong());
        int top = Math.max(0, (int) (cy - radius - 1));
        int bottom = Math.min((int) Math.ceil(layout.horizon) + 1, (int) (cy + radius + 2));
        for (int y = top; y < bottom && y < size; y++) {
            for (int x = Math.max(0, (int) (cx - radius - 1)); x < Math.min(size, cx + radius + 2); x++) {
                float d = (float) StrictMath.hypot(x + 0.5 - cx, y + 0.5 - cy);
                float alpha = Math.max(0f, Math.min(1f, radius - d + 0.5f));
                if (crescent) {
                    float ds = (float) StrictMath.hypot(x + 0.5 - cx - shadowDx, y + 0.5 - cy);
                    alpha *= 1f - Math.max(0f, Math.min(1f, radius - ds + 0.5f));
                }
                if (alpha > 0) {
                    int colour = palette.bodyCore;
                    if (moon) {
                        // Darker "seas" so the moon is not a flat disc.
                        colour = Rgb.scale(colour, 0.82 + 0.18 * maria.at(x * 0.25f, y * 0.25f));
                    }
                    canvas.blend(x, y, colour, alpha);
                }
            }
        }
    }
}
