package org.latentbrush.bridge.training.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A square RGB drawing surface that painters reach both pixel by pixel (fast gradients, noise,
 * reflections) and through antialiased Java2D (tree and rock shapes).
 */
final class PixelCanvas {

    final int size;
    /** Row-major 0xRRGGBB pixels, shared with {@link #image}. */
    final int[] pixels;
    private final BufferedImage image;
    private Graphics2D graphics;

    PixelCanvas(int size) {
        this.size = size;
        this.image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    int get(int x, int y) {
        return pixels[y * size + x];
    }

    void set(int x, int y, int rgb) {
        pixels[y * size + x] = rgb;
    }

    /** Blends {@code rgb} over the pixel with opacity {@code alpha} in [0, 1]. */
    void blend(int x, int y, int rgb, double alpha) {
        int i = y * size + x;
        pixels[i] = Rgb.mix(pixels[i], rgb, alpha);
    }

    /** The antialiased Java2D view of this canvas, created on first use. */
    Graphics2D graphics() {
        if (graphics == null) {
            graphics = image.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING,
                    RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL,
                    RenderingHints.VALUE_STROKE_PURE);
        }
        return graphics;
    }

    /** Releases the Java2D context, if one was created. */
    void dispose() {
        if (graphics != null) {
            graphics.dispose();
            graphics = null;
        }
    }
}
