package org.latentbrush.bridge.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.image.SmoothScaling;

/**
 * Compares ways of enlarging on a set of sharp images: each image is shrunk by area averaging,
 * enlarged back by every method, and scored against itself ({@link UpscaleQuality}).
 */
public final class UpscaleComparison {

    /** Pixels left out at each edge when scoring: every method guesses there. */
    public static final int BORDER = 4;

    private final int scale;
    private final Map<String, UnaryOperator<RasterImage>> methods = new LinkedHashMap<>();

    /**
     * Sets up a comparison with the two fixed baselines, linear ("smooth") and bicubic.
     *
     * @param scale the enlargement
     */
    public UpscaleComparison(int scale) {
        this.scale = scale;
        methods.put("smooth", image -> SmoothScaling.scale(image, scale));
        methods.put("bicubic", image -> UpscaleQuality.bicubic(image, scale));
    }

    /** Adds a method under a name. */
    public UpscaleComparison with(String name, UnaryOperator<RasterImage> method) {
        methods.put(name, method);
        return this;
    }

    /** The methods' names, in order. */
    public List<String> names() {
        return List.copyOf(methods.keySet());
    }

    /**
     * One image's results.
     *
     * @param truth the sharp image (cropped to multiples of the scale)
     * @param results each method's enlargement, by name
     */
    public record Case(RasterImage truth, Map<String, RasterImage> results) {}

    /**
     * Mean scores of a method over a set.
     *
     * @param psnr mean PSNR, dB
     * @param sharpness mean sharpness share
     * @param millis mean milliseconds per enlargement
     */
    public record Score(double psnr, double sharpness, double millis) {}

    /**
     * Runs every method on every image.
     *
     * @param truths sharp images
     * @param scores receives each method's mean scores, by name
     * @return every case, for pictures
     */
    public List<Case> run(List<RasterImage> truths, Map<String, Score> scores) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        for (RasterImage full : truths) {
            RasterImage truth = full.width() % scale == 0 && full.height() % scale == 0 ? full : crop(full);
            RasterImage small = UpscaleQuality.shrink(truth, scale);
            Map<String, RasterImage> results = new LinkedHashMap<>();
            for (Map.Entry<String, UnaryOperator<RasterImage>> method : methods.entrySet()) {
                long start = System.nanoTime();
                RasterImage result = method.getValue().apply(small);
                double ms = (System.nanoTime() - start) / 1e6;
                results.put(method.getKey(), result);
                double[] sum = sums.computeIfAbsent(method.getKey(), k -> new double[3]);
                sum[0] += UpscaleQuality.psnr(result, truth, BORDER);
                sum[1] += UpscaleQuality.sharpness(result, truth);
                sum[2] += ms;
            }
            cases.add(new Case(truth, results));
        }
        sums.forEach((name, sum) -> scores.put(name, new Score(sum[0] / truths.size(),
                sum[1] / truths.size(), sum[2] / truths.size())));
        return cases;
    }

    /** Cuts an image to the largest size whose sides are multiples of the scale. */
    private RasterImage crop(RasterImage image) {
        int w = image.width() / scale * scale;
        int h = image.height() / scale * scale;
        float[] out = new float[image.channels() * w * h];
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(image.data(), (c * image.height() + y) * image.width(), out, (c * h + y) * w, w);
            }
        }
        return new RasterImage(w, h, image.channels(), out);
    }
}
