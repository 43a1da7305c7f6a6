package org.latentbrush.app.canvas;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.latentbrush.bridge.image.RasterImage;

/** Turns the model's small images into large, smoothly enlarged JavaFX images. */
public final class ResultImages {

    /** Fixed-point weights: 8 bits, so a blended value (255 · 2¹⁶) stays well inside an int. */
    private static final int BITS = 8;
    private static final int ONE = 1 << BITS;
    private static final int HALF = 1 << (2 * BITS - 1);

    private ResultImages() {}

    /**
     * Enlarges an image bilinearly to a square of the given side.
     *
     * @param image the model's image
     * @param side the side of the result in pixels
     * @return the enlarged image
     */
    public static WritableImage upscale(RasterImage image, int side) {
        byte[] big = upscaleBgra(image.toArgb(), image.width(), image.height(), side);
        WritableImage out = new WritableImage(side, side);
        // JavaFX keeps images as premultiplied BGRA bytes; opaque pixels are the same premultiplied,
        // so writing that format directly skips a conversion pass over every pixel.
        out.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getByteBgraPreInstance(), big, 0, side * 4);
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
        byte[] bgra = upscaleBgra(argb, w, h, side);
        int[] out = new int[side * side];
        for (int i = 0; i < out.length; i++) {
            out[i] = 0xFF000000 | (bgra[4 * i + 2] & 0xFF) << 16 | (bgra[4 * i + 1] & 0xFF) << 8 | bgra[4 * i] & 0xFF;
        }
        return out;
    }

    /**
     * The enlargement as opaque BGRA bytes, in fixed point: each live preview is enlarged on the
     * user-interface thread, and the floating-point version took two thirds of that thread's time
     * during a replay (profiled), delaying the pictures the optimiser had ready.
     */
    private static byte[] upscaleBgra(int[] argb, int w, int h, int side) {
        int[] x0 = new int[side];
        int[] x1 = new int[side];
        int[] fx = new int[side];
        for (int x = 0; x < side; x++) {
            double sx = Math.max(0, Math.min(w - 1, (x + 0.5) * w / side - 0.5));
            x0[x] = (int) sx;
            x1[x] = Math.min(w - 1, x0[x] + 1);
            fx[x] = (int) Math.round((sx - x0[x]) * ONE);
        }
        byte[] out = new byte[side * side * 4];
        // One source row pair blended per output row, per channel, in units of 1/ONE.
        int[] blue = new int[w];
        int[] green = new int[w];
        int[] red = new int[w];
        for (int y = 0; y < side; y++) {
            double sy = Math.max(0, Math.min(h - 1, (y + 0.5) * h / side - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(h - 1, y0 + 1);
            int fy = (int) Math.round((sy - y0) * ONE);
            int gy = ONE - fy;
            for (int j = 0; j < w; j++) {
                int top = argb[y0 * w + j];
                int bottom = argb[y1 * w + j];
                blue[j] = (top & 0xFF) * gy + (bottom & 0xFF) * fy;
                green[j] = ((top >> 8) & 0xFF) * gy + ((bottom >> 8) & 0xFF) * fy;
                red[j] = ((top >> 16) & 0xFF) * gy + ((bottom >> 16) & 0xFF) * fy;
            }
            int at = y * side * 4;
            for (int x = 0; x < side; x++, at += 4) {
                int a = x0[x];
                int b = x1[x];
                int f = fx[x];
                int g = ONE - f;
                out[at] = (byte) ((blue[a] * g + blue[b] * f + HALF) >> (2 * BITS));
                out[at + 1] = (byte) ((green[a] * g + green[b] * f + HALF) >> (2 * BITS));
                out[at + 2] = (byte) ((red[a] * g + red[b] * f + HALF) >> (2 * BITS));
                out[at + 3] = (byte) 0xFF;
            }
        }
        return out;
    }
}
