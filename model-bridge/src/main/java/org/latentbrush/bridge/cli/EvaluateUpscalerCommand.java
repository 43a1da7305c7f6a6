package org.latentbrush.bridge.cli;

import ai.djl.Device;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.quality.UpscaleComparison;
import org.latentbrush.bridge.quality.UpscaleSheet;
import org.latentbrush.bridge.training.data.HighResPicture;
import org.latentbrush.bridge.training.data.UpscalerPictures;
import org.latentbrush.bridge.upscale.Upscaler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures upscalers against smooth and bicubic scaling on held-out renders and photographs:
 * {@code latent-brush evaluate-upscaler}.
 *
 * <pre>
 * latent-brush evaluate-upscaler --upscaler runs/x4-l1 --upscaler runs/x4-gan --photos held-out/ \
 *     --json eval.json --sheet compare.png
 * </pre>
 */
@Command(name = "evaluate-upscaler", mixinStandardHelpOptions = true,
        description = "Score upscalers (PSNR and sharpness against the sharp truth, ms per image) against "
                + "smooth and bicubic scaling, on landscape renders no upscaler trains on and on a folder of "
                + "photographs.")
final class EvaluateUpscalerCommand implements Callable<Integer> {

    /** Held-out render seeds start here, away from the training renders' range. */
    static final long HELD_OUT_SEED_BASE = 9_000_000_000L;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--upscaler", required = true, paramLabel = "NAME|PATH",
            description = "An upscaler to score; repeat to compare several.")
    List<String> upscalers;

    @Option(names = "--renders", defaultValue = "32", description = "Held-out renders (default: ${DEFAULT-VALUE}).")
    int renders;

    @Option(names = "--render-size", defaultValue = "256", description = "Their side (default: ${DEFAULT-VALUE}).")
    int renderSize;

    @Option(names = "--photos", paramLabel = "DIR", description = "A folder of photographs no upscaler trained on.")
    Path photos;

    @Option(names = "--photo-side", defaultValue = "1024",
            description = "Photos are shrunk to this longest side first (default: ${DEFAULT-VALUE}).")
    int photoSide;

    @Option(names = "--json", description = "Write the scores to this JSON file.")
    Path json;

    @Option(names = "--sheet", description = "Write a comparison picture (PNG): each method beside the truth.")
    Path sheet;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to run (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
        OptionRange.check("--renders", renders, 0, 10_000);
        OptionRange.check("--render-size", renderSize, 32, 2048);
        OptionRange.check("--photo-side", photoSide, 32, 8192);
        if (photos != null && !Files.isDirectory(photos)) {
            throw new UserInputException("--photos: " + photos + (Files.exists(photos)
                    ? " is not a folder" : ": no such folder"));
        }
        if (sheet != null) {
            OptionRange.extension("--sheet", sheet, "png");
        }
        // The scores are written after the work: refuse a path they cannot go to now.
        for (Path file : new Path[] {json, sheet}) {
            if (file != null && file.toAbsolutePath().getParent() != null) {
                OptionRange.outputFolder(file == json ? "--json" : "--sheet", file.toAbsolutePath().getParent());
            }
        }
        Device where = DeviceOption.resolve(device);
        List<Upscaler> opened = new ArrayList<>();
        try {
            for (String reference : upscalers) {
                opened.add(Upscaler.open(reference, where));
            }
            int scale = opened.get(0).scale();
            UpscaleComparison comparison = new UpscaleComparison(scale);
            for (Upscaler u : opened) {
                if (u.scale() != scale) {
                    throw new UserInputException("all upscalers must have the same scale; "
                            + u.manifest().name() + " is x" + u.scale());
                }
                comparison.with(label(u, opened), u::upscale);
            }
            ObjectNode out = JSON.createObjectNode();
            List<UpscaleComparison.Case> shown = new ArrayList<>();
            measure("held-out renders", renders(), comparison, out, shown);
            if (photos != null) {
                measure("held-out photographs", photos(), comparison, out, shown);
            }
            if (json != null) {
                AtomicFiles.write(json, JSON.writeValueAsBytes(out));
                System.out.println("wrote " + json);
            }
            if (sheet != null) {
                ImageFiles.writePng(UpscaleSheet.draw(shown, comparison.names()), sheet);
                System.out.println("wrote " + sheet);
            }
        } finally {
            opened.forEach(Upscaler::close);
        }
        return 0;
    }

    private void measure(String what, List<RasterImage> truths, UpscaleComparison comparison,
            ObjectNode out, List<UpscaleComparison.Case> shown) {
        if (truths.isEmpty()) {
            return;
        }
        Map<String, UpscaleComparison.Score> scores = new LinkedHashMap<>();
        List<UpscaleComparison.Case> cases = comparison.run(truths, scores);
        shown.addAll(cases.subList(0, Math.min(3, cases.size())));
        System.out.printf("%n%s (%d):%n  %-28s %9s %10s %9s%n", what, truths.size(), "method",
                "PSNR dB", "sharpness", "ms");
        ObjectNode node = out.putObject(what.replace(' ', '-'));
        scores.forEach((name, s) -> {
            System.out.printf("  %-28s %9.2f %10.2f %9.1f%n", name, s.psnr(), s.sharpness(), s.millis());
            node.putObject(name).put("psnr", s.psnr()).put("sharpness", s.sharpness()).put("millis", s.millis());
        });
    }

    private List<RasterImage> renders() {
        List<RasterImage> list = new ArrayList<>();
        var renderer = new org.latentbrush.bridge.training.data.LandscapeRenderer();
        for (int i = 0; i < renders; i++) {
            list.add(raster(HighResPicture.render(renderer, HELD_OUT_SEED_BASE + i, renderSize)));
        }
        return list;
    }

    private List<RasterImage> photos() {
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        UpscalerPictures pictures = UpscalerPictures.gather(0, renderSize, 0, photos, photoSide,
                new PrintStream(warnings, true, StandardCharsets.UTF_8));
        System.err.print(warnings.toString(StandardCharsets.UTF_8));
        return pictures.pictures().stream().map(EvaluateUpscalerCommand::raster).toList();
    }

    private static String label(Upscaler u, List<Upscaler> all) {
        String loss = String.valueOf(u.manifest().training().getOrDefault("loss", ""));
        String kind = loss.startsWith("L1 +") ? "SRGAN" : loss.startsWith("L1") ? "L1" : "";
        String name = u.manifest().name();
        long same = all.stream().filter(o -> o.manifest().name().equals(name)).count();
        return same > 1 || !kind.isEmpty() ? name + " (" + (kind.isEmpty() ? all.indexOf(u) : kind) + ")" : name;
    }

    private static RasterImage raster(HighResPicture picture) {
        return RasterImage.fromPackedRgb(picture.width(), picture.height(), picture.pixels());
    }
}
