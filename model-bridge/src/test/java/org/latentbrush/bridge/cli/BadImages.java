package org.latentbrush.bridge.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Writes broken image files by name: a truncated PNG, text called .jpg, a PNG claiming 60000². */
final class BadImages {

    private BadImages() {}

    /**
     * Writes the bad file a name describes; {@code missing.png} is not written.
     *
     * @param dir the folder
     * @param name truncated.png, notes.jpg, bomb.png or missing.png
     * @return the file
     */
    static Path write(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        switch (name) {
            case "truncated.png" -> {
                byte[] png = png(64);
                Files.write(file, Arrays.copyOf(png, png.length / 2));
            }
            case "notes.jpg" -> Files.writeString(file, "eggs, milk", StandardCharsets.UTF_8);
            case "bomb.png" -> {
                byte[] png = png(8);
                ByteBuffer.wrap(png, 16, 8).putInt(60000).putInt(60000); // IHDR width and height
                CRC32 crc = new CRC32();
                crc.update(png, 12, 17);
                ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
                Files.write(file, png);
            }
            case "missing.png" -> Files.deleteIfExists(file);
            default -> throw new IllegalArgumentException(name);
        }
        return file;
    }

    /**
     * Writes a valid strokes file on a 40×30 canvas (one red stroke), for commands whose photo or
     * option is the bad input.
     *
     * @param file the file to write
     */
    static void writeStrokes(Path file) throws IOException {
        Files.writeString(file, "{\"format\": \"latent-brush-strokes\", \"version\": 1, "
                + "\"canvas\": {\"width\": 40, \"height\": 30}, \"strokes\": [{\"tool\": \"color\", "
                + "\"color\": \"#ff0000\", \"radius\": 3, \"points\": [[5, 5], [9, 9]]}]}");
    }

    /**
     * A good image of smooth gradients, to write as a photo a command accepts or to break.
     *
     * @param width its width
     * @param height its height
     * @return the image
     */
    static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 90);
            }
        }
        return image;
    }

    private static byte[] png(int side) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, x * 7919 + y * 104729);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
