package org.latentbrush.bridge.cli;

import java.util.Locale;
import org.latentbrush.bridge.directions.Confirmation;
import org.latentbrush.bridge.directions.LatentDirection;
import org.latentbrush.bridge.directions.LatentDirections;

/** Formats a model's directions as the plain-text table {@code directions} prints. */
final class DirectionsTable {

    private DirectionsTable() {}

    /**
     * The table, several lines ending in a line break.
     *
     * @param directions the directions
     * @param varianceShares per direction, its component's share of the layer's variance, or
     *     {@code null} when not known (a stored file)
     * @return the text
     */
    static String format(LatentDirections directions, double[] varianceShares) {
        StringBuilder out = new StringBuilder();
        line(out, "model %s, %d directions (%d named), seed %d", directions.origin().model(),
                directions.size(), directions.directions().stream()
                        .filter(d -> d.confirmation().isPresent()).count(), directions.origin().seed());
        line(out, "%3s  %-16s %8s  %-13s %23s  %s", "#", "name", "variance", "range", "confirmed at - / 0 / +",
                "effect");
        for (int k = 0; k < directions.size(); k++) {
            LatentDirection d = directions.directions().get(k);
            String variance = varianceShares == null ? "" : String.format(Locale.ROOT, "%.1f%%",
                    100 * varianceShares[k]);
            String range = String.format(Locale.ROOT, "%+.1f..%+.1f", d.minimum(), d.maximum());
            line(out, "%3d  %-16s %8s  %-13s %23s  %s", d.index(), d.name(), variance, range,
                    d.confirmation().map(DirectionsTable::confirmed).orElse("-"), d.effect());
        }
        return out.toString();
    }

    private static String confirmed(Confirmation c) {
        // Classifier measures are named "… share" (ClassifierMeasures) and shown in percent.
        boolean share = c.measure().endsWith("share");
        return share
                ? String.format(Locale.ROOT, "%.0f%% / %.0f%% / %.0f%%", 100 * c.minus(), 100 * c.zero(),
                        100 * c.plus())
                : String.format(Locale.ROOT, "%.2f / %.2f / %.2f", c.minus(), c.zero(), c.plus());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
