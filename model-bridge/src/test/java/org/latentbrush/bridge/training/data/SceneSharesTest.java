package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tests {@link SceneShares} and the landscapes drawn with them. */
class SceneSharesTest {

    private static final int SCENES = 3000;

    @Test
    void withChanges_namedKindsTakeTheirShare_theRestOfTheGroupKeepTheirProportions() {
        SceneShares shares = SceneShares.NATURAL.withChanges("water=0.55, rock=0.3");
        assertEquals(0.55, shares.water(), 1e-12);
        assertEquals(0.3, shares.rock(), 1e-12);
        // Grass, sand and snow (0.4, 0.2, 0.2) share the 0.7 left in the same proportions.
        assertEquals(0.35, shares.grass(), 1e-12);
        assertEquals(0.175, shares.sand(), 1e-12);
        assertEquals(0.175, shares.snow(), 1e-12);
        assertEquals(SceneShares.NATURAL.day(), shares.day(), 1e-12);
        assertEquals(SceneShares.NATURAL.mountains(), shares.mountains(), 1e-12);
        assertEquals("water 0.550, grass 0.350, sand 0.175, rock 0.300, snow 0.175", shares.differences());
        assertEquals("", SceneShares.NATURAL.differences());
    }

    @Test
    void withChanges_badPairs_sayWhichAndWhy() {
        assertTrue(message("lakes=0.5").contains("'lakes=0.5' is not KIND=SHARE"), message("lakes=0.5"));
        assertTrue(message("water=1.5").contains("a share lies in [0, 1]"));
        assertTrue(message("water=lots").contains("not a number"));
        assertTrue(message("day=0.9,dusk=0.3").contains("must add up to 1"), message("day=0.9,dusk=0.3"));
        assertTrue(message("grass=0.5,sand=0.1,rock=0.1,snow=0.1").contains("must add up to 1"));
    }

    @Test
    void source_drawsEachKindAsOftenAsItsShareSays_andTheNaturalMixAsBefore() {
        double[] natural = shares(new LandscapeSource(32, 3));
        double[] moreWater = shares(new LandscapeSource(32, 3, SceneShares.NATURAL.withChanges("water=0.8,rock=0.5")));
        // Three thousand scenes: a share is within about three points of its chance.
        assertEquals(0.45, natural[0], 0.03);
        assertEquals(0.2, natural[1], 0.03);
        assertEquals(0.8, moreWater[0], 0.03);
        assertEquals(0.5, moreWater[1], 0.03);
        assertTrue(new LandscapeSource(32, 3, SceneShares.NATURAL.withChanges("water=0.8")).describe()
                .contains("scene shares water 0.800"));
        assertFalse(new LandscapeSource(32, 3).describe().contains("scene shares"));
    }

    @Test
    void naturalShares_renderExactlyTheScenesOfTheDefaultRenderer() {
        LandscapeRenderer plain = new LandscapeRenderer();
        LandscapeRenderer natural = new LandscapeRenderer(SceneShares.NATURAL);
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(plain.labelsFor(seed), natural.labelsFor(seed));
            assertEquals(java.util.Arrays.hashCode(plain.renderPixels(seed, 32)),
                    java.util.Arrays.hashCode(natural.renderPixels(seed, 32)));
        }
    }

    /** Shares of water and of rocky ground among the first scenes. */
    private static double[] shares(LandscapeSource source) {
        double water = 0;
        double rock = 0;
        for (long i = 0; i < SCENES; i++) {
            SceneLabels labels = source.labels(i);
            water += labels.hasWater() ? 1 : 0;
            rock += labels.ground() == GroundType.ROCK ? 1 : 0;
        }
        return new double[] {water / SCENES, rock / SCENES};
    }

    private static String message(String changes) {
        return assertThrows(IllegalArgumentException.class, () -> SceneShares.NATURAL.withChanges(changes))
                .getMessage();
    }
}
