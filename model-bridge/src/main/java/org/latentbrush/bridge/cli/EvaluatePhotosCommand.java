package org.latentbrush.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.optim.OptimizerSettings;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoFrame;
import org.latentbrush.bridge.photo.PhotoReader;
import org.latentbrush.bridge.photo.PhotoWriter;
import org.latentbrush.bridge.quality.PhotoEditEvaluation;
import org.latentbrush.bridge.upscale.Enlarger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures photo editing on a folder of real photos: projection, tuning and three test strokes. */
@Command(name = "evaluate-photos", mixinStandardHelpOptions = true,
        description = "Measure photo editing on real photos: PSNR before and after tuning, time, and for a "
                + "sunset, a water and a snow stroke the colour error in the exported photo before and after, "
                + "and the pixels changed beyond 1.5 brush radii, with the editor's live protocol (docs/PHOTO-EDITING.md).")
final class EvaluatePhotosCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Side of the before/after pictures written per stroke. */
    private static final int PICTURE_SIDE = 256;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ProjectionOptions projectionOptions;

    @Mixin
    TuningOptions tuningOptions;

    @Option(names = "--images", required = true, description = "Folder of PNG or JPEG photos.")
    Path images;

    @Option(names = "--out", required = true,
            description = "Folder for report.json and each photo's square before and after each stroke.")
    Path out;

    @Option(names = "--limit", defaultValue = "100", description = "Most photos measured (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--no-upscale", description = "Carry the edits onto the photos by smooth scaling, not "
            + "through the model's learned upscaler.")
    boolean noUpscale;

    @Override
    public Integer call() throws Exception {
        OptionRange.outputFolder("--out", out);
        OptionRange.check("--limit", limit, 1, 10_000);
        List<Path> photos = photosIn(images);
        if (photos.isEmpty()) {
            throw new UserInputException(images + ": no .png, .jpg or .jpeg photos in it");
        }
        Files.createDirectories(out);
        ArrayNode rows = JSON.createArrayNode();
        try (GanModel model = modelOptions.open();
                Enlarger enlarger = noUpscale ? Enlarger.smooth("smooth scaling (asked for)")
                        : Enlarger.forModel(model.manifest(), model.device())) {
            // The editor's photo edits, less the pictures between step groups no one watches here.
            PhotoEditEvaluation evaluation = new PhotoEditEvaluation(model, projectionOptions.settings(),
                    tuningOptions.tuning(), OptimizerSettings.live(model.manifest()).forPhotos()
                            .withStepGroup(0)).carryingThrough(enlarger);
            System.out.println("edits carried onto the photos by " + enlarger.description());
            System.out.println("photo | PSNR before | PSNR tuned | project ms | tune ms (steps) | "
                    + String.join(" | ", PhotoEditEvaluation.STROKES.stream().map(s -> s.name() + " error").toList())
                    + " | changed beyond 1.5 r");
            for (Path file : photos) {
                Photo photo = new PhotoReader().read(file);
                PhotoEditEvaluation.PhotoResult r = evaluation.measure(photo);
                rows.add(row(file, r));
                writePictures(file, photo, r);
                System.out.println(line(file, r));
            }
        }
        ObjectNode report = JSON.createObjectNode();
        report.put("model", modelOptions.model);
        report.put("tuned", !tuningOptions.noTune);
        report.set("photos", rows);
        AtomicFiles.write(out.resolve("report.json"), JSON.writeValueAsBytes(report));
        return 0;
    }

    private List<Path> photosIn(Path folder) throws IOException, UserInputException {
        if (!Files.isDirectory(folder)) {
            throw new UserInputException(folder + ": not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> PhotoWriter.formatOf(f.getFileName().toString()).isPresent()).sorted()
                    .limit(limit).toList();
        }
    }

    private static String line(Path file, PhotoEditEvaluation.PhotoResult r) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s | %.2f | %.2f | %d | %d (%d)",
                file.getFileName(), r.psnrBefore(), r.psnr(), r.projectMillis(), r.tuneMillis(), r.tuneSteps()));
        long changedBeyond = 0;
        for (PhotoEditEvaluation.StrokeResult sr : r.strokes()) {
            s.append(String.format(Locale.ROOT, " | %.4f -> %.4f (%.0f%%)", sr.reach().errorBefore(),
                    sr.reach().errorAfter(), 100 * sr.reach().fall()));
            changedBeyond += sr.changedBeyondReach();
        }
        return s.append(" | ").append(changedBeyond).toString();
    }

    private static ObjectNode row(Path file, PhotoEditEvaluation.PhotoResult r) {
        ObjectNode row = JSON.createObjectNode();
        row.put("photo", String.valueOf(file.getFileName()));
        row.put("psnrBeforeTuning", r.psnrBefore());
        row.put("psnr", r.psnr());
        row.put("projectMillis", r.projectMillis());
        row.put("tuneMillis", r.tuneMillis());
        row.put("tuneSteps", r.tuneSteps());
        ArrayNode strokes = row.putArray("strokes");
        for (PhotoEditEvaluation.StrokeResult sr : r.strokes()) {
            ObjectNode s = strokes.addObject();
            s.put("stroke", sr.stroke().name());
            s.put("colorErrorBefore", sr.reach().errorBefore());
            s.put("colorErrorAfter", sr.reach().errorAfter());
            s.put("fall", sr.reach().fall());
            s.put("changedPixels", sr.changedPixels());
            s.put("pixelsBeyondReach", sr.pixelsBeyondReach());
            s.put("changedBeyondReach", sr.changedBeyondReach());
        }
        return row;
    }

    private void writePictures(Path file, Photo photo, PhotoEditEvaluation.PhotoResult r) throws IOException {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        ImageFiles.writePng(PhotoFrame.of(photo, r.crop(), PICTURE_SIDE, 3).image(), out.resolve(base + "-0-photo.png"), 1);
        int i = 1;
        for (PhotoEditEvaluation.StrokeResult sr : r.strokes()) {
            String name = sr.stroke().name().replaceAll("[^a-z]+", "-");
            ImageFiles.writePng(PhotoFrame.of(sr.edited(), r.crop(), PICTURE_SIDE, 3).image(),
                    out.resolve(base + "-" + i++ + "-" + name + ".png"), 1);
        }
    }
}
