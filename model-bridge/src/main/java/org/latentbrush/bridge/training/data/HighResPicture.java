package org.latentbrush.bridge.training.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.latentbrush.bridge.image.ImageHeader;
import org.latentbrush.bridge.io.FreeMemory;
import org.latentbrush.bridge.io.IoMessages;

/**
 * One sharp picture that super-resolution patches are cut from: packed 0xRRGGBB pixels.
 *
 * @param origin where it came from, for messages and the training record
 * @param width width in pixels
 * @param height height in pixels
 * @param pixels row-major packed RGB
 */
public record HighResPicture(String origin, int width, int height, int[] pixels) {

    /**
     * Renders a landscape at a size where its edges and textures are sharp.
     *
     * @param renderer the renderer
     * @param seed the scene
     * @param size the side in pixels
     * @return the picture
     */
    public static HighResPicture render(LandscapeRenderer renderer, long seed, int size) {
        return new HighResPicture("render " + seed, size, size, renderer.renderPixels(seed, size));
    }

    /**
     * Reads a photograph, shrunk (by area averaging) so that its longer side is at most
     * {@code maxSide}: shrinking removes camera noise and compression blocks, which an upscaler
     * must not learn to draw.
     *
     * @param file the image file
     * @param maxSide the longest side kept
     * @return the picture
     * @throws IOException if the file cannot be read, is not an image or is too large to decode; the
     *     message does not repeat the file's name
     */
    public static HighResPicture read(Path file, int maxSide) throws IOException {
        if (Files.size(file) == 0) {
            throw new IOException(IoMessages.EMPTY_FILE);
        }
        // Judged by its header first: a decompression bomb among the photos must not fill the memory.
        Optional<String> problem = ImageHeader.check(file, ImageHeader.MAX_PIXELS,
                ImageHeader.DECODING_BYTES_PER_PIXEL, FreeMemory.heap());
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
            throw new IOException("not an image any installed decoder recognises");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xFFFFFF;
        }
        double shrink = Math.min(1.0, (double) maxSide / Math.max(w, h));
        if (shrink < 1) {
            int dw = Math.max(1, (int) Math.round(w * shrink));
            int dh = Math.max(1, (int) Math.round(h * shrink));
            pixels = Resampler.resize(pixels, w, h, dw, dh);
            w = dw;
            h = dh;
        }
        return new HighResPicture("photo " + file.getFileName(), w, h, pixels);
    }
}
