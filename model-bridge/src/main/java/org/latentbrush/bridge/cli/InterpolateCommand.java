package org.latentbrush.bridge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.image.RasterImage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the frames from one latent to another, as iGAN's playback does. */
@Command(name = "interpolate", mixinStandardHelpOptions = true,
        description = "Write frames frame-001.png… going from one latent vector to another.")
final class InterpolateCommand implements Callable<Integer> {

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--out", required = true, description = "Folder for the frames.")
    Path out;

    @Option(names = "--from-seed", defaultValue = "1", description = "Seed of the first latent (default: ${DEFAULT-VALUE}).")
    long fromSeed;

    @Option(names = "--to-seed", defaultValue = "2", description = "Seed of the last latent (default: ${DEFAULT-VALUE}).")
    long toSeed;

    @Option(names = "--frames", defaultValue = "16", description = "Number of frames (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--linear", description = "Interpolate on a straight line instead of slerp.")
    boolean linear;

    @Option(names = "--scale", defaultValue = "1", description = "Upscaling factor (default: ${DEFAULT-VALUE}).")
    int scale;

    @Override
    public Integer call() throws Exception {
        OptionRange.outputFolder("--out", out);
        OptionRange.check("--frames", frames, 2, 10_000);
        OptionRange.check("--scale", scale, 1, OptionRange.MAX_SCALE);
        try (GanModel model = modelOptions.open()) {
            int latent = model.manifest().latentSize();
            List<float[]> path = LatentPaths.interpolate(LatentPaths.random(latent, fromSeed),
                    LatentPaths.random(latent, toSeed), frames, !linear);
            List<RasterImage> images = model.render(path);
            Files.createDirectories(out);
            for (int i = 0; i < images.size(); i++) {
                ImageFiles.writePng(images.get(i), out.resolve(String.format("frame-%03d.png", i + 1)), scale);
            }
            ImageFiles.writePng(ImageFiles.grid(images, Math.min(frames, 8), 1), out.resolve("strip.png"));
        }
        System.out.println("wrote " + frames + " frames to " + out);
        return 0;
    }
}
