package org.latentbrush.bridge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.directions.DirectionsReader;
import org.latentbrush.bridge.directions.DirectionsWriter;
import org.latentbrush.bridge.directions.LatentDirections;
import org.latentbrush.bridge.discovery.Discovered;
import org.latentbrush.bridge.discovery.DirectionDiscovery;
import org.latentbrush.bridge.discovery.DirectionSheet;
import org.latentbrush.bridge.discovery.DiscoverySettings;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.quality.EvaluationData;
import org.latentbrush.bridge.quality.FeatureNetwork;
import org.latentbrush.bridge.quality.QualityEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Finds and names a model's slider directions: {@code latent-brush directions}.
 *
 * <pre>
 * latent-brush directions --model landscape-64 --sheet sliders.png
 * </pre>
 */
@Command(name = "directions", mixinStandardHelpOptions = true,
        description = "Find a model's principal latent directions (GANSpace: principal components of "
                + "an early layer, carried back to z) and name them after what the feature "
                + "classifier and simple image statistics see change; write them as the model's "
                + "directions.json, the editor's sliders. Prints a table.")
final class DirectionsCommand implements Callable<Integer> {

    /** Latents whose activations fit in memory at every size the models have. */
    private static final int MAX_SAMPLES = 10_000;
    /** Slider ends beyond this many standard deviations leave the pictures the model makes. */
    private static final double MAX_RANGE = 10;
    /** Latents shown per direction on the sheet. */
    private static final long[] SHEET_SEEDS = {1, 2, 3};
    /** {@code --data} for naming by image statistics alone. */
    private static final String NO_DATA = "none";
    /** Pictures on the sheet are enlarged to at least this side, so small models' stay legible. */
    private static final int SHEET_PICTURE_SIDE = 64;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Where to write the directions (default: directions.json in the model's folder).")
    Path json;

    @Option(names = "--list", description = "Print the directions stored with the model (and draw "
            + "them with --sheet) instead of computing them.")
    boolean list;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + DiscoverySettings.DEFAULT_SAMPLES,
            description = "Latents the principal components are taken over (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--keep", paramLabel = "K", defaultValue = "" + DiscoverySettings.DEFAULT_KEEP,
            description = "Strongest directions kept (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--probes", paramLabel = "N", defaultValue = "" + DiscoverySettings.DEFAULT_PROBES,
            description = "Latents moved along each direction to measure its effect, and again to "
                    + "confirm its name (default: ${DEFAULT-VALUE}).")
    int probes;

    @Option(names = "--range", paramLabel = "R", defaultValue = "" + DiscoverySettings.DEFAULT_RANGE,
            description = "Slider ends, in standard deviations of the prior (default: ${DEFAULT-VALUE}).")
    double range;

    @Option(names = "--seed", defaultValue = "1", description = "Draws every latent (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sheet", paramLabel = "FILE",
            description = "Also draw each direction at five slider positions for three latents into this PNG.")
    Path sheet;

    @Option(names = "--data", paramLabel = "landscapes|shoes|none",
            description = "Whose classifier names the directions; none names them by image "
                    + "statistics only (default: what the model's manifest says it was trained on, "
                    + "none for a model of your own pictures).")
    String data;

    @Mixin
    ClassifierOptions classifierOptions;

    @Override
    public Integer call() throws Exception {
        if (sheet != null) {
            OptionRange.extension("--sheet", sheet, "png");
            checkFolder("--sheet", sheet);
        }
        if (list) {
            return listStored();
        }
        DiscoverySettings settings = settings();
        Path target = target();
        try (GanModel model = modelOptions.open()) {
            checkFitsModel(model, settings);
            Optional<EvaluationData> real = domain(model);
            Discovered found = real.isPresent()
                    ? discoverWithClassifier(model, real.get(), settings)
                    : DirectionDiscovery.discoverByStatistics(model, settings, new QualityBars());
            System.out.print(DirectionsTable.format(found.directions(), found.varianceShares()));
            DirectionsWriter.write(found.directions(), target);
            System.out.println("wrote " + target);
            writeSheet(model, found.directions());
        }
        return 0;
    }

    private void writeSheet(GanModel model, LatentDirections directions) throws java.io.IOException {
        if (sheet == null) {
            return;
        }
        int scale = Math.max(1, SHEET_PICTURE_SIDE / model.manifest().imageSize());
        ImageFiles.writePng(DirectionSheet.draw(model, directions, SHEET_SEEDS, scale), sheet);
        System.out.println("wrote " + sheet);
    }

    /**
     * The data whose classifier names the directions: the one --data names, or the manifest's;
     * none for --data none or a model of the user's own pictures, which statistics name alone.
     */
    private Optional<EvaluationData> domain(GanModel model) throws UserInputException {
        if (NO_DATA.equals(data)) {
            return Optional.empty();
        }
        if (data == null && EvaluationDomains.domainOf(model.manifest()).isEmpty()) {
            System.err.println("directions: no classifier knows model " + model.manifest().name()
                    + "'s pictures; naming its directions by image statistics only");
            return Optional.empty();
        }
        EvaluationData real = EvaluationDomains.open(data, model.manifest(), seed);
        try {
            QualityEvaluator.checkFits(model.manifest(), real);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage() + "; pick the matching --data", e);
        }
        return Optional.of(real);
    }

    private Discovered discoverWithClassifier(GanModel model, EvaluationData real, DiscoverySettings settings)
            throws Exception {
        try (FeatureNetwork network = classifierOptions.open(real, model.device())) {
            return DirectionDiscovery.discover(model, network, settings, new QualityBars());
        }
    }

    private int listStored() throws Exception {
        try (GanModel model = modelOptions.open()) {
            Path file = json != null ? json : ModelLocator.resolve(modelOptions.model).resolve(LatentDirections.FILE_NAME);
            if (!Files.exists(file)) {
                throw new UserInputException("model " + model.manifest().name() + " has no "
                        + LatentDirections.FILE_NAME + "; compute it with 'latent-brush directions --model "
                        + modelOptions.model + "'");
            }
            LatentDirections stored = DirectionsReader.read(file, model.manifest().latentSize(),
                    model.fingerprint());
            System.out.print(DirectionsTable.format(stored, null));
            writeSheet(model, stored);
        }
        return 0;
    }

    private DiscoverySettings settings() throws UserInputException {
        OptionRange.check("--samples", samples, 2, MAX_SAMPLES);
        OptionRange.check("--keep", keep, 1, LatentDirections.MAX_DIRECTIONS);
        OptionRange.check("--probes", probes, 1, OptionRange.MAX_IMAGES);
        if (!(range > 0) || range > MAX_RANGE) {
            throw new UserInputException(String.format(Locale.ROOT,
                    "--range must be above 0 and at most %.0f, was %s", MAX_RANGE, range));
        }
        classifierOptions.check();
        return DiscoverySettings.defaults(seed).withCounts(samples, keep, probes).withRange(range);
    }

    /** The file to write, refused now if it cannot be written, before minutes of work. */
    private Path target() throws Exception {
        Path file;
        if (json != null) {
            file = json;
        } else if (modelOptions.model.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new UserInputException("a zipped model's folder is temporary; name the file to write "
                    + "with --json FILE");
        } else {
            file = ModelLocator.resolve(modelOptions.model).resolve(LatentDirections.FILE_NAME);
        }
        checkFolder("--json", file);
        return file;
    }

    private static void checkFolder(String option, Path file) throws UserInputException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        OptionRange.outputFolder(option, parent);
        if (Files.isDirectory(parent) && !Files.isWritable(parent)) {
            throw new UserInputException(option + " " + file + ": the folder " + parent + " is not writable");
        }
    }

    /** Refuses counts the model cannot take, before anything slow starts. */
    private void checkFitsModel(GanModel model, DiscoverySettings settings) throws UserInputException {
        int size = model.manifest().latentSize();
        String name = model.manifest().name();
        if (settings.keep() > size) {
            throw new UserInputException("--keep " + settings.keep() + " is more than model " + name
                    + "'s latent size " + size + "; directions in z cannot be more than its dimensions");
        }
        if (settings.samples() <= size) {
            throw new UserInputException("--samples must be more than model " + name + "'s latent size "
                    + size + ", was " + settings.samples());
        }
        try {
            DirectionDiscovery.check(model, settings);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
