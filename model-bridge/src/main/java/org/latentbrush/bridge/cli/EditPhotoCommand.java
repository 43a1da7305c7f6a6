package org.latentbrush.bridge.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.StrokesFile;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.optim.OptimizerSettings;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoEdit;
import org.latentbrush.bridge.photo.PhotoEditor;
import org.latentbrush.bridge.photo.PhotoReader;
import org.latentbrush.bridge.photo.PhotoWriter;
import org.latentbrush.bridge.photo.Projection;
import org.latentbrush.bridge.photo.ProjectionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Edits a photo with a strokes file through a model and writes it at full resolution. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Edit a photo with strokes through the model (Neural Photo Editor masking): project "
                + "it, optimise under the strokes near the projection, add the masked change to the photo. "
                + "Strokes are in photo pixels (canvas = the photo's size) or on a square canvas over the "
                + "photo's centre square.")
final class EditPhotoCommand implements Callable<Integer> {

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ProjectionOptions projectionOptions;

    @Mixin
    EditOptions editOptions;

    @Option(names = "--image", required = true, description = "The photo, PNG or JPEG.")
    Path image;

    @Option(names = "--strokes", required = true, description = "Strokes file (docs/FORMATS.md).")
    Path strokes;

    @Option(names = "--out", required = true, description = "The edited photo, .png or .jpg; replaced atomically.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try {
            PhotoWriter.formatOf(out);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        OptimizerSettings settings = settings();
        ProjectionSettings projectionSettings = projectionOptions.settings();
        ConstraintSet set = StrokesFile.read(strokes);
        Photo photo = new PhotoReader().read(image);
        try (GanModel model = modelOptions.open()) {
            PhotoEditor session = new PhotoEditor(model, photo);
            Projection z0;
            try (ProgressBar bar = Progress.bar("project", projectionSettings.iterations())) {
                z0 = session.project(projectionSettings, p -> bar.stepTo(p.iteration()), () -> false);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e); // the encoder method without an encoder
            }
            PhotoEdit edit;
            try (ProgressBar bar = Progress.bar("edit", settings.iterations())) {
                edit = session.edit(set, settings, batch -> bar.stepTo(batch.iteration()), () -> false);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(strokes.getFileName() + ": " + e.getMessage(), e);
            }
            PhotoWriter.write(edit.photo(), out);
            System.out.printf(Locale.ROOT, "changed %d of %d pixels (%.2f%%); colour error on the strokes "
                    + "%.5f in the photo, %.5f in the model; projection PSNR %.2f dB; transfer %d ms -> %s%n",
                    edit.changedPixels(), photo.pixelCount(), 100.0 * edit.changedPixels() / photo.pixelCount(),
                    edit.photoColorError(), edit.candidate().colorError(), z0.psnr(), edit.transferMillis(), out);
        }
        return 0;
    }

    private OptimizerSettings settings() throws UserInputException {
        return editOptions.applyTo(OptimizerSettings.igan());
    }
}
