package org.latentbrush.bridge.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;

/**
 * Measures a model: the Fréchet distance of its samples to real images and its real-vs-real floor,
 * sample diversity against real diversity, and projection quality of held-out real images.
 *
 * <pre>{@code
 * QualityReport report = new QualityEvaluator(model, classifier, new LandscapeData(64, 1))
 *         .evaluate(settings, QualityListener.NONE);
 * }</pre>
 *
 * <p>Not thread-safe, like the model and the feature network, which the caller owns.
 */
public final class QualityEvaluator {

    private final GanModel model;
    private final FeatureNetwork network;
    private final EvaluationData data;

    /**
     * Prepares an evaluation.
     *
     * @param model the generator to measure
     * @param network the feature network for the model's domain
     * @param data the real images of that domain
     * @throws IllegalArgumentException if the three disagree on image size or channels
     */
    public QualityEvaluator(GanModel model, FeatureNetwork network, EvaluationData data) {
        checkFits(model.manifest(), data);
        ClassifierSpec spec = network.spec();
        if (spec.imageSize() != data.imageSize() || spec.channels() != data.channels()
                || !spec.heads().equals(data.heads())) {
            throw new IllegalArgumentException("the feature network is for " + spec.task() + " "
                    + spec.imageSize() + "x" + spec.imageSize() + ", not for these " + data.name());
        }
        this.model = model;
        this.network = network;
        this.data = data;
    }

    /**
     * Checks that a model makes images of the data's kind, before anything slow is done.
     *
     * @throws IllegalArgumentException naming the mismatch
     */
    public static void checkFits(ModelManifest m, EvaluationData data) {
        if (m.imageSize() != data.imageSize() || m.channels() != data.channels()) {
            throw new IllegalArgumentException("model " + m.name() + " makes " + m.imageSize() + "x"
                    + m.imageSize() + "x" + m.channels() + " images; the " + data.name() + " are "
                    + data.imageSize() + "x" + data.imageSize() + "x" + data.channels());
        }
    }

    /**
     * Runs every measurement.
     *
     * @param settings how many images, which seed
     * @param listener hears each stage's progress
     * @return the report
     */
    public QualityReport evaluate(EvaluationSettings settings, QualityListener listener) {
        long start = System.nanoTime();
        Map<String, Double> seconds = new LinkedHashMap<>();
        int n = settings.samples();
        int keep = settings.diversityImages();
        ImageFeatures generated = timed(seconds, "generated", () -> ImageFeatures.ofGenerated(
                network, model, n, settings.seed(), keep, listener));
        ImageFeatures reference = timed(seconds, "reference", () -> ImageFeatures.ofReal(
                network, data.reference(n), keep, "reference", listener));
        ImageFeatures second = timed(seconds, "second draw", () -> ImageFeatures.ofReal(
                network, data.secondDraw(n), keep, "second draw", listener));
        double[] distances = timed(seconds, "statistics", () -> distances(generated, reference, second));
        DiversityScores diversity = timed(seconds, "diversity",
                () -> DiversityScores.of(generated, reference));
        GridSpectrum spectrum = timed(seconds, "spectrum", () -> GridSpectrum.of(generated,
                reference, data.imageSize(), data.channels()));
        ProjectionBenchmark.Results projections = settings.projections() == 0
                ? new ProjectionBenchmark.Results(List.of(), List.of())
                : timed(seconds, "projection", () -> new ProjectionBenchmark(model,
                        settings.projection().withSeed(settings.seed()))
                        .run(data.heldOut(settings.projections()), listener));
        return new QualityReport(model.manifest().name(), data.name(), settings, network.spec(),
                network.record(), distances[0], distances[1], diversity, spectrum,
                LabelShares.of(network.spec().heads(), generated, reference), projections.scores(),
                projections.examples(), seconds,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Draws the Fréchet distance and its floor again, without the rest of the report: the further
     * draws of {@code evaluate --draws}, each with an evaluator whose data were opened with its seed.
     *
     * @param samples images per set
     * @param seed the seed the data were opened with; it also picks the latents
     * @param listener hears each stage's progress
     * @return the draw
     */
    public FrechetDraws.Draw frechetDraw(int samples, long seed, QualityListener listener) {
        ImageFeatures generated = ImageFeatures.ofGenerated(network, model, samples, seed, 0, listener);
        ImageFeatures reference = ImageFeatures.ofReal(network, data.reference(samples), 0, "reference",
                listener);
        ImageFeatures second = ImageFeatures.ofReal(network, data.secondDraw(samples), 0, "second draw",
                listener);
        double[] distances = distances(generated, reference, second);
        return new FrechetDraws.Draw(seed, distances[0], distances[1]);
    }

    /** Generated against the reference, then the second real draw against it. */
    private static double[] distances(ImageFeatures generated, ImageFeatures reference,
            ImageFeatures second) {
        FeatureStatistics ref = FeatureStatistics.of(reference.features());
        return new double[] {
            FrechetDistance.between(FeatureStatistics.of(generated.features()), ref),
            FrechetDistance.between(FeatureStatistics.of(second.features()), ref)};
    }

    private static <T> T timed(Map<String, Double> seconds, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        seconds.put(stage, (System.nanoTime() - start) / 1e9);
        return result;
    }
}
