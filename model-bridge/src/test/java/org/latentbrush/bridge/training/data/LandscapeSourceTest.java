package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tests {@link LandscapeSource}. */
class LandscapeSourceTest {

    private static final int SIZE = 32;

    @Test
    void fill_manyIndices_valuesWithinGanRangeAndUsingIt() {
        LandscapeSource source = new LandscapeSource(SIZE, 1);
        float[] batch = ImageBatches.batch(source, ImageBatches.range(0, 20));
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : batch) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(min >= -1f && max <= 1f, "range " + min + ".." + max);
        // Night skies and bright clouds should reach far toward both ends.
        assertTrue(min < -0.8f && max > 0.8f, "range " + min + ".." + max);
    }

    @Test
    void fill_writesChwPlanesOfRenderedPixels() {
        LandscapeSource source = new LandscapeSource(SIZE, 9);
        float[] chw = new float[source.floatsPerImage() + 5];
        source.fill(4, chw, 5);
        int[] pixels = new LandscapeRenderer().renderPixels(source.seedFor(4), SIZE);
        int plane = SIZE * SIZE;
        int i = 7 * SIZE + 11;
        assertEquals(ChwImages.toUnit((pixels[i] >> 16) & 0xFF), chw[5 + i]);
        assertEquals(ChwImages.toUnit((pixels[i] >> 8) & 0xFF), chw[5 + plane + i]);
        assertEquals(ChwImages.toUnit(pixels[i] & 0xFF), chw[5 + 2 * plane + i]);
    }

    @Test
    void fill_sameBaseSeed_sameImages_otherBaseSeed_otherImages() {
        long[] indices = ImageBatches.range(0, 4);
        float[] a = ImageBatches.batch(new LandscapeSource(SIZE, 5), indices);
        float[] b = ImageBatches.batch(new LandscapeSource(SIZE, 5), indices);
        float[] c = ImageBatches.batch(new LandscapeSource(SIZE, 6), indices);
        assertArrayEquals(a, b);
        assertTrue(!Arrays.equals(a, c));
    }

    @Test
    void seedFor_neighbouringIndices_unrelatedSeeds() {
        LandscapeSource source = new LandscapeSource(SIZE, 0);
        assertNotEquals(source.seedFor(0) + 1, source.seedFor(1));
        assertNotEquals(source.seedFor(0), source.seedFor(1));
    }

    @Test
    void labels_matchRendererLabelsForTheSeed() {
        LandscapeSource source = new LandscapeSource(SIZE, 42);
        LandscapeRenderer renderer = new LandscapeRenderer();
        for (long i = 0; i < 20; i++) {
            assertEquals(renderer.labelsFor(source.seedFor(i)), source.labels(i));
        }
    }

    @Test
    void shape_unlimitedRgbSquare() {
        LandscapeSource source = new LandscapeSource(SIZE, 0);
        assertEquals(ImageSource.UNLIMITED, source.size());
        assertEquals(3, source.channels());
        assertEquals(SIZE, source.width());
        assertEquals(SIZE, source.height());
        assertTrue(source.describe().contains("base seed 0"));
    }

    @Test
    void fill_negativeIndex_throws() {
        LandscapeSource source = new LandscapeSource(SIZE, 0);
        assertThrows(IndexOutOfBoundsException.class,
                () -> source.fill(-1, new float[source.floatsPerImage()], 0));
    }
}
