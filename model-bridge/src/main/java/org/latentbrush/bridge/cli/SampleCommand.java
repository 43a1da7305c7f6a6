package org.latentbrush.bridge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.upscale.Enlarger;
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

    @Option(names = "--upscale", paramLabel = "N",
            description = "Enlarge each sample N times through the model's learned upscaler instead of --scale's "
                    + "smooth scaling (smooth, said on standard error, when it has none).")
    Integer upscale;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        OptionRange.check("--count", count, 1, OptionRange.MAX_IMAGES);
        OptionRange.check("--columns", columns, 1, OptionRange.MAX_IMAGES);
        OptionRange.check("--scale", scale, 1, OptionRange.MAX_SCALE);
        if (upscale != null) {
            OptionRange.check("--upscale", upscale, 1, OptionRange.MAX_SCALE);
        }
        int factor = upscale != null ? upscale : scale;
        OptionRange.extension("--out", out, "png");
        if (out.toAbsolutePath().getParent() != null) {
            OptionRange.outputFolder("--out", out.toAbsolutePath().getParent());
        }
        try (GanModel model = modelOptions.open()) {
            int tile = model.manifest().imageSize() * factor;
            int rows = (count + columns - 1) / columns;
            OptionRange.pixels("the sample grid", (long) columns * tile, (long) rows * tile);
            List<float[]> latents = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                latents.add(LatentPaths.random(model.manifest().latentSize(), seed * 1_000_003L + i));
            }
            List<RasterImage> images = model.render(latents);
            if (upscale == null) {
                ImageFiles.writePng(ImageFiles.grid(images, columns, scale), out);
            } else {
                try (Enlarger enlarger = Enlarger.forModel(model.manifest(), model.device())) {
                    if (!enlarger.learned()) {
                        System.err.println("sample: --upscale uses " + enlarger.description());
                    }
                    List<RasterImage> big = images.stream().map(i -> enlarger.enlarge(i, upscale)).toList();
                    ImageFiles.writePng(ImageFiles.grid(big, columns, 1), out);
                }
            }
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
