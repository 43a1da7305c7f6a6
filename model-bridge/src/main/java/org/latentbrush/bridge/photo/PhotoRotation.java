package org.latentbrush.bridge.photo;

/**
 * Turns a photo's stored pixels upright according to its EXIF orientation.
 *
 * <p>Orientations 2–8 are the eight mirror-and-quarter-turn arrangements of TIFF 6.0; 5–8 swap
 * width and height. Each output pixel is fetched from its source (rather than each source pixel
 * scattered), so every output pixel is written exactly once.
 */
final class PhotoRotation {

    private PhotoRotation() {}

    /**
     * Applies an orientation.
     *
     * @param stored the pixels as the file stores them
     * @param orientation the EXIF orientation, 1–8
     * @return the upright photo; {@code stored} itself for orientation 1
     */
    static Photo upright(Photo stored, int orientation) {
        if (orientation < ExifOrientation.NORMAL || orientation > ExifOrientation.MAX) {
            throw new IllegalArgumentException("orientation must be 1 to 8, was " + orientation);
        }
        if (orientation == ExifOrientation.NORMAL) {
            return stored;
        }
        int w = stored.width();
        int h = stored.height();
        boolean swaps = orientation >= 5;
        int outW = swaps ? h : w;
        int outH = swaps ? w : h;
        int[] src = stored.rgb();
        int[] out = new int[src.length];
        for (int y = 0; y < outH; y++) {
            int row = y * outW;
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; } // mirrored left to right
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; } // upside down
                    case 4 -> { sx = x; sy = h - 1 - y; } // mirrored top to bottom
                    case 5 -> { sx = y; sy = x; } // transposed
                    case 6 -> { sx = y; sy = h - 1 - x; } // turned a quarter clockwise
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; } // transversed
                    default -> { sx = w - 1 - y; sy = x; } // 8: turned a quarter anticlockwise
                }
                out[row + x] = src[sy * w + sx];
            }
        }
        return new Photo(outW, outH, out);
    }
}
