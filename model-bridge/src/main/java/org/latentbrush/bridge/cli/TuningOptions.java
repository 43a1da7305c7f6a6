package org.latentbrush.bridge.cli;

import java.util.Optional;
import org.latentbrush.bridge.photo.CropSquare;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.TuningSettings;
import picocli.CommandLine.Option;

/** The options of per-photo tuning and of the frame's place, shared by {@code invert} and {@code edit}. */
final class TuningOptions {

    @Option(names = "--no-tune", description = "Do not tune the generator to the photo (Pivotal Tuning): "
            + "faster, but the model then only approximates the photo.")
    boolean noTune;

    @Option(names = "--tuning-steps", paramLabel = "N",
            description = "Most weight steps of the tuning (default: 1000; it stops earlier at 30.5 dB, or after 10 s "
                    + "with the best it reached).")
    Integer steps;

    @Option(names = "--frame", paramLabel = "X,Y,SIDE",
            description = "The square the model sees, in photo pixels (default: placed over the strokes; "
                    + "the centred square for invert).")
    String frame;

    /** The tuning settings, or empty with {@code --no-tune}. */
    Optional<TuningSettings> tuning() throws UserInputException {
        if (noTune) {
            return Optional.empty();
        }
        TuningSettings settings = TuningSettings.defaults();
        if (steps != null) {
            settings = settings.withSteps(OptionRange.check("--tuning-steps", steps, 0,
                    OptionRange.MAX_ITERATIONS));
        }
        return Optional.of(settings);
    }

    /**
     * The chosen frame, checked against the photo.
     *
     * @param photo the photo it must fit
     * @return the square, or empty when none was chosen
     * @throws UserInputException naming {@code --frame} when it is malformed or does not fit
     */
    Optional<CropSquare> frame(Photo photo) throws UserInputException {
        if (frame == null) {
            return Optional.empty();
        }
        String[] parts = frame.split(",", -1);
        int[] v = new int[3];
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 3; i++) {
                v[i] = Integer.parseInt(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw new UserInputException("--frame must be X,Y,SIDE in whole photo pixels, was '" + frame + "'", e);
        }
        if (v[0] < 0 || v[1] < 0 || v[2] < 1 || (long) v[0] + v[2] > photo.width()
                || (long) v[1] + v[2] > photo.height()) {
            throw new UserInputException("--frame " + frame + " does not fit inside the " + photo.width() + "x"
                    + photo.height() + " photo (X, Y >= 0, SIDE >= 1, X + SIDE <= width, Y + SIDE <= height)");
        }
        return Optional.of(new CropSquare(v[0], v[1], v[2]));
    }
}
