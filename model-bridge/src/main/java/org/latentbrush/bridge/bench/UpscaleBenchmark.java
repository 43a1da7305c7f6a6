package org.latentbrush.bridge.bench;

import java.util.SplittableRandom;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.image.SmoothScaling;
import org.latentbrush.bridge.upscale.Upscaler;

/**
 * Times an upscaler as the editor uses it: one streamed result enlarged, and the change of a large
 * photo's square carried through it (two enlargements, then smooth scaling to the square's side).
 */
public final class UpscaleBenchmark {

    private final Upscaler upscaler;

    /**
     * Sets up the benchmark.
     *
     * @param upscaler the upscaler to time; the caller keeps ownership
     */
    public UpscaleBenchmark(Upscaler upscaler) {
        this.upscaler = upscaler;
    }

    /**
     * Times enlarging one image by the learned factor.
     *
     * @param side the input's side, e.g. 64
     * @param repeats timed runs, after two untimed ones
     * @return milliseconds per enlargement
     */
    public Stats upscaleMillis(int side, int repeats) {
        RasterImage input = noise(side, upscaler.manifest().spec().channels());
        double[] ms = new double[repeats];
        for (int i = -2; i < repeats; i++) {
            long start = System.nanoTime();
            RasterImage out = upscaler.upscale(input);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (out.width() != side * upscaler.scale()) {
                throw new IllegalStateException("the upscaler returned " + out.width() + " pixels");
            }
            if (i >= 0) {
                ms[i] = elapsed;
            }
        }
        return Stats.of(ms);
    }

    /**
     * Times carrying a result's change onto a photo's square: the result before and after an edit
     * enlarged by the learned factor, then both scaled smoothly to the square's side.
     *
     * @param side the result's side, e.g. 64
     * @param squareSide the square's side on the photo, e.g. 3000 for a 12-megapixel photo
     * @param repeats timed runs, after one untimed one
     * @return milliseconds per change
     */
    public Stats photoChangeMillis(int side, int squareSide, int repeats) {
        int channels = upscaler.manifest().spec().channels();
        RasterImage before = noise(side, channels);
        RasterImage after = noise(side, channels);
        double[] ms = new double[repeats];
        for (int i = -1; i < repeats; i++) {
            long start = System.nanoTime();
            RasterImage a = SmoothScaling.resize(upscaler.upscale(before), squareSide, squareSide);
            RasterImage b = SmoothScaling.resize(upscaler.upscale(after), squareSide, squareSide);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (a.width() != b.width()) {
                throw new IllegalStateException("sizes differ");
            }
            if (i >= 0) {
                ms[i] = elapsed;
            }
        }
        return Stats.of(ms);
    }

    private static RasterImage noise(int side, int channels) {
        SplittableRandom random = new SplittableRandom(side);
        float[] data = new float[channels * side * side];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextDouble();
        }
        return new RasterImage(side, side, channels, data);
    }
}
