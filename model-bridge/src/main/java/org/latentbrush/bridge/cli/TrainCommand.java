package org.latentbrush.bridge.cli;

import ai.djl.Device;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.ManifestReader;
import org.latentbrush.bridge.generator.ManifestWriter;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.io.IoMessages;
import org.latentbrush.bridge.training.Discriminator;
import org.latentbrush.bridge.training.GanTrainer;
import org.latentbrush.bridge.training.GanTrainingConfig;
import org.latentbrush.bridge.training.StepLosses;
import org.latentbrush.bridge.training.WarmStart;
import org.latentbrush.bridge.training.data.ImageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Trains a generator into a model folder, from scratch or from a trained model's generator
 * ({@code --start}): {@code latent-brush train}.
 *
 * <pre>
 * latent-brush train --data landscapes --out runs/landscape-64 --name landscape-64 --steps 15000
 * </pre>
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a generator (GAN) into a model folder, with checkpoints and sample "
                + "grids; --resume continues an interrupted run.",
            "Recipe: hinge loss, spectral normalisation in D, Adam D 4e-4 / G 1e-4, a "
                + "mode-seeking term against collapse, average of G's weights (what is saved)."})
public final class TrainCommand implements Callable<Integer> {

    /** The largest learning rate accepted. */
    private static final double MAX_RATE = 0.1;

    @Mixin
    NewModelOptions model;

    @Option(names = "--data", required = true, paramLabel = "SOURCE",
            description = "Training images: " + TrainingData.FORMS + ".")
    String data;

    @Option(names = "--scene-shares", paramLabel = "KIND=SHARE,...",
            description = "With --data landscapes: render some kinds of scene more or less often "
                    + "than the renderer's own mix, e.g. water=0.55,rock=0.3 (kinds: day, dusk, night, "
                    + "overcast, mountains, water, grass, sand, rock, snow; the rest of a group keep "
                    + "their proportions). Evaluation always compares with the renderer's own mix.")
    String sceneShares;

    @Option(names = "--licence", defaultValue = "CC0-1.0",
            description = "Licence of the trained weights (default: ${DEFAULT-VALUE}).")
    String licence;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--steps", required = true, description = "Step to stop after.")
    long steps;

    @Option(names = "--checkpoint-every", defaultValue = "250",
            description = "Steps between checkpoints and model saves (default: ${DEFAULT-VALUE}).")
    int checkpointEvery;

    @Option(names = "--sample-every", defaultValue = "250",
            description = "Steps between sample grids (default: ${DEFAULT-VALUE}).")
    int sampleEvery;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--discriminator-width", paramLabel = "N",
            description = "Base width of the discriminator (default: the generator's --width). "
                    + "A wider D costs training time only; the shipped model is G alone.")
    Integer discriminatorWidth;

    @Option(names = "--discriminator-depth", paramLabel = "N", defaultValue = "1",
            description = "Convolutions per resolution in the discriminator: 1, or 2 to follow each "
                    + "strided convolution with a 3×3 one as SNGAN's does (default: ${DEFAULT-VALUE}).")
    int discriminatorDepth;

    @Option(names = "--discriminator-rate", paramLabel = "RATE", defaultValue = "4e-4",
            description = "Adam's learning rate for D (default: ${DEFAULT-VALUE}).")
    float discriminatorRate;

    @Option(names = "--generator-rate", paramLabel = "RATE", defaultValue = "1e-4",
            description = "Adam's learning rate for G (default: ${DEFAULT-VALUE}).")
    float generatorRate;

    @Option(names = "--diversity-weight", defaultValue = "1",
            description = "Weight of the mode-seeking term that keeps G from ignoring z; 0 turns "
                    + "it off (default: ${DEFAULT-VALUE}).")
    float diversityWeight;

    @Option(names = "--diversity-cap",
            description = "Stop the mode-seeking term once generated images differ from each other "
                    + "as much as real ones do, instead of rewarding any difference.")
    boolean diversityCap;

    @Option(names = "--diff-augment",
            description = "Show D real and generated images through the same random colour, "
                    + "translation and cutout (DiffAugment, Zhao et al. 2020).")
    boolean diffAugment;

    @Option(names = "--start", paramLabel = "NAME|FOLDER",
            description = "A trained model whose generator the run starts from instead of random "
                    + "weights, e.g. to fine-tune a built-in model on your own pictures; give the run "
                    + "the model's shape options. D, which a model folder lacks, first trains alone.")
    String start;

    @Option(names = "--discriminator-alone", paramLabel = "STEPS", defaultValue = "500",
            description = "With --start: steps D trains alone before G learns (default: ${DEFAULT-VALUE}).")
    long discriminatorAlone;

    @Option(names = "--resume", description = "Continue from the folder's newest checkpoint.")
    boolean resume;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to train (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
        ArchitectureSpec spec;
        GanTrainingConfig config;
        // Above 0.1 Adam's steps are as large as the weights themselves: no run learns.
        OptionRange.check("--discriminator-rate", discriminatorRate, Float.MIN_VALUE, MAX_RATE);
        OptionRange.check("--generator-rate", generatorRate, Float.MIN_VALUE, MAX_RATE);
        OptionRange.check("--discriminator-depth", discriminatorDepth, 1, Discriminator.MAX_DEPTH);
        try {
            spec = model.spec();
            config = GanTrainingConfig.standard(spec, batch, steps, seed)
                    .withIntervals(checkpointEvery, sampleEvery)
                    .withDiversityWeight(diversityWeight)
                    .withDiversityCap(diversityCap)
                    .withDiffAugment(diffAugment)
                    .withDiscriminatorDepth(discriminatorDepth)
                    .withLearningRates(discriminatorRate, generatorRate)
                    .withDiscriminatorWidth(discriminatorWidth == null ? spec.baseWidth()
                            : discriminatorWidth);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        OptionRange.outputFolder("--out", model.out);
        Optional<WarmStart> warmStart = warmStart();
        Device where = DeviceOption.resolve(device);
        ImageSource source = TrainingData.open(data, model.size, model.channels, seed, sceneShares);
        ModelManifest manifest = new ModelManifest(model.name, model.titleOrName(), spec, -1, 1,
                "generator.params", Optional.empty(), source.describe(), licence, Map.of());
        try {
            // The reader's checks, now rather than when the finished model is opened.
            ManifestReader.parse(ManifestWriter.toJson(manifest));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("the model's manifest would be invalid: " + e.getMessage(), e);
        }
        StepLosses losses;
        try (GanTrainer trainer = open(config, manifest, source, warmStart, where)) {
            // Announced once the folder is known to be usable, so a refusal stays one line.
            System.err.println("training " + model.name + " on " + source.describe() + " into "
                    + model.out);
            trainer.resumeNote().ifPresent(note -> System.err.println("latent-brush: " + note));
            try (TrainingProgress progress = new TrainingProgress("train", "D", "G", System.err)) {
                losses = trainer.train(progress);
            }
        }
        System.out.println("wrote " + model.out + String.format(Locale.ROOT,
                " (mean losses of the last steps: D %.4f, G %.4f)", losses.discriminator(),
                losses.generator()));
        return 0;
    }

    /** The model named by --start, found (a built-in name or a folder) before anything is allocated. */
    private Optional<WarmStart> warmStart() throws UserInputException {
        if (start == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WarmStart(ModelLocator.resolve(start), discriminatorAlone));
        } catch (ModelLoadException e) {
            throw new UserInputException("--start " + start + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--discriminator-alone: " + e.getMessage(), e);
        }
    }

    private GanTrainer open(GanTrainingConfig config, ModelManifest manifest, ImageSource source,
            Optional<WarmStart> warmStart, Device where) throws UserInputException {
        try {
            return GanTrainer.open(config, manifest, source, model.out, resume, warmStart, where);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserInputException(IoMessages.of(e), e);
        }
    }
}
