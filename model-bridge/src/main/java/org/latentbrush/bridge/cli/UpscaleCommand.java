package org.latentbrush.bridge.cli;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.generator.ManifestReader;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoReader;
import org.latentbrush.bridge.photo.PhotoWriter;
import org.latentbrush.bridge.upscale.Enlarger;
import org.latentbrush.bridge.upscale.Upscaler;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Enlarges any PNG or JPEG with a learned upscaler: {@code latent-brush upscale}.
 *
 * <pre>
 * latent-brush upscale --model landscape-64 --image small.png --out big.png
 * latent-brush upscale --upscaler landscape-x4 --image small.png --out big.jpg --scale 8
 * </pre>
 */
@Command(name = "upscale", mixinStandardHelpOptions = true,
        description = "Enlarge a PNG or JPEG with a learned upscaler (a model's own, or one named), "
                + "then smooth scaling to the exact factor.")
final class UpscaleCommand implements Callable<Integer> {

    /** The largest output: four float copies of it must fit in the default memory. */
    static final long MAX_OUTPUT_PIXELS = 32L << 20;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = {"-m", "--model"}, paramLabel = "NAME|PATH",
                description = "Use the upscaler this model's manifest names (smooth scaling if none).")
        String model;

        @Option(names = "--upscaler", paramLabel = "NAME|PATH", description = "A built-in upscaler or an upscaler folder.")
        String upscaler;
    }

    @Option(names = "--image", required = true, description = "The PNG or JPEG to enlarge.")
    Path image;

    @Option(names = "--out", required = true, description = "The PNG or JPEG to write.")
    Path out;

    @Option(names = "--scale", defaultValue = "4", description = "Enlargement, 1 to 16 (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to run (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
        OptionRange.check("--scale", scale, 1, OptionRange.MAX_SCALE);
        try {
            PhotoWriter.formatOf(out);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--out: " + e.getMessage(), e);
        }
        if (out.toAbsolutePath().getParent() != null) {
            OptionRange.outputFolder("--out", out.toAbsolutePath().getParent());
        }
        Device where = DeviceOption.resolve(device);
        // The output's size is known from the input's header: refuse before decoding anything.
        Photo photo = new PhotoReader(Math.max(1, MAX_OUTPUT_PIXELS / ((long) scale * scale))).read(image);
        OptionRange.photoMemory(image.getFileName() + " enlarged " + scale + " times",
                photo.pixelCount() * scale * scale, 4);
        try (Enlarger enlarger = open(where)) {
            long start = System.nanoTime();
            RasterImage big = enlarger.enlarge(RasterImage.fromPackedRgb(photo.width(), photo.height(), photo.rgb()), scale);
            double ms = (System.nanoTime() - start) / 1e6;
            PhotoWriter.write(new Photo(big.width(), big.height(), big.toArgb()), out);
            System.out.println(String.format(Locale.ROOT, "wrote %s (%dx%d, %s, %.0f ms)", out,
                    big.width(), big.height(), enlarger.description(), ms));
        }
        return 0;
    }

    private Enlarger open(Device where) throws Exception {
        if (which.upscaler != null) {
            return Enlarger.through(Upscaler.open(which.upscaler, where));
        }
        Path folder = ModelLocator.resolve(which.model);
        ModelManifest manifest;
        try {
            manifest = ManifestReader.read(folder.resolve(ModelManifest.FILE_NAME));
        } catch (ModelLoadException e) {
            throw ModelLocator.failureIn(which.model, folder, e);
        }
        Enlarger enlarger = Enlarger.forModel(manifest, where);
        if (!enlarger.learned()) {
            System.err.println("upscale: " + enlarger.description());
        }
        return enlarger;
    }
}
