package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.generator.ModelManifest;

/** The models that ship in assets/: they load, draw varied images in range, and fit the size cap. */
class BuiltInModelsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final long MAX_WEIGHT_BYTES = 20L * 1024 * 1024;

    @BeforeAll
    static void useRepositoryAssets() {
        System.setProperty("latentbrush.assets", ROOT.resolve("assets").toString());
    }

    static List<String> builtInModels() {
        System.setProperty("latentbrush.assets", ROOT.resolve("assets").toString());
        return ModelLocator.builtInNames();
    }

    @ParameterizedTest
    @MethodSource("builtInModels")
    void builtInModel_drawsVariedImagesInItsStatedRange(String name) throws Exception {
        try (GanModel model = GanModel.open(name, Device.cpu());
                NDManager scope = model.manager().newSubManager()) {
            ModelManifest mf = model.manifest();
            NDArray z = scope.create(uniform(8 * mf.latentSize(), 7), new Shape(8, mf.latentSize()));
            float[] pixels = model.generate(z).toFloatArray();
            int perImage = pixels.length / 8;
            for (float v : pixels) {
                assertFalse(Float.isNaN(v), name + " drew NaN");
                assertTrue(v >= mf.valueLow() - 1e-4 && v <= mf.valueHigh() + 1e-4, name + " value " + v);
            }
            // Different latents draw different images: a trained model that ignores z has collapsed.
            double spread = 0;
            for (int i = 0; i < perImage; i++) {
                spread += Math.abs(pixels[i] - pixels[perImage + i]);
            }
            assertTrue(spread / perImage > 0.02, name + ": two latents drew nearly the same image");
        }
    }

    @ParameterizedTest
    @MethodSource("builtInModels")
    void builtInModel_shipsSmallWeightsSamplesAndATrainingRecord(String name) throws Exception {
        Path folder = ModelLocator.resolve(name);
        try (GanModel model = GanModel.load(folder, Device.cpu())) {
            ModelManifest mf = model.manifest();
            assertTrue(Files.size(folder.resolve(mf.generatorFile())) <= MAX_WEIGHT_BYTES, name + " weights too big");
            assertTrue(((Number) mf.training().get("steps")).intValue() > 0, name + " has no training record");
            assertFalse(mf.licence().isBlank());
            assertTrue(ImageIO.read(folder.resolve("samples.png").toFile()).getWidth() > 0);
        }
    }

    /**
     * An encoder worth shipping reads a generated image back to a latent whose image is closer to
     * the original than a random latent's image is.
     */
    @ParameterizedTest
    @MethodSource("builtInModels")
    void builtInEncoder_readsGeneratedImagesBackCloserThanChance(String name) throws Exception {
        try (GanModel model = GanModel.open(name, Device.cpu());
                NDManager scope = model.manager().newSubManager()) {
            assertTrue(model.hasEncoder(), name + " ships no encoder");
            int n = 16;
            int latent = model.manifest().latentSize();
            NDArray images = model.generate(scope.create(uniform(n * latent, 11), new Shape(n, latent)));
            NDArray guessed = model.generate(model.encode(images).orElseThrow());
            NDArray random = model.generate(scope.create(uniform(n * latent, 12), new Shape(n, latent)));
            double viaEncoder = images.sub(guessed).square().mean().getFloat();
            double byChance = images.sub(random).square().mean().getFloat();
            assertTrue(viaEncoder < byChance / 2, name + ": encoder " + viaEncoder + " vs chance " + byChance);
        }
    }

    private static float[] uniform(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (2 * random.nextDouble() - 1);
        }
        return values;
    }
}
