package org.latentbrush.bridge.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests {@link FrechetDraws}: the means, the ratio of means and the range of single draws. */
class FrechetDrawsTest {

    private final FrechetDraws draws = new FrechetDraws(List.of(
            new FrechetDraws.Draw(1, 2.17, 1.10),
            new FrechetDraws.Draw(2, 2.41, 1.03),
            new FrechetDraws.Draw(3, 2.13, 0.96)));

    @Test
    void ratio_isTheMeanDistanceOverTheMeanFloor() {
        assertEquals((2.17 + 2.41 + 2.13) / 3, draws.meanGenerated(), 1e-12);
        assertEquals((1.10 + 1.03 + 0.96) / 3, draws.meanFloor(), 1e-12);
        assertEquals(draws.meanGenerated() / draws.meanFloor(), draws.ratio(), 1e-12);
    }

    @Test
    void describe_givesTheMeansAndTheRangeOfOneDraw() {
        String line = draws.describe();
        assertTrue(line.contains("over 3 draws"), line);
        assertTrue(line.contains("2.17x the floor"), line);
        assertTrue(line.contains("one draw: 1.97-2.34x"), line);
    }

    @Test
    void toMap_listsEverySeed() {
        Map<String, Object> map = draws.toMap();
        assertEquals(3, map.get("draws"));
        assertEquals(3, ((List<?>) map.get("each")).size());
        assertEquals(2.1715, (Double) map.get("ratio"), 1e-4);
    }

    @Test
    void plus_addsADraw_andNoDrawsAreRefused() {
        assertEquals(4, draws.plus(new FrechetDraws.Draw(4, 2, 1)).draws().size());
        assertThrows(IllegalArgumentException.class, () -> new FrechetDraws(List.of()));
    }
}
