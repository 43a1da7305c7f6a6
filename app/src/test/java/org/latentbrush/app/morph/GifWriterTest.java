package org.latentbrush.app.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class GifWriterTest {

    @TempDir
    Path dir;

    @Test
    void write_threeFrames_readsBackThreeFramesThatLoop() throws Exception {
        List<BufferedImage> frames = List.of(solid(0xFF0000), solid(0x00FF00), solid(0x0000FF));
        Path file = dir.resolve("morph.gif");
        GifWriter.write(frames, /* delayMillis= */ 80, file);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            assertEquals(0xFF0000, reader.read(0).getRGB(1, 1) & 0xFFFFFF);
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            assertTrue(containsLoop(root), "NETSCAPE2.0 loop extension");
        } finally {
            reader.dispose();
        }
    }

    private static boolean containsLoop(Node node) {
        if ("ApplicationExtension".equals(node.getNodeName())
                && "NETSCAPE".equals(node.getAttributes().getNamedItem("applicationID").getNodeValue())) {
            return true;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (containsLoop(c)) {
                return true;
            }
        }
        return false;
    }

    private static BufferedImage solid(int rgb) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}
