package org.latentbrush.bridge.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.latentbrush.bridge.io.AtomicFiles;

/** Writes raster images as PNG files, optionally upscaled, and lays several out in a grid. */
public final class ImageFiles {

    private ImageFiles() {}

    /**
     * Writes a PNG atomically.
     *
     * @param image the image
     * @param file the target
     * @param scale integer upscaling factor (1 for the model's own size), bilinear
     * @throws IOException if it cannot be written
     */
    public static void writePng(RasterImage image, Path file, int scale) throws IOException {
        BufferedImage rgb = scaled(image.toBufferedImage(), scale);
        writePng(image.channels() == 1 ? grey(rgb) : rgb, file);
    }

    /**
     * The red channel of an RGB image whose three channels are equal, as an 8-bit grey image:
     * a grey model's PNG then has one channel, as the model does.
     *
     * <p>The bytes are copied into the raster rather than drawn, because Java2D converts between
     * its linear grey colour space and sRGB when drawing, which would change every value.
     */
    static BufferedImage grey(BufferedImage rgb) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        int[] red = rgb.getRaster().getSamples(0, 0, width, height, 0, (int[]) null);
        grey.getRaster().setSamples(0, 0, width, height, 0, red);
        return grey;
    }

    /**
     * Writes a PNG atomically.
     *
     * @param image the image
     * @param file the target
     * @throws IOException if it cannot be written
     */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    /**
     * Lays images out in rows, left to right, with a one-pixel gap.
     *
     * @param images same-sized images
     * @param columns images per row
     * @param scale upscaling factor for each image
     * @return the grid
     */
    public static BufferedImage grid(List<RasterImage> images, int columns, int scale) {
        int cell = images.get(0).width() * scale;
        int cellH = images.get(0).height() * scale;
        int rows = (images.size() + columns - 1) / columns;
        int gap = 1;
        BufferedImage grid = new BufferedImage(columns * (cell + gap) - gap, rows * (cellH + gap) - gap,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        for (int i = 0; i < images.size(); i++) {
            g.drawImage(scaled(images.get(i).toBufferedImage(), scale), (i % columns) * (cell + gap),
                    (i / columns) * (cellH + gap), null);
        }
        g.dispose();
        return grid;
    }

    /** Upscales smoothly; GAN images are tiny and look best bilinearly enlarged. */
    public static BufferedImage scaled(BufferedImage image, int scale) {
        if (scale <= 1) {
            return image;
        }
        BufferedImage big = new BufferedImage(image.getWidth() * scale, image.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, big.getWidth(), big.getHeight(), null);
        g.dispose();
        return big;
    }
}
