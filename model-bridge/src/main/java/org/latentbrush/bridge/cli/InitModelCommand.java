package org.latentbrush.bridge.cli;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a model folder with random weights: a starting point for training, or for trying things. */
@Command(name = "init-model", mixinStandardHelpOptions = true,
        description = "Create a model folder with random (untrained) weights.")
final class InitModelCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "Folder to create.")
    Path out;

    @Option(names = "--name", required = true, description = "Model name, e.g. my-model-64.")
    String name;

    @Option(names = "--title", description = "Title shown in the editor.")
    String title;

    @Option(names = "--size", defaultValue = "64", description = "Image side (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--channels", defaultValue = "3", description = "1 or 3 (default: ${DEFAULT-VALUE}).")
    int channels;

    @Option(names = "--latent", defaultValue = "100", description = "Latent size (default: ${DEFAULT-VALUE}).")
    int latent;

    @Option(names = "--width", defaultValue = "32", description = "Base width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--sigma", defaultValue = "0.02",
            description = "Weight spread; larger gives an untrained model more varied images "
                    + "(default: ${DEFAULT-VALUE}).")
    float sigma;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out.resolve(ModelManifest.FILE_NAME))) {
            throw new UserInputException(out + " already holds a model; choose another folder");
        }
        ArchitectureSpec spec;
        try {
            spec = new ArchitectureSpec(latent, size, channels, width);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        ModelManifest manifest = new ModelManifest(name, title == null ? name : title, spec, -1, 1,
                "generator.params", Optional.empty(), "none (random weights)", "CC0-1.0",
                Map.of("steps", 0, "note", "untrained: random weights"));
        try (GanModel model = GanModel.random(manifest, seed, Device.cpu(), sigma)) {
            model.save(out);
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
