package org.latentbrush.bridge.upscale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ParameterFiles;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.image.SmoothScaling;

/** Tests {@link Upscaler} and {@link Enlarger}: sizes, range, tiling, saving, fallback. */
class UpscalerTest {

    private static final UpscalerSpec SMALL = new UpscalerSpec(4, 3, 8, 2);

    @TempDir
    Path dir;

    @Test
    void upscale_givesFourTimesTheSizeWithValuesInRange() {
        try (Upscaler upscaler = Upscaler.untrained(SMALL, 3, Device.cpu())) {
            RasterImage out = upscaler.upscale(noise(12, 9, 1));
            assertEquals(48, out.width());
            assertEquals(36, out.height());
            for (float v : out.data()) {
                assertTrue(v >= 0 && v <= 1, "value " + v);
            }
        }
    }

    @Test
    void untrainedUpscaler_isCloseToSmoothScaling_becauseItsDetailStartsSmall() {
        RasterImage image = noise(16, 16, 2);
        try (Upscaler upscaler = Upscaler.untrained(SMALL, 3, Device.cpu())) {
            float[] learned = upscaler.upscale(image).data();
            float[] smooth = SmoothScaling.scale(image, 4).data();
            double error = 0;
            for (int i = 0; i < learned.length; i++) {
                error += Math.abs(learned[i] - smooth[i]);
            }
            assertTrue(error / learned.length < 0.05, "mean difference " + error / learned.length);
        }
    }

    @Test
    void upscaler_opensWhileGradientsAreRecorded() {
        // A thread that ran an optimiser may still record gradients; building an upscaler there must
        // not change a parameter in place (the built-in model failed to open in the editor this way).
        try (ai.djl.training.GradientCollector collector =
                ai.djl.engine.Engine.getInstance().newGradientCollector();
                Upscaler upscaler = Upscaler.untrained(SMALL, 3, Device.cpu())) {
            assertEquals(32, upscaler.upscale(noise(8, 8, 1)).width());
        }
    }

    @Test
    void tiledResult_equalsTheWholeOne() {
        RasterImage image = noise(37, 29, 4);
        try (Upscaler upscaler = Upscaler.untrained(SMALL, 5, Device.cpu())) {
            assertArrayEquals(upscaler.upscale(image, 1000).data(), upscaler.upscale(image, 10).data(), 1e-5f);
        }
    }

    @Test
    void upscaleBy_reachesEveryWholeFactor() {
        RasterImage image = noise(10, 6, 5);
        try (Upscaler upscaler = Upscaler.untrained(SMALL, 5, Device.cpu())) {
            for (int factor : new int[] {1, 2, 3, 4, 6, 8}) {
                RasterImage out = upscaler.upscaleBy(image, factor);
                assertEquals(10 * factor, out.width());
                assertEquals(6 * factor, out.height());
            }
        }
    }

    @Test
    void savedUpscaler_loadsAndEnlargesIdentically() throws Exception {
        RasterImage image = noise(9, 9, 6);
        Path folder = dir.resolve("up");
        float[] before;
        try (Upscaler upscaler = Upscaler.untrained(SMALL, 7, Device.cpu())) {
            before = upscaler.upscale(image).data();
            UpscalerFolders.write(upscaler, folder);
        }
        try (Upscaler loaded = Upscaler.load(folder, Device.cpu())) {
            assertArrayEquals(before, loaded.upscale(image).data(), 0f);
        }
    }

    @Test
    void truncatedWeights_areRefusedNamingTheFile() throws Exception {
        Path folder = dir.resolve("up");
        try (Upscaler upscaler = Upscaler.untrained(SMALL, 7, Device.cpu())) {
            UpscalerFolders.write(upscaler, folder);
        }
        Path weights = folder.resolve(UpscalerManifest.WEIGHTS_FILE);
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> Upscaler.load(folder, Device.cpu()));
        assertTrue(e.getMessage().startsWith(weights + ": file is truncated"), e.getMessage());
    }

    @Test
    void greyImage_isRefusedByAnRgbUpscaler_withAClearMessage() {
        try (Upscaler upscaler = Upscaler.untrained(SMALL, 7, Device.cpu())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> upscaler.upscale(new RasterImage(4, 4, 1, new float[16])));
            assertTrue(e.getMessage().contains("3-channel"), e.getMessage());
        }
    }

    @Test
    void modelWithoutUpscaler_fallsBackToSmoothScaling_andSaysSo() {
        try (Enlarger enlarger = Enlarger.forModel(org.latentbrush.bridge.TinyModels.manifest(false), Device.cpu())) {
            RasterImage image = noise(8, 8, 8);
            assertTrue(!enlarger.learned());
            assertTrue(enlarger.description().startsWith("smooth scaling"), enlarger.description());
            assertArrayEquals(SmoothScaling.scale(image, 3).data(), enlarger.enlarge(image, 3).data(), 0f);
        }
    }

    @Test
    void modelNamingAMissingUpscaler_fallsBackAndNamesIt() {
        var manifest = org.latentbrush.bridge.TinyModels.manifest(false).withUpscaler(Optional.of("no-such-upscaler"));
        try (Enlarger enlarger = Enlarger.forModel(manifest, Device.cpu())) {
            assertTrue(!enlarger.learned());
            assertTrue(enlarger.description().contains("no-such-upscaler"), enlarger.description());
        }
    }

    @Test
    void enlargerThroughAnUpscaler_usesIt() throws Exception {
        RasterImage image = noise(8, 8, 9);
        try (Upscaler upscaler = Upscaler.untrained(SMALL, 7, Device.cpu())) {
            float[] expected = upscaler.upscale(image).data();
            Enlarger enlarger = Enlarger.through(upscaler);
            assertTrue(enlarger.learned());
            assertArrayEquals(expected, enlarger.enlarge(image, 4).data(), 0f);
        }
    }

    static RasterImage noise(int w, int h, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] data = new float[3 * w * h];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextDouble();
        }
        return new RasterImage(w, h, 3, data);
    }

    /** Writes an upscaler's folder the way training does. */
    static final class UpscalerFolders {
        private UpscalerFolders() {}

        static void write(Upscaler upscaler, Path folder) throws Exception {
            Files.createDirectories(folder);
            ParameterFiles.save(upscaler.network(), folder.resolve(UpscalerManifest.WEIGHTS_FILE));
            UpscalerManifestWriter.write(new UpscalerManifest("test-x4", "Test", upscaler.manifest().spec(),
                    UpscalerManifest.WEIGHTS_FILE, "test", List.of(new UpscalerManifest.Source("noise", "none")),
                    Map.of()), folder.resolve(UpscalerManifest.FILE_NAME));
        }
    }
}
