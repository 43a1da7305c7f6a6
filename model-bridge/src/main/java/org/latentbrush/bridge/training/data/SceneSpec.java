package org.latentbrush.bridge.training.data;

import java.util.SplittableRandom;

/**
 * Everything a landscape seed decides before drawing: its labels and layout, as fractions of the
 * image size so a seed looks the same at any resolution.
 *
 * <p>Painters draw their fine detail from {@link #random(Layer)}, one independent stream per
 * layer, so changing how one layer draws never reshuffles another.
 *
 * @param seed the scene seed
 * @param labels the classifier labels, drawn first
 * @param horizon height of the horizon (mountain bases, far shore) from the top, 0..1
 * @param ranges number of mountain ranges, 0 without mountains
 * @param peakHeight height of the tallest range above the horizon, as a fraction of the size
 * @param snowCaps whether the mountains carry snow on their upper slopes
 * @param shore where the foreground ground begins below a lake, as a fraction of the distance
 *     from horizon to bottom; unused without water
 * @param farShore whether a low strip of land or forest lines the far side of the water
 * @param bodyX horizontal position of the sun or moon, 0..1
 * @param bodyY vertical position of the sun or moon, 0..1 from the top
 * @param bodyVisible whether the sun or moon disc is drawn
 * @param cloudiness how much of the sky is covered by cloud, 0..1
 * @param trees number of trees on the foreground ground
 * @param coniferShare fraction of trees that are conifers
 * @param bushes number of bushes
 * @param boulders number of boulders
 * @param treeLine whether a band of small distant trees stands along the horizon
 */
record SceneSpec(long seed, SceneLabels labels, double horizon, int ranges, double peakHeight,
        boolean snowCaps, double shore, boolean farShore, double bodyX, double bodyY,
        boolean bodyVisible, double cloudiness, int trees, double coniferShare, int bushes,
        int boulders, boolean treeLine) {

    /** Independent random streams, one per painter. */
    enum Layer { PALETTE, LAYOUT, SKY, CLOUDS, MOUNTAINS, WATER, GROUND, VEGETATION, TREE_LINE }

    /** Shares of each time of day; overcast takes the rest. */
    private static final double MIN_HORIZON = 0.36;
    private static final double MAX_HORIZON = 0.66;
    /** Peaks keep at least this much sky above them, so mountains never fill the frame. */
    private static final double SKY_ABOVE_PEAKS = 0.09;
    private static final double MIN_PEAK = 0.15;

    /** Draws the labels and layout of scene {@code seed}, with the natural shares. */
    static SceneSpec of(long seed) {
        return of(seed, SceneShares.NATURAL);
    }

    /** Draws the labels and layout of scene {@code seed}, its kind drawn with {@code shares}. */
    static SceneSpec of(long seed, SceneShares shares) {
        SplittableRandom r = new SplittableRandom(Seeds.mix(seed));
        SceneLabels labels = new SceneLabels(pickTime(r, shares), r.nextDouble() < shares.mountains(),
                r.nextDouble() < shares.water(), pickGround(r, shares));
        double horizon = MIN_HORIZON + r.nextDouble() * (MAX_HORIZON - MIN_HORIZON);
        int ranges = labels.hasMountains() ? 1 + r.nextInt(3) : 0;
        double maxPeak = horizon - SKY_ABOVE_PEAKS;
        double peak = MIN_PEAK + Math.sqrt(r.nextDouble()) * Math.max(0, maxPeak - MIN_PEAK);
        boolean snow = labels.ground() == GroundType.SNOW || r.nextDouble() < 0.45;
        double shore = 0.3 + r.nextDouble() * 0.45;
        boolean farShore = labels.hasWater() && r.nextDouble() < 0.55;
        double bodyX = 0.1 + r.nextDouble() * 0.8;
        double bodyY = bodyHeight(labels.timeOfDay(), horizon, r);
        boolean bodyVisible = bodyVisible(labels.timeOfDay(), r);
        double cloudiness = cloudiness(labels.timeOfDay(), r);
        int trees = treeCount(labels.ground(), r);
        double coniferShare = labels.ground() == GroundType.GRASS ? r.nextDouble() : 1.0;
        int bushes = bushCount(labels.ground(), r);
        int boulders = labels.ground() == GroundType.ROCK ? 2 + r.nextInt(7) : r.nextInt(2);
        boolean treeLine = labels.ground() != GroundType.SAND && r.nextDouble() < 0.45;
        return new SceneSpec(seed, labels, horizon, ranges, peak, snow, shore, farShore, bodyX,
                bodyY, bodyVisible, cloudiness, trees, coniferShare, bushes, boulders, treeLine);
    }

    /** A fresh random stream for one layer of this scene. */
    SplittableRandom random(Layer layer) {
        return new SplittableRandom(Seeds.combine(seed, layer.ordinal()));
    }

    private static TimeOfDay pickTime(SplittableRandom r, SceneShares shares) {
        double u = r.nextDouble();
        if (u < shares.day()) {
            return TimeOfDay.DAY;
        }
        if (u < shares.day() + shares.dusk()) {
            return TimeOfDay.DUSK;
        }
        return u < shares.day() + shares.dusk() + shares.night() ? TimeOfDay.NIGHT : TimeOfDay.OVERCAST;
    }

    private static GroundType pickGround(SplittableRandom r, SceneShares shares) {
        double u = r.nextDouble();
        if (u < shares.grass()) {
            return GroundType.GRASS;
        }
        if (u < shares.grass() + shares.sand()) {
            return GroundType.SAND;
        }
        return u < shares.grass() + shares.sand() + shares.rock() ? GroundType.ROCK : GroundType.SNOW;
    }

    private static double bodyHeight(TimeOfDay time, double horizon, SplittableRandom r) {
        return switch (time) {
            // A setting sun sits just above (or partly below) the horizon line.
            case DUSK -> horizon - (0.02 + r.nextDouble() * 0.14);
            case DAY -> horizon * (0.12 + r.nextDouble() * 0.45);
            default -> horizon * (0.1 + r.nextDouble() * 0.5);
        };
    }

    private static boolean bodyVisible(TimeOfDay time, SplittableRandom r) {
        return switch (time) {
            case DAY -> r.nextDouble() < 0.55;
            case DUSK -> r.nextDouble() < 0.85;
            case NIGHT -> r.nextDouble() < 0.7;
            case OVERCAST -> false;
        };
    }

    private static double cloudiness(TimeOfDay time, SplittableRandom r) {
        return switch (time) {
            case OVERCAST -> 1.0;
            case NIGHT -> r.nextDouble() * 0.4;
            default -> r.nextDouble() * r.nextDouble();
        };
    }

    private static int treeCount(GroundType ground, SplittableRandom r) {
        return switch (ground) {
            case GRASS -> r.nextDouble() < 0.2 ? 0 : r.nextInt(12);
            case SNOW -> r.nextDouble() < 0.3 ? 0 : r.nextInt(8);
            case ROCK -> r.nextInt(4);
            case SAND -> 0;
        };
    }

    private static int bushCount(GroundType ground, SplittableRandom r) {
        return switch (ground) {
            case GRASS -> r.nextInt(10);
            case SAND -> r.nextInt(4);
            case ROCK -> r.nextInt(3);
            case SNOW -> 0;
        };
    }
}
