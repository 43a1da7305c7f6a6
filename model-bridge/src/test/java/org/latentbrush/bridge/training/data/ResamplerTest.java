package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tests {@link Resampler}. */
class ResamplerTest {

    @Test
    void resize_halving_averagesEachTwoByTwoBlock() {
        int[] src = {
            Rgb.of(0, 0, 0), Rgb.of(100, 0, 0), Rgb.of(10, 10, 10), Rgb.of(10, 10, 10),
            Rgb.of(0, 40, 0), Rgb.of(100, 0, 200), Rgb.of(10, 10, 10), Rgb.of(10, 10, 10),
        };
        int[] out = Resampler.resize(src, 4, 2, 2, 1);
        assertArrayEquals(new int[] {Rgb.of(50, 10, 50), Rgb.of(10, 10, 10)}, out);
    }

    @Test
    void resize_nonIntegerShrink_weighsPartialPixelsByCoverage() {
        // Three source pixels into two: target 0 covers 1 + half of pixel 1.
        int[] src = {Rgb.of(0, 0, 0), Rgb.of(90, 90, 90), Rgb.of(180, 180, 180)};
        int[] out = Resampler.resize(src, 3, 1, 2, 1);
        assertEquals(Rgb.of(30, 30, 30), out[0]);
        assertEquals(Rgb.of(150, 150, 150), out[1]);
    }

    @Test
    void resize_enlarge_interpolatesLinearlyBetweenNeighbours() {
        int[] src = {Rgb.of(0, 0, 0), Rgb.of(200, 200, 200)};
        int[] out = Resampler.resize(src, 2, 1, 4, 1);
        assertArrayEquals(new int[] {Rgb.of(0, 0, 0), Rgb.of(50, 50, 50), Rgb.of(150, 150, 150),
            Rgb.of(200, 200, 200)}, out);
    }
}
