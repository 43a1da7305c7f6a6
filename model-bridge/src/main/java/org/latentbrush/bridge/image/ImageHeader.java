package org.latentbrush.bridge.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.latentbrush.bridge.io.FreeMemory;

/**
 * Judges an image by the size its header states, before it is decoded: a small file whose header
 * claims billions of pixels (a "decompression bomb"), or a real photo too large for the memory
 * left, is refused without allocating its pixels.
 *
 * <pre>{@code
 * Optional<String> problem = ImageHeader.check(file, ImageHeader.MAX_PIXELS,
 *         ImageHeader.DECODING_BYTES_PER_PIXEL, FreeMemory.heap());
 * }</pre>
 */
public final class ImageHeader {

    /** 100 megapixels: larger than any camera photo, and 400 MB as packed RGB. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** What decoding takes per pixel: the decoder's own raster of up to 4 bytes, and a packed RGB copy. */
    public static final long DECODING_BYTES_PER_PIXEL = 8;

    private static final double PIXELS_PER_MEGAPIXEL = 1e6;

    private ImageHeader() {}

    /**
     * What is wrong with decoding an image of a size, if anything.
     *
     * @param width the width the header states
     * @param height the height the header states
     * @param maxPixels the most pixels an image may have
     * @param bytesPerPixel the memory decoding takes per pixel, all copies included
     * @param memory the memory left
     * @return the problem, in words to follow the file's name, or empty when it may be decoded
     */
    public static Optional<String> sizeProblem(int width, int height, long maxPixels, long bytesPerPixel,
            FreeMemory memory) {
        long pixels = (long) width * height;
        if (width < 1 || height < 1) {
            return Optional.of("the header says the image is " + width + "x" + height + " pixels");
        }
        if (pixels > maxPixels) {
            return Optional.of(String.format(Locale.ROOT, "%dx%d pixels (%.1f megapixels) is more than the limit "
                    + "of %.0f megapixels", width, height, pixels / PIXELS_PER_MEGAPIXEL,
                    maxPixels / PIXELS_PER_MEGAPIXEL));
        }
        long needed = pixels * bytesPerPixel;
        if (!memory.fits(needed)) {
            return Optional.of(String.format(Locale.ROOT, "%.1f megapixels need about %d MB of memory to open, "
                    + "more than the %d MB free; give the program more memory (-Xmx, e.g. "
                    + "LATENT_BRUSH_JAVA_OPTS=-Xmx4g) or use a smaller photo", pixels / PIXELS_PER_MEGAPIXEL,
                    needed >> 20, memory.bytes() >> 20));
        }
        return Optional.empty();
    }

    /**
     * Reads an image file's header, in any format ImageIO knows, and judges its size.
     *
     * @param file the image file
     * @param maxPixels the most pixels an image may have
     * @param bytesPerPixel the memory decoding takes per pixel, all copies included
     * @param memory the memory left
     * @return the problem, or empty when it may be decoded or its header cannot be read (decoding
     *     then says what is wrong)
     * @throws IOException if the file cannot be opened
     */
    public static Optional<String> check(Path file, long maxPixels, long bytesPerPixel, FreeMemory memory)
            throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return sizeProblem(reader.getWidth(0), reader.getHeight(0), maxPixels, bytesPerPixel, memory);
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // A damaged header: decoding names the problem.
            } finally {
                reader.dispose();
            }
        }
    }
}
