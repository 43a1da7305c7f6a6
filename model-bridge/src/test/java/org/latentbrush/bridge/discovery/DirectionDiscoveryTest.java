package org.latentbrush.bridge.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.directions.Confirmation;
import org.latentbrush.bridge.directions.LatentDirection;
import org.latentbrush.bridge.directions.LatentDirections;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.quality.QualityListener;

/**
 * Directions of the tiny random model, named by a stand-in classifier with one yes/no head,
 * "reddish": whether an image is warmer (red minus blue) than the median of the model's images,
 * so that about half of them are.
 */
class DirectionDiscoveryTest {

    private static final DiscoverySettings SETTINGS = DiscoverySettings.defaults(3).withCounts(300, 6, 60);

    private static GanModel model;
    private static Discovered found;
    private static double medianWarmth;

    /** The stand-in classifier: one share, read off the pixels. */
    private static final ImageMeasures REDDISH = new ImageMeasures() {
        @Override
        public List<Measure> measures() {
            return List.of(new Measure("Reddish", "reddish share", Measure.Kind.SHARE, "reddish"));
        }

        @Override
        public double[][] measure(List<RasterImage> images) {
            double[][] values = new double[images.size()][1];
            for (int i = 0; i < images.size(); i++) {
                values[i][0] = ImageStatistics.warmth(images.get(i)) > medianWarmth ? 1 : 0;
            }
            return values;
        }
    };

    private static final ImageMeasures MEASURES = ImageMeasures.both(REDDISH, new ImageStatistics(3));

    @BeforeAll
    static void discover() {
        model = TinyModels.random(21);
        List<float[]> latents = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            latents.add(LatentPaths.random(8, 50_000 + i));
        }
        medianWarmth = model.render(latents).stream().mapToDouble(ImageStatistics::warmth).sorted()
                .skip(100).findFirst().orElseThrow();
        found = DirectionDiscovery.discover(model, MEASURES, SETTINGS, QualityListener.NONE);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void discover_keepsTheStrongestDirectionsInOrder() {
        List<LatentDirection> list = found.directions().directions();
        assertEquals(6, list.size());
        for (int k = 0; k < list.size(); k++) {
            assertEquals(k + 1, list.get(k).index());
            assertEquals(-SETTINGS.range(), list.get(k).minimum());
            assertEquals(SETTINGS.range(), list.get(k).maximum());
            assertEquals("all", list.get(k).layers());
        }
        for (int k = 1; k < found.varianceShares().length; k++) {
            assertTrue(found.varianceShares()[k] <= found.varianceShares()[k - 1], "strongest first");
        }
        assertEquals(model.fingerprint(), found.directions().origin().fingerprint());
    }

    @Test
    void discover_directionsAreOrthonormal() {
        List<LatentDirection> list = found.directions().directions();
        for (int a = 0; a < list.size(); a++) {
            for (int b = 0; b < list.size(); b++) {
                double dot = 0;
                for (int i = 0; i < list.get(a).size(); i++) {
                    dot += (double) list.get(a).component(i) * list.get(b).component(i);
                }
                assertEquals(a == b ? 1 : 0, dot, 1e-5, "directions " + (a + 1) + " and " + (b + 1));
            }
        }
    }

    @Test
    void discover_sameSeed_sameDirectionsAndNames() {
        Discovered again = DirectionDiscovery.discover(model, MEASURES, SETTINGS, QualityListener.NONE);
        for (int k = 0; k < found.directions().size(); k++) {
            LatentDirection a = found.directions().directions().get(k);
            LatentDirection b = again.directions().directions().get(k);
            assertEquals(a.name(), b.name());
            assertArrayEquals(a.vector(), b.vector(), "direction " + (k + 1));
        }
    }

    @Test
    void discover_namesFollowTheClassifiersResponse() {
        List<LatentDirection> named = found.directions().directions().stream()
                .filter(d -> d.confirmation().isPresent()).toList();
        assertTrue(named.stream().anyMatch(d -> d.name().equals("Reddish")),
                "the colour balance of the tiny model's images follows some direction clearly: "
                        + found.directions().directions().stream().map(LatentDirection::effect).toList());
        // Latents none of the discovery's draws used: each named measure rises as its slider does.
        List<float[]> fresh = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            fresh.add(LatentPaths.random(8, 90_000 + i));
        }
        List<Effect> effects = new EffectMeter(model, MEASURES).measure(found.directions(), fresh, "check",
                QualityListener.NONE);
        List<Measure> measures = MEASURES.measures();
        for (int k = 0; k < found.directions().size(); k++) {
            LatentDirection d = found.directions().directions().get(k);
            if (d.confirmation().isEmpty()) {
                assertEquals("Direction " + d.index(), d.name(), "unnamed directions keep their number");
                continue;
            }
            int m = indexOf(measures, d.name());
            Confirmation c = d.confirmation().orElseThrow();
            assertTrue(c.plus() > c.minus(), d.name() + " was confirmed rising: " + c);
            assertTrue(effects.get(k).change(m) > 0, d.name() + " rises on fresh latents too: "
                    + effects.get(k).minus()[m] + " -> " + effects.get(k).plus()[m]);
            assertFalse(d.effect().isBlank());
        }
    }

    @Test
    void discover_aDirectionWhoseHeadIsTaken_isNamedAfterItsNextHeadAndSaysWhatItChangesMore() {
        // Two stand-in heads that both follow the colour balance: several directions move both,
        // the one that moves "Reddish" most takes that name, and another may take "Warm" only
        // as a second name, whose effect text must then say what it changes more.
        ImageMeasures twoHeads = ImageMeasures.both(REDDISH, renamed(REDDISH, "Warm", "warm share", "warm"));
        Discovered two = DirectionDiscovery.discover(model, twoHeads, SETTINGS, QualityListener.NONE);
        List<String> names = two.directions().directions().stream().map(LatentDirection::name).toList();
        assertTrue(names.contains("Reddish") && names.contains("Warm"), "both heads name a direction: "
                + two.directions().directions().stream().map(d -> d.name() + ": " + d.effect()).toList());
        LatentDirection warm = two.directions().directions().get(names.indexOf("Warm"));
        assertTrue(warm.effect().startsWith("warm share "), warm.effect());
        assertTrue(warm.effect().contains("beside reddish share")
                && warm.effect().contains("(direction " + (names.indexOf("Reddish") + 1) + " is \"Reddish\")"),
                "the second name says which direction holds the larger change: " + warm.effect());
        Confirmation c = warm.confirmation().orElseThrow();
        assertTrue(c.plus() - c.minus() >= SETTINGS.thresholds().shareChange(), "confirmed like any name: " + c);
    }

    /** The same measure under another name and head. */
    private static ImageMeasures renamed(ImageMeasures one, String name, String description, String group) {
        return new ImageMeasures() {
            @Override
            public List<Measure> measures() {
                return List.of(new Measure(name, description, Measure.Kind.SHARE, group));
            }

            @Override
            public double[][] measure(List<RasterImage> images) {
                return one.measure(images);
            }
        };
    }

    private static int indexOf(List<Measure> measures, String name) {
        for (int m = 0; m < measures.size(); m++) {
            if (measures.get(m).name().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no measure named " + name);
    }

    @Test
    void discover_storedDirectionsMoveLatentsLikeTheEngine() {
        LatentDirections directions = found.directions();
        float[] z = LatentPaths.random(8, 5);
        float[] moved = directions.applyOne(z, 0, directions.directions().get(0).maximum());
        double along = 0;
        for (int i = 0; i < z.length; i++) {
            double w0 = 0.5 * Math.log((1 + z[i]) / (1 - z[i]));
            double w1 = 0.5 * Math.log((1 + moved[i]) / (1 - moved[i]));
            along += (w1 - w0) * directions.directions().get(0).component(i);
        }
        assertEquals(SETTINGS.range() * DirectionDiscovery.PRIOR_SIGMA, along, 1e-3,
                "the maximum is the range's prior deviations away in w");
    }
}
