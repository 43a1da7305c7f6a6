package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

class ModeSeekingLossTest {

    @Test
    void of_imagesTwiceAsFarApartAsLatents_isOneHalf() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // Pairs (0, 2) and (1, 3): images differ by 1 per pixel, latents by 0.5 per value.
            NDArray images = manager.create(new float[] {0, 0, 1, 1}, new Shape(4, 1, 1, 1));
            NDArray latents = manager.create(new float[] {0, 0, 0, 0, 0.5f, 0.5f, 0.5f, 0.5f},
                    new Shape(4, 2));
            assertEquals(0.5f, ModeSeekingLoss.of(images, latents).getFloat(), 1e-4f);
        }
    }

    @Test
    void of_sameImageForEveryLatent_isVeryLarge() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray images = manager.ones(new Shape(4, 3, 2, 2));
            NDArray latents = manager.randomUniform(-1, 1, new Shape(4, 8));
            assertTrue(ModeSeekingLoss.of(images, latents).getFloat() > 1e4f);
        }
    }

    @Test
    void of_moreVariedImages_isSmaller() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray latents = manager.randomUniform(-1, 1, new Shape(8, 8));
            NDArray images = manager.randomUniform(-0.1f, 0.1f, new Shape(8, 3, 4, 4));
            float close = ModeSeekingLoss.of(images, latents).getFloat();
            float apart = ModeSeekingLoss.of(images.mul(5), latents).getFloat();
            assertEquals(close / 5, apart, close * 1e-3f);
        }
    }

    @Test
    void capped_imagesAsVariedAsRealOnes_isZeroAndPushesNoFurther() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray latents = manager.create(new float[] {0, 0, 0.5f, 0.5f}, new Shape(4, 1));
            // Pairs (0, 2) and (1, 3): real images differ by 1, generated ones by 2.
            NDArray real = manager.create(new float[] {0, 0, 1, 1}, new Shape(4, 1, 1, 1));
            NDArray images = manager.create(new float[] {0, 0, 2, 2}, new Shape(4, 1, 1, 1));
            images.setRequiresGradient(true);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray term = ModeSeekingLoss.capped(images, latents, real);
                collector.backward(term);
                assertEquals(0f, term.getFloat(), 0f);
            }
            assertEquals(0f, images.getGradient().abs().sum().getFloat(), 0f);
        }
    }

    @Test
    void capped_imagesLessVariedThanRealOnes_isTheUncappedTermLessTheReals() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray latents = manager.create(new float[] {0, 0, 0.5f, 0.5f}, new Shape(4, 1));
            NDArray real = manager.create(new float[] {0, 0, 1, 1}, new Shape(4, 1, 1, 1));
            // Generated pairs differ by 0.25: ratio 0.5 against the reals' 2, terms 2 and 0.5.
            NDArray images = manager.create(new float[] {0, 0, 0.25f, 0.25f}, new Shape(4, 1, 1, 1));
            images.setRequiresGradient(true);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray term = ModeSeekingLoss.capped(images, latents, real);
                collector.backward(term);
                assertEquals(1.5f, term.getFloat(), 1e-3f);
            }
            // The push is the uncapped term's: apart, for the image that is larger in its pair.
            assertTrue(images.getGradient().getFloat(2, 0, 0, 0) < 0);
        }
    }
}
