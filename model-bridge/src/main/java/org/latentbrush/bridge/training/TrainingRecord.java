package org.latentbrush.bridge.training;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code training} section of a trained model's manifest: how it was made, so that a
 * model can be judged and reproduced from its folder alone.
 */
final class TrainingRecord {

    /** How the generator was trained, in words, for people reading the manifest. */
    static final String METHOD = "hinge loss, spectral normalisation in D, two time-scale Adam, "
            + "mode-seeking term in G's loss, exponential moving average of G's weights (the "
            + "saved weights)";

    private TrainingRecord() {}

    /**
     * The record after some steps.
     *
     * @param config the run's settings
     * @param dataset the data source's description
     * @param steps steps completed
     * @param wallSeconds training time so far
     * @param losses losses averaged over the last hundred or so steps
     * @return a map for {@code ModelManifest.withTraining}
     */
    static Map<String, Object> of(GanTrainingConfig config, String dataset, long steps,
            double wallSeconds, StepLosses losses) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("steps", steps);
        record.put("batchSize", config.batchSize());
        record.put("imagesSeen", steps * config.batchSize());
        record.put("wallSeconds", Math.round(wallSeconds));
        record.put("dataset", dataset);
        record.put("seed", config.seed());
        record.put("method", METHOD);
        record.put("discriminatorWidth", config.discriminatorWidth());
        record.put("discriminatorDepth", config.discriminatorDepth());
        record.put("diversityCapped", config.diversityCap());
        record.put("learningRates", Map.of(
                "discriminator", config.discriminatorAdam().learningRate(),
                "generator", config.generatorAdam().learningRate()));
        record.put("adamBetas", new float[] {config.generatorAdam().beta1(),
                config.generatorAdam().beta2()});
        record.put("averageDecay", config.averageDecay());
        record.put("modeSeekingWeight", config.diversityWeight());
        if (config.diffAugment()) {
            record.put("diffAugment", "color, translation, cutout");
        }
        Map<String, Object> finalLosses = new LinkedHashMap<>();
        finalLosses.put("discriminatorHinge", round(losses.discriminator()));
        finalLosses.put("generator", round(losses.generator()));
        record.put("finalLosses", finalLosses);
        record.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        return record;
    }

    private static double round(double value) {
        final double places = 1e4;
        return Double.isFinite(value) ? Math.round(value * places) / places : value;
    }
}
