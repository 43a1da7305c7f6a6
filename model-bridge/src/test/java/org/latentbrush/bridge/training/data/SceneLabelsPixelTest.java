package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Checks that the labels {@link LandscapeRenderer#labelsFor} reports are visible in the pixels
 * {@link LandscapeRenderer#render} draws, measured with simple colour statistics over many seeds.
 */
class SceneLabelsPixelTest {

    private static final int SIZE = 64;
    private static final int SCENES = 150;
    private static final long FIRST_SEED = 7_000;
    /** The top eighth of the image is sky in every scene (peaks keep clear of it). */
    private static final int TOP_ROWS = SIZE / 8;
    private static final int BOTTOM_ROWS = SIZE / 8;
    /** Luma separating night skies (at most about 40) from day skies (at least about 80). */
    private static final double NIGHT_SKY_LUMA = 60;
    /** Red minus blue of the warmest sky row: dusk glows orange, other skies stay blue or grey. */
    private static final double DUSK_WARMTH = 35;
    /** Blue minus red of the top rows: grey overcast skies sit well below blue day skies. */
    private static final double OVERCAST_BLUENESS = 25;

    private final LandscapeRenderer renderer = new LandscapeRenderer();

    @Test
    void render_nightScenes_skyDarkerThanEveryDayScene() {
        int nights = 0;
        int days = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SCENES; seed++) {
            TimeOfDay time = renderer.labelsFor(seed).timeOfDay();
            double luma = meanLuma(renderer.renderPixels(seed, SIZE), 0, TOP_ROWS);
            if (time == TimeOfDay.NIGHT) {
                nights++;
                assertTrue(luma < NIGHT_SKY_LUMA, "night seed " + seed + " sky luma " + luma);
            } else if (time == TimeOfDay.DAY) {
                days++;
                assertTrue(luma > NIGHT_SKY_LUMA, "day seed " + seed + " sky luma " + luma);
            }
        }
        assertTrue(nights > 5 && days > 5, "too few scenes: " + nights + " nights, " + days + " days");
    }

    @Test
    void render_duskScenes_onlyOnesWithAnOrangeSkyRow() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SCENES; seed++) {
            SceneSpec spec = SceneSpec.of(seed);
            int[] pixels = renderer.renderPixels(seed, SIZE);
            int skyRows = (int) Math.floor(spec.horizon() * SIZE) - 1;
            double warmest = -Double.MAX_VALUE;
            for (int y = 0; y < skyRows; y++) {
                double[] rgb = meanRgb(pixels, y, y + 1);
                warmest = Math.max(warmest, rgb[0] - rgb[2]);
            }
            boolean dusk = spec.labels().timeOfDay() == TimeOfDay.DUSK;
            assertTrue(dusk == warmest > DUSK_WARMTH, "seed " + seed + " (" + spec.labels()
                    + ") warmest sky row red-blue " + warmest);
        }
    }

    @Test
    void render_overcastScenes_greySkyUnlikeBlueDaySky() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SCENES; seed++) {
            TimeOfDay time = renderer.labelsFor(seed).timeOfDay();
            double[] rgb = meanRgb(renderer.renderPixels(seed, SIZE), 0, TOP_ROWS);
            double blueness = rgb[2] - rgb[0];
            if (time == TimeOfDay.OVERCAST) {
                assertTrue(Math.abs(blueness) < OVERCAST_BLUENESS, "overcast seed " + seed + ": " + blueness);
            } else if (time == TimeOfDay.DAY) {
                assertTrue(blueness > OVERCAST_BLUENESS, "day seed " + seed + ": " + blueness);
            }
        }
    }

    @Test
    void render_dayScenes_groundColourMatchesGroundLabel() {
        int day = 0;
        int correct = 0;
        StringBuilder misses = new StringBuilder();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SCENES; seed++) {
            SceneLabels labels = renderer.labelsFor(seed);
            if (labels.timeOfDay() != TimeOfDay.DAY) {
                continue;
            }
            day++;
            double[] rgb = meanRgb(renderer.renderPixels(seed, SIZE), SIZE - BOTTOM_ROWS, SIZE);
            GroundType guess = guessGround(rgb);
            if (guess == labels.ground()) {
                correct++;
            } else {
                misses.append(seed).append(": ").append(labels.ground()).append(" looks ")
                        .append(guess).append("; ");
            }
        }
        assertTrue(day >= 30, "only " + day + " day scenes");
        assertTrue(correct >= day * 0.9, correct + " of " + day + " correct; " + misses);
    }

    @Test
    void render_waterScenes_mirrorBelowHorizonMoreThanDryScenes() {
        double wet = 0;
        double dry = 0;
        int wetCount = 0;
        int dryCount = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SCENES; seed++) {
            SceneSpec spec = SceneSpec.of(seed);
            double correlation = mirrorCorrelation(renderer.renderPixels(seed, SIZE),
                    spec.horizon() * SIZE);
            if (spec.labels().hasWater()) {
                wet += correlation;
                wetCount++;
            } else {
                dry += correlation;
                dryCount++;
            }
        }
        wet /= wetCount;
        dry /= dryCount;
        assertTrue(wet > dry + 0.25, "mean mirror correlation wet " + wet + ", dry " + dry);
    }

    @Test
    void render_mountainScenes_darkerBandAboveHorizonThanOpenSky() {
        double withMountains = 0;
        double without = 0;
        int with = 0;
        int none = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SCENES; seed++) {
            SceneSpec spec = SceneSpec.of(seed);
            int[] pixels = renderer.renderPixels(seed, SIZE);
            double horizon = spec.horizon() * SIZE;
            // Every range is at least 12% of the size tall; open sky only brightens toward the horizon.
            int bandTop = (int) Math.round(horizon - 0.12 * SIZE);
            int bandBottom = (int) Math.floor(horizon);
            double step = meanLuma(pixels, bandTop, bandBottom) - meanLuma(pixels, bandTop - 4, bandTop);
            if (spec.labels().hasMountains()) {
                withMountains += step;
                with++;
            } else {
                without += step;
                none++;
            }
        }
        withMountains /= with;
        without /= none;
        assertTrue(withMountains < without - 15, "luma step with mountains " + withMountains
                + ", without " + without);
    }

    /** A colour rule good enough for daylight: snow is bright and neutral, grass green, sand warm. */
    private static GroundType guessGround(double[] rgb) {
        double luma = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
        double warmth = rgb[0] - rgb[2];
        if (luma > 120 && Math.abs(warmth) < 15) {
            return GroundType.SNOW;
        }
        if (rgb[1] > rgb[0] && rgb[1] >= rgb[2]) {
            return GroundType.GRASS;
        }
        return warmth > 40 ? GroundType.SAND : GroundType.ROCK;
    }

    /** Pearson correlation of three rows just above the horizon with their mirror images below. */
    private static double mirrorCorrelation(int[] pixels, double horizon) {
        double sa = 0;
        double sb = 0;
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        int n = 0;
        for (int k = 1; k <= 3; k++) {
            int above = (int) Math.floor(horizon) - 1 - k;
            int below = (int) Math.round(2 * horizon - 1 - above);
            for (int x = 0; x < SIZE; x++) {
                double a = ChwImages.luma(pixels[above * SIZE + x]);
                double b = ChwImages.luma(pixels[below * SIZE + x]);
                sa += a;
                sb += b;
                saa += a * a;
                sbb += b * b;
                sab += a * b;
                n++;
            }
        }
        double cov = sab / n - sa / n * sb / n;
        double va = saa / n - sa / n * sa / n;
        double vb = sbb / n - sb / n * sb / n;
        return cov / Math.sqrt(Math.max(1e-9, va * vb));
    }

    private static double meanLuma(int[] pixels, int fromRow, int toRow) {
        double sum = 0;
        int n = 0;
        for (int y = Math.max(0, fromRow); y < toRow; y++) {
            for (int x = 0; x < SIZE; x++) {
                sum += ChwImages.luma(pixels[y * SIZE + x]);
                n++;
            }
        }
        return sum / n;
    }

    private static double[] meanRgb(int[] pixels, int fromRow, int toRow) {
        double[] mean = new double[3];
        int n = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < SIZE; x++) {
                int p = pixels[y * SIZE + x];
                mean[0] += (p >> 16) & 0xFF;
                mean[1] += (p >> 8) & 0xFF;
                mean[2] += p & 0xFF;
                n++;
            }
        }
        for (int c = 0; c < 3; c++) {
            mean[c] /= n;
        }
        return mean;
    }
}
