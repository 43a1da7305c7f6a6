package org.latentbrush.bridge.cli;

import ai.djl.Device;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a model folder with random weights: a starting point for training, or for trying things. */
@Command(name = "init-model", mixinStandardHelpOptions = true,
        description = "Create a model folder with random (untrained) weights.")
final class InitModelCommand implements Callable<Integer> {

    @Mixin
    NewModelOptions model;

    @Option(names = "--sigma", defaultValue = "0.02",
            description = "Weight spread; larger gives an untrained model more varied images "
                    + "(default: ${DEFAULT-VALUE}).")
    float sigma;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(model.out.resolve(ModelManifest.FILE_NAME))) {
            throw new UserInputException(model.out + " already holds a model; choose another folder");
        }
        ArchitectureSpec spec = model.spec();
        ModelManifest manifest = new ModelManifest(model.name, model.titleOrName(), spec, -1, 1,
                "generator.params", Optional.empty(), "none (random weights)", "CC0-1.0",
                Map.of("steps", 0, "note", "untrained: random weights"));
        try (GanModel untrained = GanModel.random(manifest, seed, Device.cpu(), sigma)) {
            untrained.save(model.out);
        }
        System.out.println("wrote " + model.out);
        return 0;
    }
}
