package org.latentbrush.bridge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.ImageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a grid of random samples of a model. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write a grid of random samples of a model as a PNG.")
final class SampleCommand implements Callable<Integer> {

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--out", required = true, description = "PNG file to write.")
    Path out;

    @Option(names = "--count", defaultValue = "64", description = "Number of samples (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--columns", defaultValue = "8", description = "Samples per row (default: ${DEFAULT-VALUE}).")
    int columns;

    @Option(names = "--scale", defaultValue = "2", description = "Upscaling factor (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || columns < 1 || scale < 1) {
            throw new UserInputException("--count, --columns and --scale must be positive");
        }
        try (GanModel model = modelOptions.open()) {
            List<float[]> latents = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                latents.add(LatentPaths.random(model.manifest().latentSize(), seed * 1_000_003L + i));
            }
            ImageFiles.writePng(ImageFiles.grid(model.render(latents), columns, scale), out);
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
