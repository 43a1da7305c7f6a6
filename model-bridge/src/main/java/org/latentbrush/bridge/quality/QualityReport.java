package org.latentbrush.bridge.quality;

import java.util.List;
import java.util.Map;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Everything one evaluation of a model measured.
 *
 * @param model the model's name
 * @param data the real images' domain, e.g. {@code landscapes}
 * @param settings what was measured and with which seed
 * @param classifier the feature network's shape
 * @param classifierRecord how it was trained and its held-out accuracy; {@code null} if unknown
 * @param frechetDistance squared Fréchet distance, generated against the reference draw
 * @param frechetFloor the same between a second real draw and the reference
 * @param diversity generated against real diversity
 * @param gridSpectrum power at the period-2 and period-4 grid frequencies, generated and real
 * @param labelShares per head, how often each class is predicted in generated and real images
 * @param projections one row per projection method; empty when none were asked for
 * @param projectionExamples the first projected images, each followed by its reconstructions in
 *     the order of {@code projections}; empty when none were asked for
 * @param stageSeconds wall time per stage, in order
 * @param totalSeconds wall time of the whole evaluation
 */
public record QualityReport(String model, String data, EvaluationSettings settings,
        ClassifierSpec classifier, ClassifierRecord classifierRecord, double frechetDistance,
        double frechetFloor, DiversityScores diversity, GridSpectrum gridSpectrum,
        List<LabelShares> labelShares, List<ProjectionScore> projections,
        List<List<RasterImage>> projectionExamples, Map<String, Double> stageSeconds,
        double totalSeconds) {

    /** Keeps the lists and maps immutable. */
    public QualityReport {
        labelShares = List.copyOf(labelShares);
        projections = List.copyOf(projections);
        projectionExamples = List.copyOf(projectionExamples);
        stageSeconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageSeconds));
    }
}
