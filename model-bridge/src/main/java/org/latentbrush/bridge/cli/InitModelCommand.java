package org.latentbrush.bridge.cli;

import ai.djl.Device;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ManifestReader;
import org.latentbrush.bridge.generator.ManifestWriter;
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

    /** Narrower weights give every z the same flat grey image. */
    private static final double MIN_SIGMA = 1e-4;
    /** Wider weights only saturate every layer: the images are flat black and white. */
    private static final double MAX_SIGMA = 10;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(model.out.resolve(ModelManifest.FILE_NAME))) {
            throw new UserInputException(model.out + " already holds a model; choose another folder");
        }
        OptionRange.check("--sigma", sigma, MIN_SIGMA, MAX_SIGMA);
        ArchitectureSpec spec = model.spec();
        ModelManifest manifest = new ModelManifest(model.name, model.titleOrName(), spec, -1, 1,
                "generator.params", Optional.empty(), "none (random weights)", "CC0-1.0",
                Map.of("steps", 0, "note", "untrained: random weights"));
        try {
            // The loader's checks, now rather than when the written model is opened.
            ManifestReader.parse(ManifestWriter.toJson(manifest));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("the model's manifest would be invalid: " + e.getMessage(), e);
        }
        try (GanModel untrained = GanModel.random(manifest, seed, Device.cpu(), sigma)) {
            untrained.save(model.out);
        }
        System.out.println("wrote " + model.out);
        return 0;
    }
}
