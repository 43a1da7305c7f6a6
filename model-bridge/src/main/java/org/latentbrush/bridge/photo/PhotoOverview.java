package org.latentbrush.bridge.photo;

import org.latentbrush.bridge.image.RasterImage;

/**
 * The whole photo made small for the screen: each output pixel is the plain average of the photo
 * pixels it covers, so a 12-megapixel photo shrinks in one pass without aliasing.
 */
public final class PhotoOverview {

    private PhotoOverview() {}

    /**
     * Shrinks a photo to fit a side.
     *
     * @param photo the photo
     * @param maxSide the longer side's limit, at least 1
     * @return the photo as RGB, its longer side at most {@code maxSide}, never enlarged
     */
    public static RasterImage of(Photo photo, int maxSide) {
        if (maxSide < 1) {
            throw new IllegalArgumentException("the overview's side must be at least 1, not " + maxSide);
        }
        int w = photo.width();
        int h = photo.height();
        double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
        int ow = Math.max(1, (int) Math.round(w * scale));
        int oh = Math.max(1, (int) Math.round(h * scale));
        int[] rgb = photo.rgb();
        int[] out = new int[ow * oh];
        for (int oy = 0; oy < oh; oy++) {
            int y0 = (int) ((long) oy * h / oh);
            int y1 = Math.max(y0 + 1, (int) ((long) (oy + 1) * h / oh));
            for (int ox = 0; ox < ow; ox++) {
                int x0 = (int) ((long) ox * w / ow);
                int x1 = Math.max(x0 + 1, (int) ((long) (ox + 1) * w / ow));
                long r = 0;
                long g = 0;
                long b = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int c = rgb[y * w + x];
                        r += (c >> 16) & 0xFF;
                        g += (c >> 8) & 0xFF;
                        b += c & 0xFF;
                    }
                }
                long n = (long) (y1 - y0) * (x1 - x0);
                out[oy * ow + ox] = (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8
                        | (int) ((b + n / 2) / n);
            }
        }
        return RasterImage.fromPackedRgb(ow, oh, out);
    }
}
