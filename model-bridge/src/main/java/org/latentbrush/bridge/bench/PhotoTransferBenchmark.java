package org.latentbrush.bridge.bench;

import ai.djl.Device;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.photo.EditTransfer;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoEditor;
import org.latentbrush.bridge.photo.Projection;
import org.latentbrush.bridge.photo.ProjectionMethod;
import org.latentbrush.bridge.photo.ProjectionSettings;

/**
 * Measures the time from a finished z′ to the edited full-resolution photo: render G(z′), compute
 * the mask, apply it to every pixel of the crop.
 *
 * <p>{@link #main} times a 12-megapixel photo (4000×3000) with a 64-pixel model of the built-in
 * architecture (random weights: the time does not depend on what the weights learnt). A small
 * change of z′ leaves most rows unreached, a large one reaches nearly every pixel: both are timed.
 */
public final class PhotoTransferBenchmark {

    /** A 12-megapixel camera photo. */
    public static final int WIDTH = 4000;
    public static final int HEIGHT = 3000;

    /** Half-widths of the uniform change of z′: a touch-up, and a change of nearly everything. */
    private static final double SMALL_CHANGE = 0.05;
    private static final double LARGE_CHANGE = 0.5;

    /** Weight spread giving an untrained model varied images, as in the tests. */
    private static final float SIGMA = 0.4f;
    private static final int WARM_UP = 2;

    /** One round stroke whose region covers the whole square: every pixel is worked on. */
    private static final ConstraintSet WHOLE_SQUARE = new ConstraintSet(512, 512,
            List.of(Stroke.color(0xFF8800, 256, 256, 256)));

    private PhotoTransferBenchmark() {}

    /**
     * The timings of one change size.
     *
     * @param change half-width of the uniform change added to z₀
     * @param millis median and 90th percentile of the transfer time
     * @param changedPixels pixels changed by the last run
     */
    public record Timing(double change, Stats millis, long changedPixels) {}

    /**
     * Times transfers.
     *
     * @param model the model
     * @param photo the photo
     * @param change half-width of the uniform change added to z₀ to make z′
     * @param repeats timed runs after {@value #WARM_UP} warm-up runs
     * @return the timings
     */
    public static Timing time(GanModel model, Photo photo, double change, int repeats) {
        PhotoEditor session = new PhotoEditor(model, photo);
        // No steps: z₀ is the best random start, enough for timing what happens after z′ is known.
        Projection z0 = session.project(ProjectionSettings.defaults().withMethod(ProjectionMethod.OPTIMIZE)
                .withIterations(0), p -> { }, () -> false);
        SplittableRandom random = new SplittableRandom(1);
        float[] zPrime = z0.z().clone();
        for (int d = 0; d < zPrime.length; d++) {
            zPrime[d] = (float) Math.max(-1, Math.min(1, zPrime[d] + change * (2 * random.nextDouble() - 1)));
        }
        double[] millis = new double[repeats];
        EditTransfer.Result last = null;
        for (int i = -WARM_UP; i < repeats; i++) {
            long started = System.nanoTime();
            last = session.transfer(zPrime, WHOLE_SQUARE);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return new Timing(change, Stats.of(millis), last.changedPixels());
    }

    /** A photo with texture everywhere, so no pixel is a special case. */
    public static Photo syntheticPhoto(int width, int height) {
        int[] rgb = new int[Math.multiplyExact(width, height)];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                rgb[y * width + x] = (x * 255 / width) << 16 | (y * 255 / height) << 8 | ((x ^ y) & 0xFF);
            }
        }
        return new Photo(width, height, rgb);
    }

    /** A 64-pixel model of the built-in architecture with random weights. */
    public static GanModel randomModel64() {
        ModelManifest manifest = new ModelManifest("bench-64", "Benchmark model",
                new ArchitectureSpec(100, 64, 3, 32), -1, 1, "generator.params", Optional.empty(),
                "none (random weights)", "CC0-1.0", Map.of("steps", 0));
        return GanModel.random(manifest, 1, Device.cpu(), SIGMA);
    }

    /**
     * Prints the transfer time for a 12-megapixel photo.
     *
     * @param args optional width, height and repeats
     */
    public static void main(String[] args) {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : WIDTH;
        int height = args.length > 1 ? Integer.parseInt(args[1]) : HEIGHT;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        Photo photo = syntheticPhoto(width, height);
        try (GanModel model = randomModel64()) {
            for (double change : new double[] {SMALL_CHANGE, LARGE_CHANGE}) {
                Timing t = time(model, photo, change, repeats);
                System.out.printf(Locale.ROOT, "%dx%d (%.1f MP), z' = z0 + U(+-%.2f): median %.1f ms, "
                        + "p90 %.1f ms over %d runs; %d pixels changed (%.1f%%)%n", width, height,
                        photo.pixelCount() / 1e6, change, t.millis().median(), t.millis().p90(),
                        t.millis().count(), t.changedPixels(), 100.0 * t.changedPixels() / photo.pixelCount());
            }
        }
    }
}
