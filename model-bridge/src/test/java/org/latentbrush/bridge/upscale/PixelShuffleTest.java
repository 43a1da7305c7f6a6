package org.latentbrush.bridge.upscale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** Tests {@link PixelShuffle} and {@link SmoothBase} against plain-loop references. */
class PixelShuffleTest {

    @Test
    void shuffle_placesEachPhaseChannelAtItsOutputPhase() {
        int batch = 2;
        int channels = 3;
        int s = 4;
        int h = 3;
        int w = 5;
        float[] input = new float[batch * channels * s * s * h * w];
        for (int i = 0; i < input.length; i++) {
            input[i] = i;
        }
        float[] expected = new float[input.length];
        // PyTorch's pixel_shuffle: out[b, c, y*s + i, x*s + j] = in[b, c*s*s + i*s + j, y, x].
        for (int b = 0; b < batch; b++) {
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < s; i++) {
                    for (int j = 0; j < s; j++) {
                        for (int y = 0; y < h; y++) {
                            for (int x = 0; x < w; x++) {
                                int from = (((b * channels * s * s) + c * s * s + i * s + j) * h + y) * w + x;
                                int to = ((b * channels + c) * h * s + y * s + i) * w * s + x * s + j;
                                expected[to] = input[from];
                            }
                        }
                    }
                }
            }
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray out = PixelShuffle.apply(manager.create(input, new Shape(batch, channels * s * s, h, w)), s);
            assertEquals(new Shape(batch, channels, h * s, w * s), out.getShape());
            assertArrayEquals(expected, out.toFloatArray());
        }
    }

    @Test
    void smoothBase_equalsLinearEnlargementWithEdgesRepeated() {
        int h = 5;
        int w = 7;
        float[] pixels = new float[3 * h * w];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) ((i * 37 % 101) / 101.0);
        }
        org.latentbrush.bridge.image.RasterImage image = new org.latentbrush.bridge.image.RasterImage(w, h, 3, pixels);
        float[] expected = org.latentbrush.bridge.image.SmoothScaling.scale(image, 4).data();
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] actual = new SmoothBase(manager, 3, 4).apply(manager.create(pixels, new Shape(1, 3, h, w)))
                    .toFloatArray();
            assertArrayEquals(expected, actual, 1e-5f);
        }
    }

    @Test
    void smoothBase_makesItsKernelOnceInItsOwner_andPassesOnlyReadIt() {
        Shape kernel = new Shape(3 * 4 * 4, 1, 3, 3);
        try (NDManager owner = NDManager.newBaseManager()) {
            SmoothBase base = new SmoothBase(owner, 3, 4);
            for (int pass = 0; pass < 2; pass++) {
                try (NDManager scope = owner.newSubManager()) {
                    NDArray out = base.apply(scope.ones(new Shape(1, 3, 5, 7)));
                    assertEquals(scope, out.getManager(), "a pass's result belongs to its input's manager");
                    assertTrue(scope.getManagedArrays().stream().noneMatch(a -> a.getShape().equals(kernel)),
                            "pass " + pass + " made a kernel of its own");
                }
            }
            assertEquals(1, owner.getManagedArrays().stream().filter(a -> a.getShape().equals(kernel)).count());
        }
    }
}
