package org.latentbrush.bridge.cli;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.io.IoMessages;
import org.latentbrush.bridge.training.AdamSettings;
import org.latentbrush.bridge.training.UpscalerTrainer;
import org.latentbrush.bridge.training.UpscalerTrainingConfig;
import org.latentbrush.bridge.training.data.Degradation;
import org.latentbrush.bridge.training.data.SuperResolutionPatches;
import org.latentbrush.bridge.training.data.UpscalerPictures;
import org.latentbrush.bridge.upscale.Upscaler;
import org.latentbrush.bridge.upscale.UpscalerManifest;
import org.latentbrush.bridge.upscale.UpscalerManifestReader;
import org.latentbrush.bridge.upscale.UpscalerSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains a learned upscaler on landscape renders and real photographs:
 * {@code latent-brush train-upscaler}.
 *
 * <pre>
 * latent-brush train-upscaler --out runs/landscape-x4 --steps 4000 \
 *     --photos photos/ --source "Debian plasma-workspace-wallpapers=GPL-2+"
 * latent-brush train-upscaler --out runs/landscape-x4-gan --start runs/landscape-x4 \
 *     --adversarial 0.005 --feature 1 --steps 2000
 * </pre>
 */
@Command(name = "train-upscaler", mixinStandardHelpOptions = true,
        description = "Train a learned upscaler (4x by default) on patches of landscape renders and of "
                + "photographs; the output folder is an upscaler at every checkpoint and resumes with "
                + "--resume.")
public final class TrainUpscalerCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "The run's folder: the upscaler and its checkpoints.")
    Path out;

    @Option(names = "--name", defaultValue = "landscape-x4", description = "The upscaler's name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--title", defaultValue = "Landscape upscaler x4", description = "Its title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--licence", defaultValue = "as its training images' licences allow (see sources)",
            description = "The licence of the trained weights, recorded in the manifest (default: ${DEFAULT-VALUE}).")
    String licence;

    @Option(names = "--steps", required = true, description = "Training steps.")
    int steps;

    @Option(names = "--scale", defaultValue = "4", description = "2 or 4 (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--width", defaultValue = "32", description = "Hidden channels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--depth", defaultValue = "6", description = "Hidden convolutions (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--batch", defaultValue = "16", description = "Patch pairs per step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--patch", defaultValue = "96", description = "Sharp patch side in pixels (default: ${DEFAULT-VALUE}).")
    int patch;

    @Option(names = "--renders", defaultValue = "300",
            description = "Landscape renders to cut patches from; 0 for none (default: ${DEFAULT-VALUE}).")
    int renders;

    @Option(names = "--render-size", defaultValue = "256", description = "Their side (default: ${DEFAULT-VALUE}).")
    int renderSize;

    @Option(names = "--photos", paramLabel = "DIR", description = "A folder of sharp photographs to cut patches from.")
    Path photos;

    @Option(names = "--photo-side", defaultValue = "1024",
            description = "Photos are shrunk to this longest side first (default: ${DEFAULT-VALUE}).")
    int photoSide;

    @Option(names = "--source", paramLabel = "NAME=LICENCE",
            description = "Where the photos come from and their licence, recorded in the manifest; "
                    + "required with --photos, repeatable.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--adversarial", defaultValue = "0",
            description = "Adversarial loss weight; 0 trains with L1 only (default: ${DEFAULT-VALUE}).")
    float adversarial;

    @Option(names = "--feature", defaultValue = "0",
            description = "Discriminator-feature loss weight, with --adversarial (default: ${DEFAULT-VALUE}).")
    float feature;

    @Option(names = "--learning-rate", description = "Adam's rate (default: 2e-4 for L1, 1e-4 with an adversary).")
    Float learningRate;

    @Option(names = "--start", paramLabel = "DIR", description = "An upscaler folder to start from (SRGAN starts from the L1 network).")
    Path start;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--checkpoint-every", defaultValue = "250", description = "Steps between checkpoints (default: ${DEFAULT-VALUE}).")
    int checkpointEvery;

    @Option(names = "--resume", description = "Continue the run in --out from its newest checkpoint.")
    boolean resume;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to train (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
        UpscalerTrainingConfig config = config();
        List<UpscalerManifest.Source> licences = sources();
        if (!UpscalerManifestReader.NAME.matcher(name).matches()) {
            throw new UserInputException("--name must be lower-case letters, digits, '.', '_' or '-', was \""
                    + name + "\"");
        }
        OptionRange.check("--renders", renders, 0, 100_000);
        OptionRange.check("--render-size", renderSize, patch, 2048);
        OptionRange.check("--photo-side", photoSide, patch, 8192);
        OptionRange.outputFolder("--out", out);
        Device where = DeviceOption.resolve(device);
        if (start != null) {
            checkStart(config.spec(), where);
        }
        UpscalerPictures pictures = UpscalerPictures.gather(renders, renderSize, seed, photos, photoSide,
                System.err);
        if (pictures.pictures().isEmpty()) {
            throw new UserInputException("nothing to train on: --renders is 0 and --photos gave no images");
        }
        List<UpscalerManifest.Source> all = new ArrayList<>();
        if (renders > 0) {
            all.add(new UpscalerManifest.Source("Latent Brush landscape renderer, " + renders
                    + " scenes at " + renderSize + " px (generated by this program)", "CC0-1.0"));
        }
        if (pictures.photoCount() > 0) {
            all.addAll(licences);
        }
        UpscalerManifest manifest = new UpscalerManifest(name, title, config.spec(),
                UpscalerManifest.WEIGHTS_FILE, licence, all, Map.of());
        SuperResolutionPatches patches = new SuperResolutionPatches(pictures.pictures(), scale, patch,
                Degradation.GAN_LIKE, seed);
        try (UpscalerTrainer trainer = UpscalerTrainer.open(config, manifest, patches,
                pictures.describe(), out, resume, Optional.ofNullable(start), where);
                TrainingProgress progress = new TrainingProgress("train-upscaler",
                        config.adversarial() ? "D" : "-", "L1", System.err)) {
            double before = trainer.heldOutL1(32);
            trainer.train(progress);
            progress.close();
            System.out.println(String.format(Locale.ROOT, "wrote %s (held-out L1 %.4f, was %.4f at step 0 "
                    + "of this run)", out, trainer.heldOutL1(32), before));
        } catch (IOException e) {
            throw new UserInputException(IoMessages.of(e), e);
        }
        return 0;
    }

    private UpscalerTrainingConfig config() throws UserInputException {
        OptionRange.check("--steps", steps, 1, OptionRange.MAX_ITERATIONS * 10);
        OptionRange.check("--batch", batch, 1, 256);
        if (scale != 2 && scale != 4) {
            throw new UserInputException("--scale must be 2 or 4, was " + scale);
        }
        OptionRange.check("--width", width, 4, UpscalerSpec.MAX_WIDTH);
        OptionRange.check("--depth", depth, 0, UpscalerSpec.MAX_DEPTH);
        if (patch < 2 * scale || patch % scale != 0 || patch > 512) {
            throw new UserInputException("--patch must be a multiple of the scale " + scale + " from "
                    + 2 * scale + " to 512, was " + patch);
        }
        OptionRange.check("--checkpoint-every", checkpointEvery, 1, OptionRange.MAX_ITERATIONS * 10);
        OptionRange.check("--adversarial", adversarial, 0, 1e6);
        OptionRange.check("--feature", feature, 0, 1e6);
        if (feature > 0 && adversarial == 0) {
            throw new UserInputException("--feature needs --adversarial above 0: the feature loss reads "
                    + "the discriminator's features");
        }
        if (learningRate != null && !(learningRate > 0 && learningRate <= 1)) {
            throw new UserInputException("--learning-rate must be above 0 and at most 1, was " + learningRate);
        }
        try {
            UpscalerSpec spec = new UpscalerSpec(scale, 3, width, depth);
            AdamSettings adam = learningRate != null ? new AdamSettings(learningRate, 0.9f, 0.99f)
                    : adversarial > 0 ? UpscalerTrainingConfig.GAN_ADAM : UpscalerTrainingConfig.L1_ADAM;
            return new UpscalerTrainingConfig(spec, steps, batch, patch, seed, adam, adversarial, feature,
                    checkpointEvery);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /**
     * Refuses a --start folder that is not a usable upscaler of the run's shape, loading it as the
     * run will, before anything is rendered or the run's folder is made.
     */
    private void checkStart(UpscalerSpec spec, Device where) throws UserInputException {
        if (!Files.isDirectory(start)) {
            throw new UserInputException("--start: " + start + (Files.exists(start) ? " is not a folder"
                    : ": no such folder"));
        }
        UpscalerSpec found;
        try (Upscaler upscaler = Upscaler.load(start, where)) {
            found = upscaler.manifest().spec();
        } catch (ModelLoadException e) {
            throw new UserInputException("--start " + start + ": " + e.getMessage(), e);
        }
        if (!found.equals(spec)) {
            throw new UserInputException("--start " + start + " holds an upscaler of shape " + found
                    + ", not this run's " + spec);
        }
    }

    private List<UpscalerManifest.Source> sources() throws UserInputException {
        if (photos != null && sources.isEmpty()) {
            throw new UserInputException("--photos needs at least one --source NAME=LICENCE saying where the "
                    + "photos come from and under which licence");
        }
        List<UpscalerManifest.Source> list = new ArrayList<>();
        for (String source : sources) {
            int eq = source.lastIndexOf('=');
            if (eq <= 0 || eq == source.length() - 1) {
                throw new UserInputException("--source must be NAME=LICENCE, was \"" + source + "\"");
            }
            list.add(new UpscalerManifest.Source(source.substring(0, eq).trim(), source.substring(eq + 1).trim()));
        }
        if (photos != null && !Files.isDirectory(photos)) {
            throw new UserInputException("--photos: " + photos + " is not a folder");
        }
        return list;
    }
}
