package org.latentbrush.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoFrame;
import org.latentbrush.bridge.photo.PhotoReader;
import org.latentbrush.bridge.photo.Projection;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.photo.Projector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Projects a photo into a model's latent space and reports how closely the model reproduces it. */
@Command(name = "invert", mixinStandardHelpOptions = true,
        description = "Project a photo's centre square into the model (iGAN's hybrid by default); write "
                + "frame.png (what the model sees), reconstruction.png and report.json.")
final class InvertCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ProjectionOptions projectionOptions;

    @Option(names = "--image", required = true, description = "The photo, PNG or JPEG.")
    Path image;

    @Option(names = "--out", required = true, description = "Folder for the images and report.")
    Path out;

    @Override
    public Integer call() throws Exception {
        OptionRange.outputFolder("--out", out);
        ProjectionSettings settings = projectionOptions.settings();
        Photo photo = new PhotoReader().read(image);
        try (GanModel model = modelOptions.open()) {
            PhotoFrame frame = PhotoFrame.of(photo, model.manifest().imageSize(), model.manifest().channels());
            Projection projection;
            try (ProgressBar bar = Progress.bar("invert", settings.iterations())) {
                projection = new Projector(model).project(frame.image(), settings,
                        p -> bar.stepTo(p.iteration()), () -> false);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e); // the encoder method without an encoder
            }
            Files.createDirectories(out);
            ImageFiles.writePng(frame.image(), out.resolve("frame.png"), 1);
            ImageFiles.writePng(projection.reconstruction(), out.resolve("reconstruction.png"), 1);
            ObjectNode report = JSON.createObjectNode();
            report.put("model", model.manifest().name());
            report.put("image", String.valueOf(image.getFileName()));
            report.put("method", projection.method().id());
            report.put("psnr", projection.psnr());
            report.put("iterations", projection.iterations());
            report.put("millis", projection.millis());
            report.put("seed", settings.seed());
            ObjectNode crop = report.putObject("crop");
            crop.put("x", frame.crop().x());
            crop.put("y", frame.crop().y());
            crop.put("side", frame.crop().side());
            ArrayNode z = report.putArray("z");
            for (float v : projection.z()) {
                z.add(v);
            }
            AtomicFiles.write(out.resolve("report.json"), JSON.writeValueAsBytes(report));
            System.out.printf("%s: PSNR %.2f dB (%s, %d iterations, %d ms) -> %s%n", image.getFileName(),
                    projection.psnr(), projection.method().id(), projection.iterations(), projection.millis(), out);
        }
        return 0;
    }
}
