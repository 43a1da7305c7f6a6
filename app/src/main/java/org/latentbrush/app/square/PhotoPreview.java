package org.latentbrush.app.square;

import org.latentbrush.bridge.api.EditablePhoto;

/** The whole photo at a view's size, for the square chooser. */
public final class PhotoPreview {

    /**
     * At most this many samples per view pixel along each axis: enough to average away the moiré
     * of a large photo shrunk to a dialog, and fast enough for 12 megapixels on opening.
     */
    private static final int MAX_SAMPLES = 4;

    private PhotoPreview() {}

    /**
     * Shrinks (or enlarges) a photo to the fit's view size, averaging a grid of samples under each
     * view pixel.
     *
     * @param photo the photo
     * @param fit its fit, made for the photo's size
     * @return opaque packed ARGB pixels, row-major, {@code fit.viewWidth()} wide
     */
    public static int[] argb(EditablePhoto photo, PhotoFit fit) {
        int w = fit.viewWidth();
        int h = fit.viewHeight();
        double step = fit.toPhoto(1);
        int samples = Math.max(1, Math.min(MAX_SAMPLES, (int) Math.ceil(step)));
        int[] out = new int[w * h];
        for (int vy = 0; vy < h; vy++) {
            for (int vx = 0; vx < w; vx++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int sy = 0; sy < samples; sy++) {
                    int py = pixel((vy + (sy + 0.5) / samples) * step, photo.height());
                    for (int sx = 0; sx < samples; sx++) {
                        int rgb = photo.rgbAt(pixel((vx + (sx + 0.5) / samples) * step, photo.width()), py);
                        r += rgb >> 16 & 0xFF;
                        g += rgb >> 8 & 0xFF;
                        b += rgb & 0xFF;
                    }
                }
                int n = samples * samples;
                out[vy * w + vx] = 0xFF000000 | (r / n) << 16 | (g / n) << 8 | b / n;
            }
        }
        return out;
    }

    private static int pixel(double at, int size) {
        return Math.max(0, Math.min(size - 1, (int) at));
    }
}
