package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * The colours of one landscape: sky stops, sun or moon, clouds, and the materials of the land
 * already lit for the time of day, so painters never need to know about lighting themselves.
 */
final class ScenePalette {

    private static final double AUTUMN_CHANCE = 0.2;

    final int skyTop;
    final int skyMid;
    final int skyHorizon;
    /** Colour distant land fades toward (aerial perspective). */
    final int haze;
    final int bodyCore;
    final int bodyGlow;
    /** How strongly the sun or moon tints the sky around it, 0..1. */
    final double glowStrength;
    /** Sun or moon radius as a fraction of the image size. */
    final double bodyRadius;
    final int cloudLight;
    final int cloudShadow;
    final int rock;
    final int snow;
    final int water;
    final int groundLight;
    final int groundDark;
    final int shore;
    final int conifer;
    final int broadleaf;
    final int trunk;
    final int bush;
    final int boulder;

    private final double lightRed;
    private final double lightGreen;
    private final double lightBlue;
    private final double desaturation;

    ScenePalette(SceneSpec spec) {
        SplittableRandom r = spec.random(SceneSpec.Layer.PALETTE);
        TimeOfDay time = spec.labels().timeOfDay();
        double brightness = 0.9 + 0.2 * r.nextDouble();
        switch (time) {
            case DAY -> {
                skyTop = pick(r, Rgb.of(30, 85, 170), Rgb.of(80, 140, 215));
                skyHorizon = pick(r, Rgb.of(165, 195, 225), Rgb.of(215, 228, 240));
                skyMid = Rgb.mix(skyTop, skyHorizon, 0.45);
                haze = skyHorizon;
                bodyCore = Rgb.of(255, 253, 240);
                bodyGlow = Rgb.of(255, 245, 215);
                glowStrength = 0.5;
                bodyRadius = 0.028;
                cloudLight = Rgb.of(250, 250, 252);
                cloudShadow = pick(r, Rgb.of(165, 175, 195), Rgb.of(200, 205, 215));
                lightRed = brightness;
                lightGreen = brightness * 0.98;
                lightBlue = brightness * 0.93;
                desaturation = 0;
            }
            case DUSK -> {
                skyTop = pick(r, Rgb.of(25, 30, 75), Rgb.of(70, 60, 125));
                skyMid = pick(r, Rgb.of(150, 70, 100), Rgb.of(205, 110, 120));
                skyHorizon = pick(r, Rgb.of(245, 140, 55), Rgb.of(255, 200, 120));
                haze = Rgb.mix(skyHorizon, skyMid, 0.45);
                bodyCore = Rgb.of(255, 230, 160);
                bodyGlow = Rgb.of(255, 170, 80);
                glowStrength = 0.75;
                bodyRadius = 0.045;
                cloudLight = pick(r, Rgb.of(250, 150, 110), Rgb.of(255, 190, 150));
                cloudShadow = pick(r, Rgb.of(80, 55, 90), Rgb.of(120, 80, 110));
                lightRed = 0.62 * brightness;
                lightGreen = 0.42 * brightness;
                lightBlue = 0.45 * brightness;
                desaturation = 0.1;
            }
            case NIGHT -> {
                skyTop = pick(r, Rgb.of(2, 4, 14), Rgb.of(10, 14, 35));
                skyHorizon = pick(r, Rgb.of(25, 35, 70), Rgb.of(50, 60, 100));
                skyMid = Rgb.mix(skyTop, skyHorizon, 0.4);
                haze = skyHorizon;
                bodyCore = Rgb.of(235, 235, 220);
                bodyGlow = Rgb.of(120, 135, 170);
                glowStrength = 0.45;
                bodyRadius = 0.03;
                cloudLight = Rgb.of(70, 78, 105);
                cloudShadow = Rgb.of(20, 24, 42);
                lightRed = 0.24 * brightness;
                lightGreen = 0.29 * brightness;
                lightBlue = 0.45 * brightness;
                desaturation = 0.35;
            }
            default -> {
                skyTop = pick(r, Rgb.of(105, 110, 120), Rgb.of(150, 152, 160));
                skyHorizon = pick(r, Rgb.of(170, 172, 178), Rgb.of(205, 207, 212));
                skyMid = Rgb.mix(skyTop, skyHorizon, 0.5);
                haze = skyHorizon;
                bodyCore = Rgb.of(230, 230, 230);
                bodyGlow = Rgb.of(215, 215, 215);
                glowStrength = 0.25;
                bodyRadius = 0.03;
                cloudLight = Rgb.mix(skyHorizon, Rgb.of(235, 235, 238), 0.5);
                cloudShadow = Rgb.scale(skyTop, 0.75);
                lightRed = 0.78 * brightness;
                lightGreen = 0.8 * brightness;
                lightBlue = 0.83 * brightness;
                desaturation = 0.35;
            }
        }
        rock = lit(pick(r, Rgb.of(85, 82, 90), Rgb.of(135, 120, 112)));
        snow = lit(pick(r, Rgb.of(230, 235, 245), Rgb.of(250, 250, 255)));
        water = lit(pick(r, Rgb.of(15, 50, 70), Rgb.of(45, 95, 115)));
        int[] ground = groundColours(spec.labels().ground(), r);
        groundLight = lit(ground[0]);
        groundDark = lit(ground[1]);
        shore = lit(pick(r, Rgb.of(150, 135, 100), Rgb.of(190, 170, 125)));
        conifer = lit(pick(r, Rgb.of(18, 45, 28), Rgb.of(40, 75, 45)));
        // Some scenes are autumn: broadleaf crowns turn gold and rust.
        broadleaf = r.nextDouble() < AUTUMN_CHANCE
                ? lit(pick(r, Rgb.of(150, 85, 25), Rgb.of(205, 150, 45)))
                : lit(pick(r, Rgb.of(45, 85, 30), Rgb.of(95, 130, 45)));
        trunk = lit(pick(r, Rgb.of(55, 40, 28), Rgb.of(85, 65, 45)));
        bush = spec.labels().ground() == GroundType.SAND
                ? lit(pick(r, Rgb.of(95, 100, 55), Rgb.of(130, 125, 70)))
                : lit(pick(r, Rgb.of(40, 80, 30), Rgb.of(85, 115, 45)));
        boulder = lit(pick(r, Rgb.of(95, 92, 90), Rgb.of(140, 130, 120)));
    }

    /** Applies the scene's light (tint, brightness, overcast greyness) to a daylight colour. */
    int lit(int rgb) {
        return Rgb.desaturate(Rgb.tint(rgb, lightRed, lightGreen, lightBlue), desaturation);
    }

    /** Fades a land colour toward the haze by {@code distance} (0 near, 1 on the horizon). */
    int aerial(int rgb, double distance) {
        return Rgb.mix(rgb, haze, distance);
    }

    private static int[] groundColours(GroundType ground, SplittableRandom r) {
        return switch (ground) {
            case GRASS -> new int[] {pick(r, Rgb.of(70, 120, 35), Rgb.of(130, 160, 60)),
                pick(r, Rgb.of(35, 70, 22), Rgb.of(70, 95, 30))};
            case SAND -> new int[] {pick(r, Rgb.of(215, 190, 140), Rgb.of(240, 220, 175)),
                pick(r, Rgb.of(180, 150, 100), Rgb.of(205, 175, 125))};
            case ROCK -> new int[] {pick(r, Rgb.of(125, 115, 105), Rgb.of(160, 150, 135)),
                pick(r, Rgb.of(65, 60, 58), Rgb.of(95, 88, 80))};
            case SNOW -> new int[] {pick(r, Rgb.of(238, 242, 250), Rgb.of(252, 252, 255)),
                pick(r, Rgb.of(175, 190, 215), Rgb.of(200, 212, 232))};
        };
    }

    private static int pick(SplittableRandom r, int a, int b) {
        double t = r.nextDouble();
        // Mostly along the diagonal between the corners, with a little per-channel jitter.
        return Rgb.between(a, b, clampUnit(t + jitter(r)), clampUnit(t + jitter(r)),
                clampUnit(t + jitter(r)));
    }

    private static double jitter(SplittableRandom r) {
        return (r.nextDouble() - 0.5) * 0.3;
    }

    private static double clampUnit(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
