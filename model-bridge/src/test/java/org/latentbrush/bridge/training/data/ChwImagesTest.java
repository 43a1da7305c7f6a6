package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Tests {@link ChwImages}. */
class ChwImagesTest {

    @Test
    void toUnitAndToByte_extremesAndRoundTrip() {
        assertEquals(-1f, ChwImages.toUnit(0));
        assertEquals(1f, ChwImages.toUnit(255));
        for (int v = 0; v <= 255; v++) {
            assertEquals(v, ChwImages.toByte(ChwImages.toUnit(v)));
        }
        assertEquals(0, ChwImages.toByte(-3f));
        assertEquals(255, ChwImages.toByte(2f));
    }

    @Test
    void writeRgbThenToImage_rgb_pixelsSurviveRoundTrip() {
        int[] rgb = {0x102030, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000};
        float[] chw = new float[2 + 3 * rgb.length];
        ChwImages.writeRgb(rgb, 3, 2, 3, chw, 2);
        assertEquals(ChwImages.toUnit(0x10), chw[2]);
        assertEquals(ChwImages.toUnit(0x20), chw[2 + 6]);
        assertEquals(ChwImages.toUnit(0x30), chw[2 + 12]);
        BufferedImage image = ChwImages.toImage(chw, 2, 3, 3, 2);
        for (int i = 0; i < rgb.length; i++) {
            assertEquals(rgb[i], image.getRGB(i % 3, i / 3) & 0xFFFFFF, "pixel " + i);
        }
    }

    @Test
    void writeRgb_grey_writesRoundedLuma() {
        int[] rgb = {Rgb.of(200, 100, 50)};
        float[] chw = new float[1];
        ChwImages.writeRgb(rgb, 1, 1, 1, chw, 0);
        double luma = 0.299 * 200 + 0.587 * 100 + 0.114 * 50;
        assertEquals(luma / 127.5 - 1, chw[0], 1e-5);
        BufferedImage image = ChwImages.toImage(chw, 0, 1, 1, 1);
        int v = (int) Math.round(luma);
        assertEquals((v << 16) | (v << 8) | v, image.getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void writeRgb_twoChannels_throws() {
        assertThrows(IllegalArgumentException.class,
                () -> ChwImages.writeRgb(new int[1], 1, 1, 2, new float[2], 0));
    }
}
