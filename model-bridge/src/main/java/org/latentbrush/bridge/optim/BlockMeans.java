package org.latentbrush.bridge.optim;

/** Shrinks square CHW maps by averaging blocks: the {@link StartBank}'s thumbnails and what they are ranked against. */
final class BlockMeans {

    private BlockMeans() {}

    /**
     * Block means of a CHW map; with {@code weights}, the weighted means (0 where a block has no
     * weight).
     *
     * @param map the values, CHW
     * @param from where the map starts in {@code map}
     * @param size the map's side
     * @param side the shrunk side; divides {@code size}
     * @param planes the channels
     * @param weights one weight per pixel (shared by the channels), or {@code null} for plain means
     * @return the shrunk map, CHW
     */
    static float[] of(float[] map, int from, int size, int side, int planes, float[] weights) {
        int block = size / side;
        float[] out = new float[planes * side * side];
        for (int c = 0; c < planes; c++) {
            for (int ty = 0; ty < side; ty++) {
                for (int tx = 0; tx < side; tx++) {
                    double sum = 0;
                    double weight = 0;
                    for (int y = ty * block; y < (ty + 1) * block; y++) {
                        for (int x = tx * block; x < (tx + 1) * block; x++) {
                            double w = weights != null ? weights[y * size + x] : 1;
                            sum += w * map[from + (c * size + y) * size + x];
                            weight += w;
                        }
                    }
                    out[(c * side + ty) * side + tx] = weight > 0 ? (float) (sum / weight) : 0;
                }
            }
        }
        return out;
    }
}
