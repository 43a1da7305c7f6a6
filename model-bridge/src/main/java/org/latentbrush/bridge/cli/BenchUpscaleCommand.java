package org.latentbrush.bridge.cli;

import ai.djl.Device;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.api.DeviceInfo;
import org.latentbrush.bridge.bench.Stats;
import org.latentbrush.bridge.bench.UpscaleBenchmark;
import org.latentbrush.bridge.generator.ManifestReader;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.upscale.Upscaler;
import org.latentbrush.bridge.upscale.UpscalerNetwork;
import org.latentbrush.bridge.upscale.UpscalerSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Times a learned upscaler as the editor uses it; the figures docs/PERFORMANCE.md records. */
@Command(name = "bench-upscale", mixinStandardHelpOptions = true,
        description = "Time an upscaler: one 64-pixel result to 256, and a 12-megapixel photo's change.")
final class BenchUpscaleCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The square of a 4000 x 3000 photo: what a 12-megapixel photo's edit carries its change onto. */
    private static final int PHOTO_SQUARE = 3000;

    @Option(names = "--upscaler", paramLabel = "NAME|PATH",
            description = "The upscaler to time (default: the one the default model names).")
    String upscaler;

    @Option(names = "--shape", paramLabel = "WIDTHxDEPTH",
            description = "Time an untrained upscaler of this shape instead, e.g. 32x6.")
    String shape;

    @Option(names = "--side", defaultValue = "64", description = "The result's side (default: ${DEFAULT-VALUE}).")
    int side;

    @Option(names = "--repeats", defaultValue = "30", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--json", description = "Also write the figures to this JSON file.")
    Path json;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to run (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
        OptionRange.check("--side", side, 8, 1024);
        OptionRange.check("--repeats", repeats, 3, 10_000);
        if (json != null && json.toAbsolutePath().getParent() != null) {
            OptionRange.outputFolder("--json", json.toAbsolutePath().getParent());
        }
        Device where = DeviceOption.resolve(device);
        try (Upscaler timed = open(where)) {
            UpscalerSpec spec = timed.manifest().spec();
            System.out.printf("Latent Brush bench-upscale: %s (x%d, width %d, depth %d, %,d weights) on %s%n",
                    timed.manifest().name(), spec.scale(), spec.width(), spec.depth(),
                    UpscalerNetwork.parameterCount(spec), DeviceInfo.of(where).summary());
            UpscaleBenchmark bench = new UpscaleBenchmark(timed);
            Stats one = bench.upscaleMillis(side, repeats);
            int big = side * spec.scale();
            System.out.printf("  %d -> %d: median %.1f ms, p90 %.1f ms%n", side, big, one.median(), one.p90());
            Stats change = bench.photoChangeMillis(side, PHOTO_SQUARE, Math.max(3, repeats / 5));
            System.out.printf("  a 12-megapixel photo's change (%d -> %d twice, then %d px): median %.0f ms, "
                    + "p90 %.0f ms%n", side, big, PHOTO_SQUARE, change.median(), change.p90());
            if (json != null) {
                ObjectNode out = JSON.createObjectNode();
                out.put("upscaler", timed.manifest().name());
                out.put("weights", UpscalerNetwork.parameterCount(spec));
                out.put("cores", Runtime.getRuntime().availableProcessors());
                out.putObject("upscaleMillis").put("median", one.median()).put("p90", one.p90());
                out.putObject("photoChangeMillis").put("median", change.median()).put("p90", change.p90());
                AtomicFiles.write(json, JSON.writeValueAsBytes(out));
                System.out.println("wrote " + json);
            }
        }
        return 0;
    }

    private Upscaler open(Device where) throws Exception {
        if (shape != null) {
            String[] parts = shape.toLowerCase(java.util.Locale.ROOT).split("x", -1);
            int width;
            int depth;
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                width = Integer.parseInt(parts[0].trim());
                depth = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new UserInputException("--shape must be WIDTHxDEPTH in whole numbers, e.g. 32x6, was '"
                        + shape + "'", e);
            }
            try {
                return Upscaler.untrained(new UpscalerSpec(4, 3, width, depth), 1, where);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--shape " + shape + ": " + e.getMessage(), e);
            }
        }
        if (upscaler != null) {
            return Upscaler.open(upscaler, where);
        }
        ModelManifest manifest = ManifestReader.read(ModelLocator.resolve(ModelLocator.DEFAULT_MODEL)
                .resolve(ModelManifest.FILE_NAME));
        if (manifest.upscaler().isEmpty()) {
            throw new UserInputException(manifest.name() + " names no upscaler; give --upscaler or --shape");
        }
        return Upscaler.open(manifest.upscaler().get(), where);
    }
}
