package org.latentbrush.bridge.generator;

import java.util.OptionalInt;

/**
 * How long a model's live edits run, when its generator needs other than the live protocol's
 * defaults: the manifest's optional {@code liveProtocol} object (docs/FORMATS.md).
 *
 * <p>A step's cost and how fast an edit's colour error falls differ from model to model: on
 * {@code landscape-64} (a step of 30–50 ms) an edit can end sooner for almost the same colour,
 * while {@code shoes-32} (a step a third of that) ends 28–40 % further from its strokes' colours
 * after the same cuts (docs/PERFORMANCE.md). Each value left out keeps the protocol's default.
 *
 * @param iterations the most Adam steps of an edit
 * @param earlyStopWindow an edit ends once its best cost fell by under 1 % over this many steps
 * @param narrowEvery an edit halves its candidates every this many steps
 */
public record LiveShape(OptionalInt iterations, OptionalInt earlyStopWindow, OptionalInt narrowEvery) {

    /** The most steps any of the three may name: the iGAN protocol runs 40. */
    public static final int MAX_STEPS = 1_000;

    /** The protocol's defaults for all three. */
    public static final LiveShape DEFAULTS = new LiveShape(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

    public LiveShape {
        check("iterations", iterations);
        check("earlyStopWindow", earlyStopWindow);
        check("narrowEvery", narrowEvery);
    }

    private static void check(String field, OptionalInt value) {
        if (value.isPresent() && (value.getAsInt() < 1 || value.getAsInt() > MAX_STEPS)) {
            throw new IllegalArgumentException("field 'liveProtocol." + field + "' must be a whole number from 1 to "
                    + MAX_STEPS + ", was " + value.getAsInt());
        }
    }

    /** Whether every value is the protocol's default, so the manifest need not name any. */
    public boolean isDefault() {
        return equals(DEFAULTS);
    }
}
