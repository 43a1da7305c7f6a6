package org.latentbrush.bridge.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Writes a {@link QualityReport} as JSON: the file {@code evaluate --json} writes, and the
 * {@code quality} entry of a manifest's training record. The format is in {@code docs/MODELS.md}.
 */
public final class QualityReportJson {

    /** The value of the report's {@code format} field. */
    public static final String FORMAT = "latent-brush-quality";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private QualityReportJson() {}

    /**
     * The report as a JSON tree.
     *
     * @param report the report
     * @return the tree, with values rounded to the digits that mean something
     */
    public static ObjectNode toJson(QualityReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("model", report.model());
        root.put("data", report.data());
        root.put("seed", report.settings().seed());
        root.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        root.set("featureNetwork", featureNetwork(report));
        ObjectNode frechet = root.putObject("frechetDistance");
        frechet.put("generated", round(report.frechetDistance(), 4));
        frechet.put("realFloor", round(report.frechetFloor(), 4));
        frechet.put("imagesPerSet", report.settings().samples());
        DiversityScores d = report.diversity();
        ObjectNode diversity = root.putObject("diversity");
        ObjectNode pixels = diversity.putObject("pixelRms");
        pixels.put("generated", round(d.pixelGenerated(), 4));
        pixels.put("real", round(d.pixelReal(), 4));
        pixels.put("ratio", round(d.pixelRatio(), 3));
        pixels.put("imagesPerSet", d.pixelImages());
        ObjectNode features = diversity.putObject("features");
        features.put("generated", round(d.featureGenerated(), 4));
        features.put("real", round(d.featureReal(), 4));
        features.put("ratio", round(d.featureRatio(), 3));
        features.put("imagesPerSet", d.featureImages());
        GridSpectrum g = report.gridSpectrum();
        ObjectNode grid = root.putObject("gridSpectrum");
        grid.put("period2Generated", g.period2Generated());
        grid.put("period2Real", g.period2Real());
        grid.put("period2Ratio", round(g.period2Ratio(), 3));
        grid.put("period4Generated", g.period4Generated());
        grid.put("period4Real", g.period4Real());
        grid.put("period4Ratio", round(g.period4Ratio(), 3));
        grid.put("imagesPerSet", g.images());
        ObjectNode labels = root.putObject("predictedLabels");
        for (LabelShares shares : report.labelShares()) {
            ObjectNode head = labels.putObject(shares.head().name());
            for (int c = 0; c < shares.head().size(); c++) {
                ObjectNode share = head.putObject(shares.head().classes().get(c));
                share.put("generated", round(shares.generated()[c], 3));
                share.put("real", round(shares.real()[c], 3));
            }
        }
        ObjectNode projection = root.putObject("projection");
        projection.put("images", report.settings().projections());
        projection.put("iterations", report.settings().projection().iterations());
        projection.put("randomStarts", report.settings().projection().randomStarts());
        ArrayNode methods = projection.putArray("methods");
        for (ProjectionScore s : report.projections()) {
            ObjectNode row = methods.addObject();
            row.put("method", s.method().id());
            row.put("iterations", s.iterations());
            row.put("meanPsnr", round(s.meanPsnr(), 2));
            row.put("medianPsnr", round(s.medianPsnr(), 2));
            row.put("medianMillis", Math.round(s.medianMillis()));
            row.put("meanMillis", Math.round(s.meanMillis()));
        }
        ObjectNode seconds = root.putObject("stageSeconds");
        report.stageSeconds().forEach((stage, s) -> seconds.put(stage, round(s, 1)));
        root.put("wallSeconds", round(report.totalSeconds(), 1));
        return root;
    }

    /** The report as plain maps and lists, for a manifest's free-form training record. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(QualityReport report) {
        ObjectNode tree = toJson(report);
        tree.remove("format");
        tree.remove("version");
        tree.remove("model");
        return JSON.convertValue(tree, Map.class);
    }

    private static ObjectNode featureNetwork(QualityReport report) {
        ObjectNode node = JSON.createObjectNode();
        ClassifierSpec spec = report.classifier();
        node.put("task", spec.task());
        node.put("imageSize", spec.imageSize());
        node.put("featureSize", spec.featureSize());
        ClassifierRecord record = report.classifierRecord();
        if (record != null) {
            ObjectNode accuracy = node.putObject("heldOutAccuracy");
            record.heldOutAccuracy().forEach((head, a) -> accuracy.put(head, round(a, 4)));
            node.put("heldOutImages", record.heldOutImages());
            node.put("trainSteps", record.steps());
            node.put("trainImages", record.trainImages());
        }
        return node;
    }

    private static double round(double value, int places) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
