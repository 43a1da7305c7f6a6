package org.latentbrush.bridge.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.image.RasterImage;

class PatchSearchTest {

    private static final int SIZE = 32;

    private static RasterImage noise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] data = new float[3 * SIZE * SIZE];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextDouble();
        }
        return new RasterImage(SIZE, SIZE, 3, data);
    }

    /** The picture's content moved by whole pixels; what comes in at the edges is other noise. */
    private static RasterImage shifted(RasterImage image, int dx, int dy) {
        float[] data = noise(99).data();
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    int sx = x - dx;
                    int sy = y - dy;
                    if (sx >= 0 && sy >= 0 && sx < SIZE && sy < SIZE) {
                        data[c * SIZE * SIZE + y * SIZE + x] = image.get(c, sx, sy);
                    }
                }
            }
        }
        return new RasterImage(SIZE, SIZE, 3, data);
    }

    @Test
    void along_contentMovedPartWayAlongThePath_isFoundWhereItWent() {
        RasterImage before = noise(1);
        RasterImage after = shifted(before, 5, 0);
        assertArrayEquals(new double[] {15.5, 12.25}, PatchSearch.along(before, after, 10.5, 12.25, 22.5, 12.25), 1e-9);
    }

    @Test
    void along_contentMovedSlightlyAside_isFoundWithinTheSearchedBand() {
        RasterImage before = noise(2);
        RasterImage after = shifted(before, 1, -7);
        assertArrayEquals(new double[] {17, 13}, PatchSearch.along(before, after, 16, 20, 16, 8), 1e-9);
    }

    @Test
    void along_unchangedPicture_findsThePointWhereItWas() {
        RasterImage before = noise(3);
        assertArrayEquals(new double[] {8, 8}, PatchSearch.along(before, before, 8, 8, 20, 20), 1e-9);
    }
}
