package org.latentbrush.bridge.cli;

import java.util.Locale;
import java.util.Map;
import org.latentbrush.bridge.quality.ClassifierRecord;
import org.latentbrush.bridge.quality.DiversityScores;
import org.latentbrush.bridge.quality.GridSpectrum;
import org.latentbrush.bridge.quality.LabelShares;
import org.latentbrush.bridge.quality.ProjectionScore;
import org.latentbrush.bridge.quality.QualityReport;

/** Formats a {@link QualityReport} as the plain-text table {@code evaluate} prints. */
final class QualityTable {

    /** Smallest share of a class, in either set, for it to be listed. */
    private static final double SHOWN_SHARE = 0.005;

    private QualityTable() {}

    /**
     * The table, several lines ending in a line break.
     *
     * @param report the measurements
     * @return the text
     */
    static String format(QualityReport report) {
        StringBuilder out = new StringBuilder();
        int n = report.settings().samples();
        line(out, "model %s, data %s, seed %d", report.model(), report.data(), report.settings().seed());
        ClassifierRecord record = report.classifierRecord();
        StringBuilder accuracy = new StringBuilder();
        if (record != null) {
            for (Map.Entry<String, Double> e : record.heldOutAccuracy().entrySet()) {
                accuracy.append(accuracy.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), 100 * e.getValue()));
            }
        }
        line(out, "feature network: %s classifier, %d features; held-out accuracy: %s",
                report.classifier().task(), report.classifier().featureSize(),
                record == null ? "unknown" : accuracy);
        line(out, "");
        line(out, "Frechet distance (squared, %d vs %d images)", n, n);
        line(out, "  %-28s %10.3f", "generated vs real", report.frechetDistance());
        line(out, "  %-28s %10.3f", "real vs real (floor)", report.frechetFloor());
        line(out, "");
        DiversityScores d = report.diversity();
        line(out, "Diversity (mean pairwise distance)   %9s %9s %7s", "generated", "real", "ratio");
        line(out, "  %-33s %9.4f %9.4f %7.3f", "pixels, RMS 0..1 (" + d.pixelImages() + " images)",
                d.pixelGenerated(), d.pixelReal(), d.pixelRatio());
        line(out, "  %-33s %9.4f %9.4f %7.3f", "features (" + d.featureImages() + " images)",
                d.featureGenerated(), d.featureReal(), d.featureRatio());
        GridSpectrum grid = report.gridSpectrum();
        line(out, "Grid spectrum (share of power)       %9s %9s %7s", "generated", "real", "ratio");
        line(out, "  %-33s %9.2e %9.2e %7.2f", "period 2 (" + grid.images() + " images)",
                grid.period2Generated(), grid.period2Real(), grid.period2Ratio());
        line(out, "  %-33s %9.2e %9.2e %7.2f", "period 4", grid.period4Generated(),
                grid.period4Real(), grid.period4Ratio());
        line(out, "");
        line(out, "Predicted labels, share of generated / real images");
        for (LabelShares shares : report.labelShares()) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < shares.head().size(); c++) {
                double g = shares.generated()[c];
                double r = shares.real()[c];
                // Classes neither set shows (a shoe model's shirts and bags) would only be noise.
                if (Math.max(g, r) >= SHOWN_SHARE) {
                    row.append(String.format(Locale.ROOT, "  %s %.0f/%.0f%%",
                            shares.head().classes().get(c), 100 * g, 100 * r));
                }
            }
            line(out, "  %-10s%s", shares.head().name(), row);
        }
        if (!report.projections().isEmpty()) {
            line(out, "");
            line(out, "Projection of %d held-out real images  %10s %11s %10s",
                    report.settings().projections(), "PSNR mean", "PSNR median", "ms/image");
            for (ProjectionScore s : report.projections()) {
                line(out, "  %-37s %10.2f %11.2f %10.0f", s.method().id()
                        + (s.iterations() > 0 ? " (" + s.iterations() + " steps)" : ""),
                        s.meanPsnr(), s.medianPsnr(), s.medianMillis());
            }
        }
        line(out, "");
        line(out, "measured in %.0f s", report.totalSeconds());
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
