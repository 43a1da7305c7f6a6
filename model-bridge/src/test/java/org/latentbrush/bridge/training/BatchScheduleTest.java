package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchScheduleTest {

    @Test
    void imageIndex_finiteSource_visitsEveryImageOncePerEpoch() {
        BatchSchedule schedule = new BatchSchedule(new ColouredSquares(8, 10), 4, 1);
        Set<Long> first = new HashSet<>();
        Set<Long> second = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            first.add(schedule.imageIndex(i));
            second.add(schedule.imageIndex(10 + i));
        }
        assertEquals(10, first.size());
        assertEquals(first, second);
    }

    @Test
    void imageIndex_finiteSource_shufflesEpochsDifferently() {
        BatchSchedule schedule = new BatchSchedule(new ColouredSquares(8, 50), 4, 1);
        long[] first = new long[50];
        long[] second = new long[50];
        for (int i = 0; i < 50; i++) {
            first[i] = schedule.imageIndex(i);
            second[i] = schedule.imageIndex(50 + i);
        }
        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void images_sameStepInFreshSchedule_areIdentical() {
        float[] one = new BatchSchedule(new ColouredSquares(8, 30), 4, 5).images(7);
        float[] two = new BatchSchedule(new ColouredSquares(8, 30), 4, 5).images(7);
        assertArrayEquals(one, two);
    }

    @Test
    void latents_anyStep_areUniformInPriorAndDifferPerStep() {
        BatchSchedule schedule = new BatchSchedule(new ColouredSquares(8, -1), 16, 2);
        float[] a = schedule.latents(0, 100);
        float[] b = schedule.latents(1, 100);
        assertTrue(Arrays.equals(a, schedule.latents(0, 100)));
        assertFalse(Arrays.equals(a, b));
        double mean = 0;
        for (float v : a) {
            assertTrue(v >= -1 && v <= 1);
            mean += v / a.length;
        }
        assertEquals(0, mean, 0.05);
    }
}
