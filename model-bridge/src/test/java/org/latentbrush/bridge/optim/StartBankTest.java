package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.image.RasterImage;

class StartBankTest {

    /** A random 32×32 RGB model: its bank's thumbnails are 16×16, each the mean of a 2×2 block. */
    static GanModel model32() {
        ModelManifest manifest = new ModelManifest("tiny-32", "Tiny test model",
                new ArchitectureSpec(8, 32, 3, 8), -1, 1, "generator.params", Optional.empty(),
                "random weights", "CC0-1.0", Map.of("steps", 0));
        return GanModel.random(manifest, 3, Device.cpu(), TinyModels.SIGMA);
    }

    @Test
    void thumbSide_isTheLargestDivisorOfTheImageSideUpToSixteen() {
        assertEquals(16, StartBank.thumbSide(64));
        assertEquals(16, StartBank.thumbSide(32));
        assertEquals(16, StartBank.thumbSide(16));
        assertEquals(14, StartBank.thumbSide(28));
        assertEquals(12, StartBank.thumbSide(12));
        assertEquals(1, StartBank.thumbSide(17));
    }

    @Test
    void grow_rendersTheNextLatentsAndShrinksTheirPicturesToBlockMeans() {
        try (GanModel model = model32()) {
            StartBank bank = new StartBank(model.manifest(), 5);
            bank.grow(model, 3);
            assertEquals(3, bank.filled());
            assertFalse(bank.isComplete());
            bank.grow(model, 3);
            assertEquals(5, bank.filled(), "the last chunk stops at the capacity");
            assertTrue(bank.isComplete());

            int side = bank.thumbSide();
            for (int i = 0; i < 5; i++) {
                RasterImage picture = model.render(List.of(bank.latent(i))).get(0);
                float[] expected = new float[3 * side * side];
                for (int c = 0; c < 3; c++) {
                    for (int y = 0; y < 32; y++) {
                        for (int x = 0; x < 32; x++) {
                            expected[(c * side + y / 2) * side + x / 2] += picture.data()[(c * 32 + y) * 32 + x] / 4;
                        }
                    }
                }
                for (int k = 0; k < expected.length; k++) {
                    int stored = bank.thumbs()[i * expected.length + k] & 0xFF;
                    assertEquals(255 * expected[k], stored, 0.501, "latent " + i + ", value " + k);
                }
            }
        }
    }

    @Test
    void latents_areTheSameInEveryBank_soEditsDoNotDependOnWhenItWasBuilt() {
        ModelManifest manifest = TinyModels.manifest(false);
        StartBank one = new StartBank(manifest, 10);
        StartBank other = new StartBank(manifest, 10);
        assertArrayEquals(one.latent(7), other.latent(7));
        for (float v : one.latent(3)) {
            assertTrue(v >= -1 && v <= 1, "inside the prior's support");
        }
    }
}
