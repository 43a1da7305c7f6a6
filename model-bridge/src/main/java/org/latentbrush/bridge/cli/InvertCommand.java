package org.latentbrush.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.photo.CropSquare;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoEditor;
import org.latentbrush.bridge.photo.PhotoFrame;
import org.latentbrush.bridge.photo.PhotoReader;
import org.latentbrush.bridge.photo.Projection;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.photo.TunedGenerator;
import org.latentbrush.bridge.photo.TuningSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Projects a photo into a model's latent space and reports how closely the model reproduces it. */
@Command(name = "invert", mixinStandardHelpOptions = true,
        description = "Project a photo's centre square (or --frame) into the model (iGAN's hybrid by default), "
                + "then tune the generator to it (Pivotal Tuning; --no-tune skips it); write frame.png (what "
                + "the model sees), reconstruction.png and report.json.")
final class InvertCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ProjectionOptions projectionOptions;

    @Mixin
    TuningOptions tuningOptions;

    @Option(names = "--image", required = true, description = "The photo, PNG or JPEG.")
    Path image;

    @Option(names = "--out", required = true, description = "Folder for the images and report.")
    Path out;

    @Override
    public Integer call() throws Exception {
        OptionRange.outputFolder("--out", out);
        ProjectionSettings settings = projectionOptions.settings();
        Photo photo = new PhotoReader().read(image);
        Optional<TuningSettings> tuning = tuningOptions.tuning();
        CropSquare crop = tuningOptions.frame(photo).orElse(CropSquare.centred(photo.width(), photo.height()));
        try (GanModel model = modelOptions.open(); PhotoEditor session = new PhotoEditor(model, photo, crop)) {
            PhotoFrame frame = session.frame();
            Projection projection;
            try (ProgressBar bar = Progress.bar("invert", settings.iterations())) {
                projection = session.project(settings, p -> bar.stepTo(p.iteration()), () -> false);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e); // the encoder method without an encoder
            }
            double psnr = projection.psnr();
            long millis = projection.millis();
            if (tuning.isPresent()) {
                try (ProgressBar bar = Progress.bar("tune", tuning.get().steps())) {
                    TunedGenerator tuned = session.tune(tuning.get(), p -> bar.maxHint(p.steps()).stepTo(p.step()),
                            () -> false);
                    psnr = tuned.psnr();
                    millis += tuned.millis();
                }
            }
            Files.createDirectories(out);
            ImageFiles.writePng(frame.image(), out.resolve("frame.png"), 1);
            ImageFiles.writePng(session.reconstruction(), out.resolve("reconstruction.png"), 1);
            ObjectNode report = JSON.createObjectNode();
            report.put("model", model.manifest().name());
            report.put("image", String.valueOf(image.getFileName()));
            report.put("method", projection.method().id());
            report.put("psnr", psnr);
            report.put("psnrBeforeTuning", projection.psnr());
            report.put("tuned", tuning.isPresent());
            report.put("tuningSteps", session.tuned() == null ? 0 : session.tuned().steps());
            report.put("iterations", projection.iterations());
            report.put("millis", millis);
            report.put("seed", settings.seed());
            ObjectNode square = report.putObject("crop");
            square.put("x", frame.crop().x());
            square.put("y", frame.crop().y());
            square.put("side", frame.crop().side());
            ArrayNode z = report.putArray("z");
            for (float v : projection.z()) {
                z.add(v);
            }
            AtomicFiles.write(out.resolve("report.json"), JSON.writeValueAsBytes(report));
            System.out.printf(Locale.ROOT, "%s: PSNR %.2f dB (projection %.2f dB: %s, %d iterations; %s; %d ms) "
                    + "-> %s%n", image.getFileName(), psnr, projection.psnr(), projection.method().id(),
                    projection.iterations(), session.tuned() == null ? "not tuned"
                            : "tuned in " + session.tuned().steps() + " steps", millis, out);
        }
        return 0;
    }
}
