package org.latentbrush.bridge.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The Fréchet distance and its real-vs-real floor over several draws of generated and real images,
 * each draw under its own seed.
 *
 * <p>On the shoe model, five draws of a thousand images put the ratio to the floor anywhere from
 * 1.28 to 2.42 (the floor itself from 0.96 to 1.30): wider than thousands of training steps move
 * it. A model is compared with a target, or with another model, on the mean over draws; the range
 * says how far one draw can be trusted.
 *
 * @param draws each draw's two distances, in seed order
 */
public record FrechetDraws(List<Draw> draws) {

    /**
     * One draw.
     *
     * @param seed the evaluation seed it was drawn with
     * @param generated squared distance of generated images to the reference draw
     * @param floor the same for a second real draw
     */
    public record Draw(long seed, double generated, double floor) {

        /** How many times the floor the generated images are. */
        public double ratio() {
            return generated / floor;
        }
    }

    /** Copies the list; at least one draw. */
    public FrechetDraws {
        if (draws.isEmpty()) {
            throw new IllegalArgumentException("at least one draw");
        }
        draws = List.copyOf(draws);
    }

    /**
     * The first draw: the one a full report measured.
     *
     * @param report the report
     * @return the draws so far
     */
    public static FrechetDraws first(QualityReport report) {
        return new FrechetDraws(List.of(new Draw(report.settings().seed(), report.frechetDistance(),
                report.frechetFloor())));
    }

    /**
     * Adds a draw.
     *
     * @param draw the next draw
     * @return the draws with it
     */
    public FrechetDraws plus(Draw draw) {
        List<Draw> all = new ArrayList<>(draws);
        all.add(draw);
        return new FrechetDraws(all);
    }

    /** The mean distance of generated images over the draws. */
    public double meanGenerated() {
        return mean(Draw::generated);
    }

    /** The mean floor over the draws. */
    public double meanFloor() {
        return mean(Draw::floor);
    }

    /** The mean distance over the mean floor: the figure to hold against a target. */
    public double ratio() {
        return meanGenerated() / meanFloor();
    }

    /**
     * One line for the table.
     *
     * @return e.g. "… over 3 draws: generated 2.237 (2.130-2.410), floor 1.030 (0.960-1.100); 2.17x
     *     the floor (one draw: 1.98-2.35x)"
     */
    public String describe() {
        return String.format(Locale.ROOT, "Frechet distance (squared) over %d draws: generated %.3f "
                + "(%.3f-%.3f), floor %.3f (%.3f-%.3f); %.2fx the floor (one draw: %.2f-%.2fx)",
                draws.size(), meanGenerated(), min(Draw::generated), max(Draw::generated), meanFloor(),
                min(Draw::floor), max(Draw::floor), ratio(), min(Draw::ratio), max(Draw::ratio));
    }

    /**
     * The figures for the report's JSON and the manifest.
     *
     * @return the means, the ratio and each draw
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("draws", draws.size());
        map.put("generatedMean", round(meanGenerated()));
        map.put("realFloorMean", round(meanFloor()));
        map.put("ratio", round(ratio()));
        List<Map<String, Object>> each = new ArrayList<>();
        for (Draw draw : draws) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("seed", draw.seed());
            one.put("generated", round(draw.generated()));
            one.put("realFloor", round(draw.floor()));
            each.add(one);
        }
        map.put("each", each);
        return map;
    }

    private double mean(ToDoubleFunction<Draw> value) {
        return draws.stream().mapToDouble(value).average().orElseThrow();
    }

    private double min(ToDoubleFunction<Draw> value) {
        return draws.stream().mapToDouble(value).min().orElseThrow();
    }

    private double max(ToDoubleFunction<Draw> value) {
        return draws.stream().mapToDouble(value).max().orElseThrow();
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }
}
