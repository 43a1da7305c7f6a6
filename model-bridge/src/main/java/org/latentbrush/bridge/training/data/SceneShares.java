package org.latentbrush.bridge.training.data;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often the landscape renderer draws each kind of scene: the shares of the times of day and of
 * the ground materials, and the chances of mountains and of water.
 *
 * <p>{@link #NATURAL} is the renderer's own distribution, the one every evaluation compares with.
 * A training run may render some kinds more often ({@link #withChanges}): a generator trained on
 * the natural shares drew lakes and rocky ground less often than the renders hold them (docs/
 * MODELS.md), and training on more of them is a way to pull its shares back up. Only the
 * thresholds move: a scene's random draws are the same whatever the shares, so the natural shares
 * render exactly the scenes they always did.
 *
 * @param day share of day scenes; with {@code dusk}, {@code night} and {@code overcast} sums to 1
 * @param dusk share of sunsets
 * @param night share of night scenes
 * @param overcast share of overcast scenes
 * @param mountains chance of a mountain range
 * @param water chance of a lake or sea
 * @param grass share of grass ground; with {@code sand}, {@code rock} and {@code snow} sums to 1
 * @param sand share of sand
 * @param rock share of rocky ground
 * @param snow share of snow
 */
public record SceneShares(double day, double dusk, double night, double overcast, double mountains,
        double water, double grass, double sand, double rock, double snow) {

    /** The renderer's own distribution. */
    public static final SceneShares NATURAL = new SceneShares(0.4, 0.22, 0.18, 0.2, 0.6, 0.45,
            0.4, 0.2, 0.2, 0.2);

    private static final double SUM_TOLERANCE = 1e-6;

    public SceneShares {
        double[] all = {day, dusk, night, overcast, mountains, water, grass, sand, rock, snow};
        for (double share : all) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("every share and chance lies in [0, 1]");
            }
        }
        if (Math.abs(day + dusk + night + overcast - 1) > SUM_TOLERANCE
                || Math.abs(grass + sand + rock + snow - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("the times of day, and the grounds, each share 1 in all");
        }
    }

    /**
     * These shares with some changed, as {@code key=value} pairs separated by commas, e.g.
     * {@code water=0.55,rock=0.3}. Keys: day, dusk, night, overcast, mountains, water, grass, sand,
     * rock, snow. The kinds of a group not named (times of day, grounds) keep their proportions
     * to one another and share what the named ones leave.
     *
     * @param changes the pairs
     * @return the new shares
     * @throws IllegalArgumentException naming the pair that is wrong
     */
    public SceneShares withChanges(String changes) {
        Map<String, Double> values = asMap();
        Map<String, Double> named = new LinkedHashMap<>();
        for (String pair : changes.split(",")) {
            String[] parts = pair.trim().split("=", -1);
            String key = parts[0].trim().toLowerCase(Locale.ROOT);
            if (parts.length != 2 || !values.containsKey(key)) {
                throw new IllegalArgumentException("'" + pair.trim() + "' is not KIND=SHARE with KIND one of "
                        + String.join(", ", values.keySet()));
            }
            double value;
            try {
                value = Double.parseDouble(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + pair.trim() + "': the share is not a number");
            }
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("'" + pair.trim() + "': a share lies in [0, 1]");
            }
            named.put(key, value);
        }
        rescale(values, named, new String[] {"day", "dusk", "night", "overcast"});
        rescale(values, named, new String[] {"grass", "sand", "rock", "snow"});
        for (String chance : new String[] {"mountains", "water"}) {
            values.put(chance, named.getOrDefault(chance, values.get(chance)));
        }
        return new SceneShares(values.get("day"), values.get("dusk"), values.get("night"),
                values.get("overcast"), values.get("mountains"), values.get("water"), values.get("grass"),
                values.get("sand"), values.get("rock"), values.get("snow"));
    }

    /** The named kinds of a group take their values; the others share the rest in proportion. */
    private static void rescale(Map<String, Double> values, Map<String, Double> named, String[] group) {
        double namedSum = 0;
        double othersSum = 0;
        boolean anyNamed = false;
        for (String key : group) {
            if (named.containsKey(key)) {
                namedSum += named.get(key);
                anyNamed = true;
            } else {
                othersSum += values.get(key);
            }
        }
        if (!anyNamed) {
            return;
        }
        // With none left to share the rest, the named ones must make up the whole group.
        double reachable = othersSum > 0 ? 1 : namedSum;
        if (namedSum > 1 + SUM_TOLERANCE || Math.abs(reachable - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("the shares of " + String.join(", ", group)
                    + " must add up to 1; these give " + String.format(Locale.ROOT, "%.3f",
                            othersSum > 0 ? Math.max(namedSum, 1) : namedSum));
        }
        double scale = othersSum > 0 ? Math.max(0, 1 - namedSum) / othersSum : 0;
        for (String key : group) {
            values.put(key, named.containsKey(key) ? named.get(key) : values.get(key) * scale);
        }
    }

    private Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("day", day);
        map.put("dusk", dusk);
        map.put("night", night);
        map.put("overcast", overcast);
        map.put("mountains", mountains);
        map.put("water", water);
        map.put("grass", grass);
        map.put("sand", sand);
        map.put("rock", rock);
        map.put("snow", snow);
        return map;
    }

    /** How these shares differ from the natural ones, e.g. "water 0.55, rock 0.30"; empty when natural. */
    public String differences() {
        StringBuilder text = new StringBuilder();
        Map<String, Double> natural = NATURAL.asMap();
        for (Map.Entry<String, Double> e : asMap().entrySet()) {
            if (Math.abs(e.getValue() - natural.get(e.getKey())) > SUM_TOLERANCE) {
                text.append(text.length() == 0 ? "" : ", ").append(e.getKey())
                        .append(String.format(Locale.ROOT, " %.3f", e.getValue()));
            }
        }
        return text.toString();
    }
}
