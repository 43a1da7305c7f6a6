package org.latentbrush.bridge.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectionNamerTest {

    private static final int DAY = 0;
    private static final int DUSK = 1;
    private static final int WATER = 2;
    private static final int BRIGHTNESS = 3;

    private static final List<Measure> MEASURES = List.of(
            new Measure("Day", "day share", Measure.Kind.SHARE, "timeOfDay"),
            new Measure("Dusk", "dusk share", Measure.Kind.SHARE, "timeOfDay"),
            new Measure("Water", "water share", Measure.Kind.SHARE, "water"),
            new Measure("Brightness", "brightness", Measure.Kind.STATISTIC, "brightness"));

    private static final NamingThresholds BARS = new NamingThresholds(0.10, 1.0);

    /** An effect whose measures change by {@code changes} from minimum to maximum, spread 0.1 each. */
    private static Effect effect(double... changes) {
        double[] minus = new double[changes.length];
        double[] plus = new double[changes.length];
        double[] spread = new double[changes.length];
        for (int m = 0; m < changes.length; m++) {
            minus[m] = 0.5 - changes[m] / 2;
            plus[m] = 0.5 + changes[m] / 2;
            spread[m] = 0.1;
        }
        return new Effect(minus, new double[changes.length], plus, spread, 100);
    }

    private static List<Optional<DirectionNamer.Choice>> name(Effect... effects) {
        return DirectionNamer.name(MEASURES, List.of(effects), BARS);
    }

    private static Optional<DirectionNamer.Choice> named(int measure, boolean flipped) {
        return Optional.of(new DirectionNamer.Choice(measure, flipped, false));
    }

    /** A name of another head than the one the direction changes most. */
    private static Optional<DirectionNamer.Choice> second(int measure, boolean flipped) {
        return Optional.of(new DirectionNamer.Choice(measure, flipped, true));
    }

    @Test
    void name_largestShareChange_namesTheDirection() {
        assertEquals(List.of(named(DUSK, false)), name(effect(-0.3, 0.5, 0.02, 0.5)));
    }

    @Test
    void name_shareFallingAsTheSliderRises_flipsTheDirection() {
        assertEquals(List.of(named(WATER, true)), name(effect(0, 0, -0.4, 0)));
    }

    @Test
    void name_changesBelowTheBars_leaveItUnnamed() {
        assertEquals(List.of(Optional.empty()), name(effect(0.05, -0.09, 0.08, 0.09)));
    }

    @Test
    void name_twoDirectionsWantingOneName_theStrongerGetsIt() {
        assertEquals(List.of(Optional.empty(), named(WATER, false)),
                name(effect(0, 0, 0.3, 0), effect(0, 0, 0.5, 0)));
    }

    @Test
    void name_sideEffectOnAnotherHead_doesNotNameItWhileItsOwnHeadsNameIsFree() {
        // It mainly adds water; its dusk side effect clears the bar but is not what it does.
        assertEquals(List.of(named(WATER, false)), name(effect(0, 0.3, 0.5, 0)));
    }

    @Test
    void name_ownHeadsNameTaken_theNextHeadsChangeNamesItAsASecondName() {
        // The first direction mainly adds water, which the second adds more of; what sets it
        // apart is that it also makes dusk, falling as the slider rises.
        assertEquals(List.of(second(DUSK, true), named(WATER, false)),
                name(effect(0, -0.2, 0.5, 0), effect(0, 0, 0.6, 0)));
    }

    @Test
    void name_secondNames_comeAfterEveryDirectionsOwnHead() {
        // The first's dusk side effect (0.45) is larger than the third's dusk (0.3), but dusk is
        // what the third does most, so the third keeps it and the first stays unnamed.
        assertEquals(List.of(Optional.empty(), named(WATER, false), named(DUSK, false)),
                name(effect(0, 0.45, 0.5, 0), effect(0, 0, 0.6, 0), effect(0, 0.3, 0, 0)));
    }

    @Test
    void name_secondNames_strongestChangeFirstAndBelowTheBarNever() {
        // Water goes to the third; of the two left, the second's larger dusk change gets dusk,
        // and the first's day change (below the bar) names nothing.
        assertEquals(List.of(Optional.empty(), second(DUSK, false), named(WATER, false)),
                name(effect(0.09, 0.15, 0.4, 0), effect(0, 0.25, 0.45, 0), effect(0, 0, 0.6, 0)));
    }

    @Test
    void name_anotherClassOfTheSameHead_namesItWhenTheFirstIsTaken() {
        // Both trade day for another time of day; the second's dusk is its own.
        assertEquals(List.of(named(DAY, false), named(DUSK, false)),
                name(effect(0.8, -0.1, 0, 0), effect(-0.5, 0.45, 0, 0)));
    }

    @Test
    void name_statisticNamesOnlyWhatNoShareExplains() {
        // Brightness changes by 3 spreads in both; the first is named after its water share.
        assertEquals(List.of(named(WATER, false), named(BRIGHTNESS, true)),
                name(effect(0, 0, 0.3, 0.3), effect(0.05, 0, 0, -0.2)));
    }

    @Test
    void strongest_reportsTheLargestChangeAgainstItsBar() {
        // 0.08 of a share is 0.8 of its bar; 0.09 of brightness is 0.9 spreads, 0.9 of its bar.
        assertEquals(BRIGHTNESS, DirectionNamer.strongest(MEASURES, effect(0.08, 0, 0, 0.09), BARS));
    }
}
