package org.latentbrush.bridge.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.StrokesFile;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.optim.OptimizerSettings;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoEditing;
import org.latentbrush.bridge.photo.PhotoReader;
import org.latentbrush.bridge.photo.PhotoWriter;
import org.latentbrush.bridge.photo.StrokeReach;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Edits a photo with a strokes file through a model and writes it at full resolution. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Edit a photo with strokes through the model: place the model's square over the "
                + "strokes, project it, tune the generator to it, optimise under the strokes near the projection "
                + "and add the change to the photo only where the strokes are. Strokes are in photo pixels "
                + "(canvas = the photo's size) or on a square canvas over the photo's centre square.")
final class EditPhotoCommand implements Callable<Integer> {

    /** Photo-sized arrays an edit holds at once beyond the photo itself. */
    private static final int EDIT_COPIES = 2;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ProjectionOptions projectionOptions;

    @Mixin
    EditOptions editOptions;

    @Mixin
    TuningOptions tuningOptions;

    @Option(names = "--image", required = true, description = "The photo, PNG or JPEG.")
    Path image;

    @Option(names = "--strokes", required = true, description = "Strokes file (docs/FORMATS.md).")
    Path strokes;

    @Option(names = "--out", required = true, description = "The edited photo, .png or .jpg; replaced atomically.")
    Path out;

    @Option(names = "--no-upscale", description = "Carry the change onto the photo by smooth scaling, not "
            + "through the model's learned upscaler.")
    boolean noUpscale;

    @Override
    public Integer call() throws Exception {
        try {
            PhotoWriter.formatOf(out);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (out.toAbsolutePath().getParent() != null) {
            OptionRange.outputFolder("--out", out.toAbsolutePath().getParent());
        }
        ConstraintSet set = StrokesFile.read(strokes);
        Photo photo = new PhotoReader().read(image);
        // The photo as read, the edited copy, and the encoder's image while writing.
        OptionRange.photoMemory(String.valueOf(image.getFileName()), photo.pixelCount(), EDIT_COPIES);
        PhotoEditing.Recipe recipe = new PhotoEditing.Recipe(projectionOptions.settings(),
                tuningOptions.tuning(), settings(), tuningOptions.frame(photo), !noUpscale);
        try (GanModel model = modelOptions.open()) {
            PhotoEditing.Result result;
            try (StageBars bars = new StageBars()) {
                result = PhotoEditing.edit(model, photo, set, recipe, bars, () -> false);
            } catch (IllegalArgumentException e) {
                // The encoder method without an encoder, or strokes on a canvas that fits nothing.
                throw new UserInputException(strokes.getFileName() + ": " + e.getMessage(), e);
            }
            PhotoWriter.write(result.photo(), out);
            for (PhotoEditing.FrameResult f : result.frames()) {
                System.out.printf(Locale.ROOT, "frame %d,%d,%d: projection %.2f dB, %s; edit %d ms, "
                        + "transfer %d ms%n", f.crop().x(), f.crop().y(), f.crop().side(), f.projection().psnr(),
                        recipe.tuning().isPresent() ? String.format(Locale.ROOT, "tuned to %.2f dB in %d steps "
                                + "(%d ms)", f.psnr(), f.tuneSteps(), f.tuneMillis()) : "not tuned",
                        f.edit().optimizeMillis(), f.edit().transferMillis());
            }
            for (StrokeReach s : result.strokes()) {
                System.out.printf(Locale.ROOT, "stroke %d (%s): colour error %.5f -> %.5f in the photo (%.0f%% "
                        + "less)%n", s.index() + 1, s.color(), s.errorBefore(), s.errorAfter(), 100 * s.fall());
            }
            System.out.printf(Locale.ROOT, "changed %d of %d pixels (%.2f%%) -> %s%n", result.changedPixels(),
                    photo.pixelCount(), 100.0 * result.changedPixels() / photo.pixelCount(), out);
            for (StrokeReach s : result.strokes()) {
                if (!s.reached()) {
                    System.err.println("latent-brush: " + image.getFileName() + ": " + s.shortfall());
                }
            }
        }
        return 0;
    }

    private OptimizerSettings settings() throws UserInputException {
        return editOptions.applyTo(OptimizerSettings.igan().forPhotos());
    }
}
