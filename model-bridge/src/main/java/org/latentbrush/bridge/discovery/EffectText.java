package org.latentbrush.bridge.discovery;

import java.util.Locale;
import org.latentbrush.bridge.directions.Confirmation;

/** Words a measured effect for a slider's tooltip and the command's table: "dusk share 9% → 61%". */
final class EffectText {

    private EffectText() {}

    static String of(Measure measure, Confirmation c) {
        if (measure.kind() == Measure.Kind.SHARE) {
            return String.format(Locale.ROOT, "%s %.0f%% \u2192 %.0f%%", c.measure(), c.minus() * 100,
                    c.plus() * 100);
        }
        return String.format(Locale.ROOT, "%s %.2f \u2192 %.2f", c.measure(), c.minus(), c.plus());
    }
}
