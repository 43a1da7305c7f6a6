package org.latentbrush.bridge.discovery;

import java.util.List;
import org.latentbrush.bridge.image.Luma;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Simple statistics of an image, for directions no classifier head explains: brightness, and for
 * colour images warmth and the horizon's height, for grey ones (objects on a dark ground, like
 * Fashion-MNIST's shoes) the area the object covers.
 */
final class ImageStatistics implements ImageMeasures {

    /** Grey level above which a pixel of a grey image belongs to the object, not the dark ground. */
    private static final float OBJECT_LEVEL = 0.2f;
    /** Rows averaged on each side of a candidate horizon: one row alone is too noisy at 64 pixels. */
    private static final int HORIZON_BAND = 2;

    private static final List<Measure> COLOUR = List.of(
            statistic("Brightness", "brightness"),
            statistic("Warmth", "warmth (red minus blue)"),
            statistic("Horizon height", "horizon height"));
    private static final List<Measure> GREY = List.of(
            statistic("Brightness", "brightness"),
            statistic("Size", "area covered"));

    private final int channels;

    private static Measure statistic(String name, String description) {
        return new Measure(name, description, Measure.Kind.STATISTIC, description);
    }

    /**
     * Statistics for images of a channel count.
     *
     * @param channels 1 or 3
     */
    ImageStatistics(int channels) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        this.channels = channels;
    }

    @Override
    public List<Measure> measures() {
        return channels == 3 ? COLOUR : GREY;
    }

    @Override
    public double[][] measure(List<RasterImage> images) {
        double[][] values = new double[images.size()][];
        for (int i = 0; i < values.length; i++) {
            RasterImage image = images.get(i);
            values[i] = channels == 3
                    ? new double[] {brightness(image), warmth(image), horizonHeight(image)}
                    : new double[] {brightness(image), area(image)};
        }
        return values;
    }

    /** Mean luma in [0, 1]. */
    static double brightness(RasterImage image) {
        int n = image.width() * image.height();
        float[] d = image.data();
        double sum = 0;
        for (int p = 0; p < n; p++) {
            sum += image.channels() == 3 ? Luma.of(d[p], d[n + p], d[2 * n + p]) : d[p];
        }
        return sum / n;
    }

    /** Mean red minus mean blue, in [−1, 1]: positive for a warm (dusk, sand) picture. */
    static double warmth(RasterImage image) {
        int n = image.width() * image.height();
        float[] d = image.data();
        double sum = 0;
        for (int p = 0; p < n; p++) {
            sum += d[p] - d[2 * n + p];
        }
        return sum / n;
    }

    /**
     * The height of the strongest horizontal edge across the whole width, as a share of the image
     * from the bottom: where sky meets land or sea in a landscape.
     */
    static double horizonHeight(RasterImage image) {
        int w = image.width();
        int h = image.height();
        double[][] rows = new double[h][image.channels()];
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < h; y++) {
                double sum = 0;
                for (int x = 0; x < w; x++) {
                    sum += image.get(c, x, y);
                }
                rows[y][c] = sum / w;
            }
        }
        int best = h / 2;
        double strongest = -1;
        for (int edge = HORIZON_BAND; edge <= h - HORIZON_BAND; edge++) {
            double change = 0;
            for (int c = 0; c < image.channels(); c++) {
                double above = 0;
                double below = 0;
                for (int k = 0; k < HORIZON_BAND; k++) {
                    above += rows[edge - 1 - k][c];
                    below += rows[edge + k][c];
                }
                double diff = (above - below) / HORIZON_BAND;
                change += diff * diff;
            }
            if (change > strongest) {
                strongest = change;
                best = edge;
            }
        }
        return 1 - (double) best / h;
    }

    /** Share of pixels brighter than the dark ground. */
    static double area(RasterImage image) {
        float[] d = image.data();
        int n = image.width() * image.height();
        int covered = 0;
        for (int p = 0; p < n; p++) {
            if (d[p] > OBJECT_LEVEL) {
                covered++;
            }
        }
        return (double) covered / n;
    }
}
