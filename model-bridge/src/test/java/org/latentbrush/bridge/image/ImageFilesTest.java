package org.latentbrush.bridge.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir
    Path dir;

    @Test
    void writePng_greyImage_writesOneChannelWithTheSameValues() throws Exception {
        float[] ramp = new float[4 * 2];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i / (float) (ramp.length - 1);
        }
        Path file = dir.resolve("grey.png");
        ImageFiles.writePng(new RasterImage(4, 2, 1, ramp), file, 1);
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(1, read.getRaster().getNumBands());
        for (int i = 0; i < ramp.length; i++) {
            assertEquals(Math.round(ramp[i] * 255), read.getRaster().getSample(i % 4, i / 4, 0),
                    "pixel " + i);
        }
    }

    @Test
    void writePng_colourImage_keepsThreeChannels() throws Exception {
        float[] red = new float[3 * 2 * 2];
        java.util.Arrays.fill(red, 0, 4, 1f);
        Path file = dir.resolve("red.png");
        ImageFiles.writePng(new RasterImage(2, 2, 3, red), file, 2);
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(3, read.getRaster().getNumBands());
        assertEquals(0xFF0000, read.getRGB(3, 3) & 0xFFFFFF);
    }
}
