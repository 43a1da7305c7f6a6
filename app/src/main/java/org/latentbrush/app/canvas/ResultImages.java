package org.latentbrush.app.canvas;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.latentbrush.bridge.image.RasterImage;

/** Turns the model's small images into large, smoothly enlarged JavaFX images. */
public final class ResultImages {

    private ResultImages() {}

    /**
     * Enlarges an image bilinearly to a square of the given side.
     *
     * @param image the model's image
     * @param side the side of the result in pixels
     * @return the enlarged image
     */
    public static WritableImage upscale(RasterImage image, int side) {
        int[] big = upscaleArgb(image.toArgb(), image.width(), image.height(), side);
        WritableImage out = new WritableImage(side, side);
        out.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), big, 0, side);
        return out;
    }

    /**
     * Bilinear enlargement of packed opaque pixels, sampling at pixel centres.
     *
     * @param argb row-major pixels
     * @param w width
     * @param h height
     * @param side side of the square result
     * @return the result's pixels
     */
    static int[] upscaleArgb(int[] argb, int w, int h, int side) {
        int[] out = new int[side * side];
        for (int y = 0; y < side; y++) {
            double sy = Math.max(0, Math.min(h - 1, (y + 0.5) * h / side - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(h - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < side; x++) {
                double sx = Math.max(0, Math.min(w - 1, (x + 0.5) * w / side - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(w - 1, x0 + 1);
                double fx = sx - x0;
                int a = argb[y0 * w + x0];
                int b = argb[y0 * w + x1];
                int c = argb[y1 * w + x0];
                int d = argb[y1 * w + x1];
                int r = mix(a >> 16, b >> 16, c >> 16, d >> 16, fx, fy);
                int g = mix(a >> 8, b >> 8, c >> 8, d >> 8, fx, fy);
                int bl = mix(a, b, c, d, fx, fy);
                out[y * side + x] = 0xFF000000 | r << 16 | g << 8 | bl;
            }
        }
        return out;
    }

    private static int mix(int a, int b, int c, int d, double fx, double fy) {
        double top = (a & 0xFF) * (1 - fx) + (b & 0xFF) * fx;
        double bottom = (c & 0xFF) * (1 - fx) + (d & 0xFF) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }
}
