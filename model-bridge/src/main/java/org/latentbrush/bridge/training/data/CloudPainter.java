package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * Paints soft clouds: puffy cumulus built from overlapping blobs with lit tops and shaded flat
 * bases, and, for overcast skies, a layer of stretched fractal stratus over the whole sky.
 */
final class CloudPainter {

    private static final int MAX_CUMULUS = 6;
    private static final int MIN_BLOBS = 7;
    private static final int EXTRA_BLOBS = 7;
    /** Density where a cloud edge starts and where it becomes opaque; the gap makes it soft. */
    private static final float EDGE_START = 0.15f;
    private static final float EDGE_END = 0.75f;

    private CloudPainter() {
    }

    static void paint(PixelCanvas canvas, SceneSpec spec, ScenePalette palette, SceneLayout layout) {
        SplittableRandom r = spec.random(SceneSpec.Layer.CLOUDS);
        if (spec.labels().timeOfDay() == TimeOfDay.OVERCAST) {
            paintStratus(canvas, palette, layout, r);
        }
        int count = (int) Math.round(spec.cloudiness() * MAX_CUMULUS);
        for (int i = 0; i < count; i++) {
            paintCumulus(canvas, palette, layout, r);
        }
    }

    private static void paintStratus(PixelCanvas canvas, ScenePalette palette, SceneLayout layout,
            SplittableRandom r) {
        ValueNoise noise = new ValueNoise(r.nextLong());
        int size = canvas.size;
        float fx = (float) (2.5 + 2 * r.nextDouble()) / size;
        float fy = (float) (5 + 4 * r.nextDouble()) / size;
        float coverage = (float) (0.55 + 0.4 * r.nextDouble());
        int rows = Math.min(size, (int) Math.ceil(layout.horizon) + 2);
        for (int y = 0; y < rows; y++) {
            // Cloud layers look flatter and thinner toward the horizon.
            float perspective = 1f + 1.2f * (y / layout.horizon);
            for (int x = 0; x < size; x++) {
                float n = noise.fractal(x * fx, y * fy * perspective, 3);
                int cloud = Rgb.mix(palette.cloudShadow, palette.cloudLight, n * 1.6f - 0.3f);
                canvas.blend(x, y, cloud, coverage * smooth(0.25f, 0.65f, n));
            }
        }
    }

    private static void paintCumulus(PixelCanvas canvas, ScenePalette palette, SceneLayout layout,
            SplittableRandom r) {
        int size = canvas.size;
        double v = r.nextDouble();
        // Clouds near the horizon are further away: smaller, flatter, hazier.
        double baseY = layout.horizon * (0.15 + 0.8 * v);
        double width = size * (0.22 + 0.35 * r.nextDouble()) * (1.2 - 0.5 * v);
        double height = width * (0.25 + 0.2 * r.nextDouble()) * (1.1 - 0.5 * v);
        double cx = r.nextDouble() * size;
        int blobs = MIN_BLOBS + r.nextInt(EXTRA_BLOBS);
        double[] bx = new double[blobs];
        double[] by = new double[blobs];
        double[] br = new double[blobs];
        for (int i = 0; i < blobs; i++) {
            // Spread evenly along the cloud so neighbouring blobs always overlap.
            double u = (i + r.nextDouble()) / blobs - 0.5;
            bx[i] = cx + u * width;
            // Blobs in the middle are taller: the cloud bulges up in its centre.
            double bulge = 1 - 1.6 * Math.abs(u);
            br[i] = Math.max(height * (0.35 + 0.35 * r.nextDouble()) * (0.6 + 0.6 * bulge),
                    1.3 * width / blobs);
            by[i] = baseY - br[i] * (0.3 + 0.5 * r.nextDouble()) - height * 0.3 * bulge;
        }
        double haze = 0.55 * v * v;
        int light = Rgb.mix(palette.cloudLight, palette.skyHorizon, haze);
        int shadow = Rgb.mix(palette.cloudShadow, palette.skyHorizon, haze);
        int x0 = (int) Math.max(0, cx - width);
        int x1 = (int) Math.min(size - 1, cx + width);
        int y0 = (int) Math.max(0, baseY - 2.2 * height);
        int y1 = (int) Math.min(layout.horizon, baseY + 2);
        double opacity = 0.75 + 0.25 * r.nextDouble();
        for (int y = y0; y <= y1; y++) {
            // Flat, soft base: density fades out over the last couple of pixels above baseY.
            float baseFade = smooth(0f, 1f, (float) ((baseY - y + 1.5) / 3.0));
            if (baseFade <= 0) {
                continue;
            }
            float shade = (float) Math.max(0, Math.min(1, (baseY - y) / (height * 1.3)));
            int colour = Rgb.mix(shadow, light, 0.2 + 0.8 * Math.sqrt(shade));
            for (int x = x0; x <= x1; x++) {
                float density = 0;
                for (int i = 0; i < blobs; i++) {
                    double dx = (x - bx[i]) / br[i];
                    double dy = (y - by[i]) / br[i];
                    double d2 = dx * dx + dy * dy;
                    if (d2 < 1) {
                        double f = 1 - d2;
                        density += (float) (f * f);
                    }
                }
                float alpha = smooth(EDGE_START, EDGE_END, density) * baseFade;
                if (alpha > 0) {
                    canvas.blend(x, y, colour, alpha * opacity);
                }
            }
        }
    }

    /** Smoothstep from {@code a} to {@code b}. */
    static float smooth(float a, float b, float v) {
        float t = Math.max(0f, Math.min(1f, (v - a) / (b - a)));
        return t * t * (3 - 2 * t);
    }
}
