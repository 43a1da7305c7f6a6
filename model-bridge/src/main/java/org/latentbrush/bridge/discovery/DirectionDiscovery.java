package org.latentbrush.bridge.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.latentbrush.bridge.directions.Confirmation;
import org.latentbrush.bridge.directions.DirectionsOrigin;
import org.latentbrush.bridge.directions.LatentDirection;
import org.latentbrush.bridge.directions.LatentDirections;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.quality.FeatureNetwork;
import org.latentbrush.bridge.quality.QualityListener;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * Finds a model's principal directions and names them after what the feature classifier and
 * simple image statistics see change: {@code latent-brush directions}.
 *
 * <pre>{@code
 * Discovered found = DirectionDiscovery.discover(model, classifier, DiscoverySettings.defaults(1),
 *         QualityListener.NONE);
 * DirectionsWriter.write(found.directions(), folder.resolve(LatentDirections.FILE_NAME));
 * }</pre>
 *
 * <p>Three draws of latents, all from the seed: the samples the components are found over, the
 * probes every direction's effect is measured on to pick names, and other probes the named
 * directions are measured on again to confirm them. A name stays only when the other probes show the same change clearing the same
 * bar, so that picking the largest of many measured changes cannot name a direction after noise.
 */
public final class DirectionDiscovery {

    /**
     * Standard deviation of the prior along any unit vector in w = atanh(z), z uniform on [−1, 1]:
     * Var(atanh z) = π²/12 per coordinate, and the coordinates are independent.
     */
    static final double PRIOR_SIGMA = Math.PI / Math.sqrt(12);

    private static final long PROBE_SALT = 0x2545F4914F6CDD1DL;
    private static final long CONFIRMATION_SALT = 0x9E3779B97F4A7C15L;

    private DirectionDiscovery() {}

    /**
     * Checks that directions can be found for a model with these settings, before anything slow.
     *
     * @param model the generator
     * @param settings the counts and the layer
     * @throws IllegalArgumentException naming what does not fit: a generator family without the
     *     layer, too few upsampling steps, more directions than latent dimensions, too few samples
     */
    public static void check(GanModel model, DiscoverySettings settings) {
        new EarlyActivations(model, settings.upsamplingSteps());
        DirectionFinder.check(model, settings.samples(), settings.keep());
    }

    /**
     * Finds and names directions with a domain's feature classifier and the image statistics.
     *
     * @param model the generator
     * @param classifier the feature classifier of the model's domain
     * @param settings counts, layer, range, thresholds, seed
     * @param listener hears each stage's progress
     * @return the directions, strongest first
     */
    public static Discovered discover(GanModel model, FeatureNetwork classifier, DiscoverySettings settings,
            QualityListener listener) {
        ImageMeasures measures = ImageMeasures.both(new ClassifierMeasures(classifier),
                new ImageStatistics(model.manifest().channels()));
        return discover(model, measures, settings, listener);
    }

    /**
     * Finds directions and names them by image statistics only, for a model whose pictures no
     * classifier here knows (a model of the user's own pictures).
     *
     * @param model the generator
     * @param settings counts, layer, range, thresholds, seed
     * @param listener hears each stage's progress
     * @return the directions, strongest first
     */
    public static Discovered discoverByStatistics(GanModel model, DiscoverySettings settings,
            QualityListener listener) {
        return discover(model, new ImageStatistics(model.manifest().channels()), settings, listener);
    }

    /** Finds and names directions with any measures; tests use simple ones. */
    static Discovered discover(GanModel model, ImageMeasures measures, DiscoverySettings settings,
            QualityListener listener) {
        listener.stageStarted("components", 1);
        DirectionFinder.Found found = DirectionFinder.find(
                new EarlyActivations(model, settings.upsamplingSteps()), settings.samples(),
                settings.keep(), settings.seed());
        listener.advanced(1);
        listener.stageFinished();
        DirectionsOrigin origin = new DirectionsOrigin(model.manifest().name(), model.fingerprint(),
                method(settings), settings.samples(), settings.seed());
        LatentDirections candidates = new LatentDirections(origin, candidates(found, settings));
        EffectMeter meter = new EffectMeter(model, measures);
        List<Measure> list = measures.measures();
        List<Effect> effects = meter.measure(candidates, probes(model, settings, PROBE_SALT), "effects", listener);
        List<Optional<DirectionNamer.Choice>> choices = DirectionNamer.name(list, effects, settings.thresholds());
        List<LatentDirection> named = new ArrayList<>();
        List<LatentDirection> toConfirm = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            LatentDirection c = candidates.directions().get(k);
            Optional<LatentDirection> renamed = choices.get(k).map(choice -> choice.flipped()
                    ? c.flipped(list.get(choice.measure()).name(), "", Optional.empty())
                    : c.named(list.get(choice.measure()).name(), "", Optional.empty()));
            named.add(renamed.orElse(c));
            renamed.ifPresent(toConfirm::add);
        }
        // Only the named directions are measured again, on latents the naming never saw.
        List<Effect> confirmations = toConfirm.isEmpty() ? List.of() : meter.measure(
                new LatentDirections(origin, toConfirm), probes(model, settings, CONFIRMATION_SALT),
                "confirmation", listener);
        List<LatentDirection> result = new ArrayList<>();
        int confirmation = 0;
        for (int k = 0; k < named.size(); k++) {
            result.add(choices.get(k).isPresent()
                    ? confirmed(named.get(k), choices.get(k).get(), confirmations.get(confirmation++),
                            list, choices, settings.thresholds())
                    : withStrongestChange(named.get(k), effects.get(k), list, choices, settings.thresholds()));
        }
        return new Discovered(new LatentDirections(origin, result), found.varianceShares());
    }

    /** The found directions as sliders, "Direction k", before anything is measured. */
    private static List<LatentDirection> candidates(DirectionFinder.Found found, DiscoverySettings settings) {
        List<LatentDirection> candidates = new ArrayList<>();
        for (int k = 0; k < found.vectors().length; k++) {
            candidates.add(new LatentDirection(k + 1, unnamed(k + 1), LatentDirection.ALL_LAYERS, "",
                    toFloats(found.vectors()[k]), PRIOR_SIGMA, -settings.range(), settings.range(),
                    Optional.empty()));
        }
        return candidates;
    }

    /**
     * Keeps a direction's name when the confirming probes clear the bar again, and words its
     * effect; otherwise it is "Direction k" again, saying what the other latents showed. A second
     * name's effect also words the larger change it was not named after, so that the slider's
     * tooltip says all it does.
     */
    private static LatentDirection confirmed(LatentDirection d, DirectionNamer.Choice choice, Effect confirming,
            List<Measure> measures, List<Optional<DirectionNamer.Choice>> choices, NamingThresholds thresholds) {
        int m = choice.measure();
        Measure measure = measures.get(m);
        Confirmation c = confirmation(measure, confirming, m);
        if (confirming.change(m) > 0 && thresholds.strength(measure, confirming, m) >= 1) {
            String effect = EffectText.of(measure, c);
            int larger = DirectionNamer.strongest(measures, confirming, thresholds);
            if (choice.second() && larger != m) {
                effect += ", beside " + EffectText.of(measures.get(larger), confirmation(measures.get(larger),
                        confirming, larger)) + holder(larger, measures, choices);
            }
            return d.named(d.name(), effect, Optional.of(c));
        }
        return d.named(unnamed(d.index()), "not confirmed on other latents: " + EffectText.of(measure, c),
                Optional.empty());
    }

    private static Confirmation confirmation(Measure measure, Effect e, int m) {
        return new Confirmation(measure.description(), e.minus()[m], e.zero()[m], e.plus()[m], e.samples());
    }

    /** " (direction k is \"Water\")" for the direction named after a measure, or nothing. */
    private static String holder(int m, List<Measure> measures, List<Optional<DirectionNamer.Choice>> choices) {
        for (int k = 0; k < choices.size(); k++) {
            if (choices.get(k).isPresent() && choices.get(k).get().measure() == m) {
                return " (direction " + (k + 1) + " is \"" + measures.get(m).name() + "\")";
            }
        }
        return "";
    }

    /**
     * Words an unnamed direction's strongest change: below every bar, or the name of a stronger
     * direction, which each name goes to once.
     */
    private static LatentDirection withStrongestChange(LatentDirection d, Effect probed, List<Measure> measures,
            List<Optional<DirectionNamer.Choice>> choices, NamingThresholds thresholds) {
        int m = DirectionNamer.strongest(measures, probed, thresholds);
        String change = EffectText.of(measures.get(m), confirmation(measures.get(m), probed, m));
        if (thresholds.strength(measures.get(m), probed, m) < 1) {
            return d.named(d.name(), "no clear effect; largest: " + change, Optional.empty());
        }
        for (int k = 0; k < choices.size(); k++) {
            if (choices.get(k).isPresent() && choices.get(k).get().measure() == m) {
                return d.named(d.name(), change + ", less than direction " + (k + 1) + " (\""
                        + measures.get(m).name() + "\")", Optional.empty());
            }
        }
        return d.named(d.name(), change + ", beside a larger change named elsewhere", Optional.empty());
    }

    private static List<float[]> probes(GanModel model, DiscoverySettings settings, long salt) {
        List<float[]> latents = new ArrayList<>();
        for (int i = 0; i < settings.probes(); i++) {
            latents.add(LatentPaths.random(model.manifest().latentSize(), Seeds.combine(settings.seed() ^ salt, i)));
        }
        return latents;
    }

    private static String method(DiscoverySettings settings) {
        return String.format(Locale.ROOT, "GANSpace: principal components of the activations after the "
                + "seed map and %d upsampling step(s), regressed onto z and made orthonormal; moved in "
                + "w = atanh(z); named when a share moves %.0f points or a statistic %.1f standard "
                + "deviations between the slider's ends, on %d probes and again on %d others; a name comes "
                + "from the classifier head a direction changes most, or another when that head's are taken",
                settings.upsamplingSteps(), settings.thresholds().shareChange() * 100,
                settings.thresholds().statisticChange(), settings.probes(), settings.probes());
    }

    static String unnamed(int index) {
        return "Direction " + index;
    }

    private static float[] toFloats(double[] v) {
        float[] out = new float[v.length];
        double squares = 0;
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
            squares += (double) out[i] * out[i];
        }
        // Renormalised after rounding to float, so the stored vector is a unit vector as stored.
        float norm = (float) Math.sqrt(squares);
        for (int i = 0; i < v.length; i++) {
            out[i] /= norm;
        }
        return out;
    }
}
