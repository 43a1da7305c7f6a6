package org.latentbrush.bridge.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names directions after the measure each changes most, when the change is clear and specific.
 *
 * <p>A classifier's share names a direction when it changes by at least
 * {@link NamingThresholds#shareChange()} from the slider's minimum to its maximum; a statistic
 * when it changes by at least {@link NamingThresholds#statisticChange()} times its spread over
 * unmoved images. Shares come first: they are what a person would call the change ("Dusk"
 * rather than "Warmth"), and statistics name what no class explains.
 *
 * <p>Specific means the name comes first from the group (classifier head) the direction changes
 * most: a direction that mainly adds water is not called "Overcast" for a smaller side effect while
 * it could be called "Water". Within that group any class may name it, since the classes of a head
 * trade share with each other (more snow is less grass). Each name goes to one direction: the
 * qualifying pairs are taken from the largest change down, skipping a pair whose direction is named
 * or whose name is taken. A direction whose measure falls when the slider goes up is flipped, so
 * that up always means more of the name.
 *
 * <p>Several of a model's strongest directions often change the same thing (six of the landscape
 * model's twelve move water by 10 to 40 points), and its name can go to one of them only. What
 * tells the others apart from the direction that holds it is their next clearest change. So once
 * every direction has had its own head's names, a direction still unnamed may take a name of
 * another head that it moves past the same bar and no direction has taken: a second pass over all
 * its qualifying pairs, again from the largest change down. Such a {@link Choice#second() second
 * name} never takes a name from a direction that changes that head most (the first pass has given
 * those out), and it is confirmed on other latents like any name.
 */
final class DirectionNamer {

    /**
     * The name chosen for a direction.
     *
     * @param measure the measure's position in the list
     * @param flipped whether the direction must be turned round so that up raises the measure
     * @param second whether the measure is not of the group the direction changes most, whose
     *     names other directions hold: its effect text then says what it changes more
     */
    record Choice(int measure, boolean flipped, boolean second) {}

    /** A direction, a measure that may name it, and how many times over its bar the change is. */
    private record Pair(int direction, int measure, double strength) {}

    private DirectionNamer() {}

    /**
     * Names the directions.
     *
     * @param measures the measures, in the order of the effects' values
     * @param effects one per direction
     * @param thresholds the bars a change must clear
     * @return one entry per direction, empty for one that stays unnamed
     */
    static List<Optional<Choice>> name(List<Measure> measures, List<Effect> effects,
            NamingThresholds thresholds) {
        List<Optional<Choice>> choices = new ArrayList<>();
        for (int d = 0; d < effects.size(); d++) {
            choices.add(Optional.empty());
        }
        Set<Integer> taken = new HashSet<>();
        for (Measure.Kind kind : Measure.Kind.values()) {
            assign(pairs(measures, effects, thresholds, kind, true), effects, choices, taken, false);
            assign(pairs(measures, effects, thresholds, kind, false), effects, choices, taken, true);
        }
        return choices;
    }

    /** Gives each pair's name to its direction, strongest first, when both are still free. */
    private static void assign(List<Pair> pairs, List<Effect> effects, List<Optional<Choice>> choices,
            Set<Integer> taken, boolean second) {
        for (Pair pair : pairs) {
            if (choices.get(pair.direction()).isEmpty() && !taken.contains(pair.measure())) {
                boolean flipped = effects.get(pair.direction()).change(pair.measure()) < 0;
                choices.set(pair.direction(), Optional.of(new Choice(pair.measure(), flipped, second)));
                taken.add(pair.measure());
            }
        }
    }

    /**
     * The measure a direction changes most relative to its bar, named or not: what an unnamed
     * direction's effect text reports.
     */
    static int strongest(List<Measure> measures, Effect effect, NamingThresholds thresholds) {
        int best = 0;
        for (int m = 1; m < measures.size(); m++) {
            if (thresholds.strength(measures.get(m), effect, m)
                    > thresholds.strength(measures.get(best), effect, best)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The pairs of one kind that clear the bar, strongest first: with {@code ownGroup}, each within
     * its direction's strongest group of that kind; without, in any group.
     */
    private static List<Pair> pairs(List<Measure> measures, List<Effect> effects,
            NamingThresholds thresholds, Measure.Kind kind, boolean ownGroup) {
        List<Pair> pairs = new ArrayList<>();
        for (int d = 0; d < effects.size(); d++) {
            Effect effect = effects.get(d);
            int top = -1;
            for (int m = 0; m < measures.size(); m++) {
                if (measures.get(m).kind() == kind && (top < 0
                        || thresholds.strength(measures.get(m), effect, m)
                                > thresholds.strength(measures.get(top), effect, top))) {
                    top = m;
                }
            }
            if (top < 0) {
                continue;
            }
            String group = measures.get(top).group();
            for (int m = 0; m < measures.size(); m++) {
                double strength = thresholds.strength(measures.get(m), effect, m);
                if (measures.get(m).kind() == kind && (!ownGroup || measures.get(m).group().equals(group))
                        && strength >= 1) {
                    pairs.add(new Pair(d, m, strength));
                }
            }
        }
        // Strongest first; ties go to the stronger direction, then the earlier measure.
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.strength()).thenComparingInt(Pair::direction)
                .thenComparingInt(Pair::measure));
        return pairs;
    }
}
