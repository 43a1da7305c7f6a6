package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tests {@link LandscapeRenderer}: determinism, variety and sizes. */
class LandscapeRendererTest {

    private static final int SIZE = 64;
    private static final int SCENES = 60;
    private static final long FIRST_SEED = 500;

    private final LandscapeRenderer renderer = new LandscapeRenderer();

    @Test
    void render_sameSeedTwice_byteIdenticalPixels() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 10; seed++) {
            assertArrayEquals(renderer.renderPixels(seed, SIZE), renderer.renderPixels(seed, SIZE),
                    "seed " + seed);
        }
    }

    @Test
    void render_sameSeedOnAnotherThread_byteIdenticalPixels() throws InterruptedException {
        long seed = 77;
        int[][] other = new int[1][];
        Thread thread = new Thread(() -> other[0] = renderer.renderPixels(seed, SIZE));
        thread.start();
        thread.join();
        assertArrayEquals(renderer.renderPixels(seed, SIZE), other[0]);
    }

    @Test
    void render_differentSeeds_differentImages() {
        int[][] images = new int[SCENES][];
        for (int i = 0; i < SCENES; i++) {
            images[i] = renderer.renderPixels(FIRST_SEED + i, SIZE);
        }
        for (int i = 0; i < SCENES; i++) {
            for (int j = i + 1; j < SCENES; j++) {
                assertFalse(Arrays.equals(images[i], images[j]), "seeds " + i + " and " + j);
            }
        }
    }

    @Test
    void render_requestedSize_imageOfThatSizeMatchingPixels() {
        BufferedImage image = renderer.render(3, 48);
        assertEquals(48, image.getWidth());
        assertEquals(48, image.getHeight());
        int[] pixels = renderer.renderPixels(3, 48);
        assertEquals(pixels[47 * 48 + 5], image.getRGB(5, 47) & 0xFFFFFF);
    }

    @Test
    void render_sizeTooSmall_throws() {
        assertThrows(IllegalArgumentException.class, () -> renderer.render(1, 8));
    }

    @Test
    void render_manySeeds_imageHasDetailNotFlatColour() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 20; seed++) {
            int[] pixels = renderer.renderPixels(seed, SIZE);
            long distinct = Arrays.stream(pixels).distinct().count();
            assertTrue(distinct > 200, "seed " + seed + " has only " + distinct + " colours");
        }
    }

    @Test
    void labelsFor_manySeeds_everyLabelValueOccurs() {
        boolean[] times = new boolean[TimeOfDay.values().length];
        boolean[] grounds = new boolean[GroundType.values().length];
        int mountains = 0;
        int water = 0;
        int scenes = 400;
        for (long seed = 0; seed < scenes; seed++) {
            SceneLabels labels = renderer.labelsFor(seed);
            times[labels.timeOfDay().ordinal()] = true;
            grounds[labels.ground().ordinal()] = true;
            mountains += labels.hasMountains() ? 1 : 0;
            water += labels.hasWater() ? 1 : 0;
        }
        assertArrayEquals(new boolean[] {true, true, true, true}, times);
        assertArrayEquals(new boolean[] {true, true, true, true}, grounds);
        // Both values of each boolean label should be common, or a classifier learns little.
        assertTrue(mountains > scenes / 4 && mountains < scenes * 3 / 4, "mountains " + mountains);
        assertTrue(water > scenes / 4 && water < scenes * 3 / 4, "water " + water);
    }

    @Test
    void renderPixels_consecutiveSeeds_giveDifferentScenes() {
        // Speed belongs to bench; here: a hundred seeds give a hundred different pictures.
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(java.util.Arrays.hashCode(renderer.renderPixels(10_000 + i, SIZE)));
        }
        assertEquals(100, seen.size());
    }
}
