package org.latentbrush.bridge.cli;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ManifestReader;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.io.IoMessages;
import org.latentbrush.bridge.training.EncoderTrainer;
import org.latentbrush.bridge.training.EncoderTrainingConfig;
import org.latentbrush.bridge.training.RunFolderLock;
import org.latentbrush.bridge.training.data.ImageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the encoder of a model folder against its frozen generator:
 * {@code latent-brush train-encoder}.
 *
 * <pre>
 * latent-brush train-encoder --model runs/landscape-64 --steps 2000
 * </pre>
 */
@Command(name = "train-encoder", mixinStandardHelpOptions = true,
        description = "Train a model's encoder (image to first guess of z) on the generator's own "
                + "images, optionally also on real ones; writes encoder.params into the folder.")
public final class TrainEncoderCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "The model folder to add the encoder to.")
    Path model;

    @Option(names = "--steps", required = true, description = "Training steps.")
    int steps;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--width", defaultValue = "32",
            description = "Channels of the encoder's first convolution (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data", paramLabel = "SOURCE",
            description = "Also reconstruct real images: " + TrainingData.FORMS + ".")
    String data;

    @Option(names = "--data-weight", defaultValue = "1",
            description = "Weight of the real images' pixel loss (default: ${DEFAULT-VALUE}).")
    float dataWeight;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to train (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(model.resolve(ModelManifest.FILE_NAME))) {
            throw new UserInputException(model + " is not a model folder (no "
                    + ModelManifest.FILE_NAME + ")");
        }
        OptionRange.check("--steps", steps, 1, OptionRange.MAX_ITERATIONS * 10);
        OptionRange.check("--batch", batch, 1, 1024);
        OptionRange.check("--width", width, 1, 512);
        OptionRange.check("--data-weight", dataWeight, 0, 1e6);
        EncoderTrainingConfig config;
        try {
            config = EncoderTrainingConfig.standard(steps, batch, width, seed);
            config = data == null ? config : config.withDataWeight(dataWeight);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        Device where = DeviceOption.resolve(device);
        // The manifest and --data are checked before the folder is locked (which leaves a lock file).
        ModelManifest manifest = ManifestReader.read(model.resolve(ModelManifest.FILE_NAME));
        ImageSource source = data == null ? null
                : TrainingData.open(data, manifest.imageSize(), manifest.channels(), seed);
        long start = System.nanoTime();
        // The encoder is written into the model's folder: no GAN run may be writing it meanwhile.
        try (RunFolderLock lock = lockFolder();
                GanModel gan = GanModel.load(model, where)) {
            try (EncoderTrainer trainer = new EncoderTrainer(gan, config, source);
                    TrainingProgress progress =
                            new TrainingProgress("train-encoder", "z-MSE", "pixel-MSE", System.err)) {
                double before = trainer.latentError();
                trainer.train(progress);
                progress.close();
                trainer.save(model, (System.nanoTime() - start) / 1e9);
                System.out.println(String.format(Locale.ROOT,
                        "wrote %s (held-out z-MSE %.4f, was %.4f untrained)", model.resolve(
                                EncoderTrainer.ENCODER_FILE), trainer.latentError(), before));
            }
        }
        return 0;
    }

    private RunFolderLock lockFolder() throws UserInputException {
        try {
            return RunFolderLock.acquire(model);
        } catch (IOException e) {
            throw new UserInputException(IoMessages.of(e), e);
        }
    }
}
