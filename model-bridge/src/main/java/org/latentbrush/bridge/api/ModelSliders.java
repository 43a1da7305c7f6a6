package org.latentbrush.bridge.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.latentbrush.bridge.directions.DirectionsReader;
import org.latentbrush.bridge.directions.LatentDirection;
import org.latentbrush.bridge.directions.LatentDirections;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelLocator;

/**
 * The sliders of an open model, from its folder's {@code directions.json}.
 *
 * <p>A model opens without the file, or with a file that cannot be used: the sliders are then
 * missing and, for a bad file, {@link #warning()} says why, naming the file. Sliders are an extra;
 * refusing to paint over them would be worse than painting without them.
 */
final class ModelSliders {

    private static final System.Logger LOG = System.getLogger(ModelSliders.class.getName());

    private final LatentDirections directions;
    private final List<SliderDirection> sliders;
    private final Optional<String> warning;

    private ModelSliders(LatentDirections directions, Optional<String> warning) {
        this.directions = directions;
        this.sliders = directions.directions().stream().map(ModelSliders::sliderOf).toList();
        this.warning = warning;
    }

    /**
     * Reads a model folder's directions, or none.
     *
     * @param reference what the user named the model by, for messages about a zip's file
     * @param folder the model folder
     * @param modelName the model's name, for a file's origin when there is none
     * @param latentSize the model's latent size
     * @param fingerprint the generator weights' fingerprint
     * @return the sliders; empty with a warning when the file is there but cannot be used
     */
    static ModelSliders load(String reference, Path folder, String modelName, int latentSize, String fingerprint) {
        try {
            return DirectionsReader.readIfPresent(folder, latentSize, fingerprint)
                    .map(d -> new ModelSliders(d, Optional.empty()))
                    .orElseGet(() -> none(modelName, fingerprint, Optional.empty()));
        } catch (ModelLoadException e) {
            String message = ModelLocator.describeIn(reference, folder, e.getMessage());
            LOG.log(System.Logger.Level.WARNING, "the model opens without sliders: " + message);
            return none(modelName, fingerprint, Optional.of(message));
        }
    }

    private static ModelSliders none(String modelName, String fingerprint, Optional<String> warning) {
        return new ModelSliders(LatentDirections.none(modelName, fingerprint), warning);
    }

    private static SliderDirection sliderOf(LatentDirection d) {
        return new SliderDirection(d.index(), d.name(), d.minimum(), d.maximum(), d.effect());
    }

    List<SliderDirection> sliders() {
        return sliders;
    }

    Optional<String> warning() {
        return warning;
    }

    float[] apply(float[] z, double[] amounts) {
        return directions.apply(z, amounts);
    }
}
