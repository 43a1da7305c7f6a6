package org.latentbrush.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ManifestWriter;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.quality.EvaluationData;
import org.latentbrush.bridge.quality.EvaluationSettings;
import org.latentbrush.bridge.quality.FeatureNetwork;
import org.latentbrush.bridge.quality.FrechetDraws;
import org.latentbrush.bridge.quality.QualityListener;
import org.latentbrush.bridge.quality.ProjectionSheet;
import org.latentbrush.bridge.quality.QualityEvaluator;
import org.latentbrush.bridge.quality.QualityReport;
import org.latentbrush.bridge.quality.QualityReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures a model's quality: {@code latent-brush evaluate}.
 *
 * <pre>
 * latent-brush evaluate --model landscape-64 --json quality.json
 * </pre>
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure a model: Frechet distance of its samples to real images (in the "
                + "features of a classifier trained for the purpose) beside the real-vs-real floor, "
                + "sample diversity against real diversity, and projection PSNR and time of held-out "
                + "real images for the encoder, optimisation and hybrid methods. Prints a table.")
final class EvaluateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Twenty draws of a thousand images take minutes on the landscape model; more adds little. */
    private static final int MAX_DRAWS = 20;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--data", paramLabel = "landscapes|shoes",
            description = "Real images to compare with (default: what the model's manifest says it "
                    + "was trained on).")
    String data;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + EvaluationSettings.DEFAULT_SAMPLES,
            description = "Generated images, and real images per draw (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--projections", paramLabel = "N",
            defaultValue = "" + EvaluationSettings.DEFAULT_PROJECTIONS,
            description = "Held-out real images projected by each method; 0 skips projection "
                    + "(default: ${DEFAULT-VALUE}).")
    int projections;

    @Option(names = "--projection-iterations", paramLabel = "N", defaultValue = "200",
            description = "Adam steps of the optimising methods (default: ${DEFAULT-VALUE}).")
    int projectionIterations;

    @Option(names = "--seed", defaultValue = "1",
            description = "Picks latents, real images and random starts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "1",
            description = "Measure the Frechet distance and its floor N times, with seeds SEED to "
                    + "SEED+N-1, and give their means: a single draw's ratio to the floor can be a third "
                    + "off (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the measurements as JSON.")
    Path json;

    @Option(names = "--projection-sheet", paramLabel = "FILE",
            description = "Also draw the first projected images beside their reconstructions "
                    + "(one column per method) into this PNG.")
    Path projectionSheet;

    @Option(names = "--write-manifest",
            description = "Store the measurements as 'quality' in the model's manifest.json training "
                    + "record (model folders only).")
    boolean writeManifest;

    @Mixin
    ClassifierOptions classifierOptions;

    @Override
    public Integer call() throws Exception {
        EvaluationSettings settings = settings();
        classifierOptions.check();
        // What is written comes last, after minutes of work: refuse a path it cannot go to now.
        if (json != null && json.toAbsolutePath().getParent() != null) {
            OptionRange.outputFolder("--json", json.toAbsolutePath().getParent());
        }
        if (projectionSheet != null && projectionSheet.toAbsolutePath().getParent() != null) {
            OptionRange.outputFolder("--projection-sheet", projectionSheet.toAbsolutePath().getParent());
        }
        Path manifestFolder = writeManifest ? manifestFolder() : null;
        long start = System.nanoTime();
        try (GanModel model = modelOptions.open()) {
            EvaluationData real = EvaluationDomains.open(data, model.manifest(), seed);
            check(model.manifest(), real, settings);
            QualityReport report;
            FrechetDraws frechet;
            try (FeatureNetwork network = classifierOptions.open(real, model.device())) {
                report = new QualityEvaluator(model, network, real).evaluate(settings, new QualityBars());
                frechet = furtherDraws(FrechetDraws.first(report), model, network);
            }
            System.out.print(QualityTable.format(report));
            if (draws > 1) {
                System.out.println(frechet.describe());
            }
            double wall = (System.nanoTime() - start) / 1e9;
            if (json != null) {
                ObjectNode tree = QualityReportJson.toJson(report);
                if (draws > 1) {
                    tree.set("frechetDraws", JSON.valueToTree(frechet.toMap()));
                }
                tree.put("wallSecondsWithLoading", Math.round(wall * 10) / 10.0);
                AtomicFiles.write(json, JSON.writeValueAsBytes(tree));
                System.out.println("wrote " + json);
            }
            if (projectionSheet != null && !report.projectionExamples().isEmpty()) {
                ProjectionSheet.write(report.projectionExamples(), projectionSheet);
                System.out.println("wrote " + projectionSheet);
            }
            if (manifestFolder != null) {
                storeInManifest(model.manifest(), manifestFolder, report, draws > 1 ? frechet : null);
            }
        }
        return 0;
    }

    /** The draws after the first, each with real images and latents of its own seed. */
    private FrechetDraws furtherDraws(FrechetDraws first, GanModel model, FeatureNetwork network)
            throws UserInputException {
        FrechetDraws all = first;
        for (int i = 1; i < draws; i++) {
            EvaluationData real = EvaluationDomains.open(data, model.manifest(), seed + i);
            all = all.plus(new QualityEvaluator(model, network, real).frechetDraw(samples, seed + i,
                    new QualityBars()));
        }
        return all;
    }

    private EvaluationSettings settings() throws UserInputException {
        OptionRange.check("--draws", draws, 1, MAX_DRAWS);
        OptionRange.check("--projection-iterations", projectionIterations, 0, OptionRange.MAX_ITERATIONS);
        try {
            ProjectionSettings projection = ProjectionSettings.defaults().withIterations(projectionIterations);
            return new EvaluationSettings(samples, projections,
                    EvaluationSettings.DEFAULT_DIVERSITY_IMAGES, projection, seed);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** Refuses a model or counts that do not fit the data before anything slow starts. */
    private static void check(ModelManifest manifest, EvaluationData real, EvaluationSettings settings)
            throws UserInputException {
        try {
            QualityEvaluator.checkFits(manifest, real);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage() + "; pick the matching --data", e);
        }
        int most = real.maxImagesPerDraw();
        if (settings.samples() > most || settings.projections() > most) {
            throw new UserInputException("--samples and --projections can be at most " + most
                    + " for " + real.name());
        }
    }

    /** The folder whose manifest --write-manifest updates; zips are unpacked to a temporary copy. */
    private Path manifestFolder() throws Exception {
        if (modelOptions.model.toLowerCase().endsWith(".zip")) {
            throw new UserInputException("--write-manifest needs a model folder, not a zip file");
        }
        return ModelLocator.resolve(modelOptions.model);
    }

    private static void storeInManifest(ModelManifest manifest, Path folder, QualityReport report,
            FrechetDraws frechet) throws IOException {
        Map<String, Object> training = new LinkedHashMap<>(manifest.training());
        Map<String, Object> quality = new LinkedHashMap<>(QualityReportJson.toMap(report));
        if (frechet != null) {
            quality.put("frechetDraws", frechet.toMap());
        }
        training.put("quality", quality);
        Path file = folder.resolve(ModelManifest.FILE_NAME);
        ManifestWriter.write(manifest.withTraining(training), file);
        System.out.println("stored the measurements in " + file);
    }
}
