package org.latentbrush.bridge.generator;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a model folder's {@code manifest.json} says: identity, shapes, files, provenance.
 *
 * <p>The format is documented in {@code docs/FORMATS.md}. {@link ManifestReader} checks every field
 * and names the first bad one.
 *
 * @param name short identifier, e.g. {@code landscape-64}
 * @param title human-readable name shown in the editor
 * @param architecture the generator's shape and width
 * @param valueLow the generator's lowest output value (−1 for tanh)
 * @param valueHigh the generator's highest output value
 * @param generatorFile the generator's parameter file, relative to the folder
 * @param encoder the encoder, when the model has one
 * @param dataset what the model was trained on
 * @param licence the licence of the weights
 * @param training free-form training record (steps, batch size, wall time, metrics)
 * @param upscaler the name of the learned upscaler that fits the model's images, if one does
 * @param continuityWeight the live edits' continuity weight (λ_change) for this model, when its
 *     domain needs another than the default: how strongly a new stroke keeps the picture outside
 *     itself is a trade against meeting the stroke, and it falls differently on every domain
 * @param liveShape how long the model's live edits run, where it needs other than the defaults
 */
public record ModelManifest(
        String name,
        String title,
        ArchitectureSpec architecture,
        double valueLow,
        double valueHigh,
        String generatorFile,
        Optional<EncoderSpec> encoder,
        String dataset,
        String licence,
        Map<String, Object> training,
        Optional<String> upscaler,
        OptionalDouble continuityWeight,
        LiveShape liveShape) {

    /** The value of the manifest's {@code format} field. */
    public static final String FORMAT = "latent-brush-model";

    /** The manifest version this code writes and reads. */
    public static final int VERSION = 1;

    /** The file name of the manifest inside a model folder. */
    public static final String FILE_NAME = "manifest.json";

    public ModelManifest {
        training = ManifestFields.orderedCopy(training);
        Objects.requireNonNull(liveShape, "liveShape");
        if (continuityWeight.isPresent() && !(Double.isFinite(continuityWeight.getAsDouble())
                && continuityWeight.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("field 'continuityWeight' must be a number of at least 0, was "
                    + continuityWeight.getAsDouble());
        }
    }

    /** A manifest with the default continuity weight and live protocol. */
    public ModelManifest(String name, String title, ArchitectureSpec architecture, double valueLow,
            double valueHigh, String generatorFile, Optional<EncoderSpec> encoder, String dataset,
            String licence, Map<String, Object> training, Optional<String> upscaler) {
        this(name, title, architecture, valueLow, valueHigh, generatorFile, encoder, dataset, licence,
                training, upscaler, OptionalDouble.empty(), LiveShape.DEFAULTS);
    }

    /** A manifest that names no upscaler. */
    public ModelManifest(String name, String title, ArchitectureSpec architecture, double valueLow,
            double valueHigh, String generatorFile, Optional<EncoderSpec> encoder, String dataset,
            String licence, Map<String, Object> training) {
        this(name, title, architecture, valueLow, valueHigh, generatorFile, encoder, dataset, licence,
                training, Optional.empty());
    }

    public int latentSize() {
        return architecture.latentSize();
    }

    public int imageSize() {
        return architecture.imageSize();
    }

    public int channels() {
        return architecture.channels();
    }

    /** Returns a copy with another training record, e.g. after a training run. */
    public ModelManifest withTraining(Map<String, Object> newTraining) {
        return new ModelManifest(name, title, architecture, valueLow, valueHigh, generatorFile,
                encoder, dataset, licence, newTraining, upscaler, continuityWeight, liveShape);
    }

    /** Returns a copy with an encoder, e.g. after one was trained. */
    public ModelManifest withEncoder(EncoderSpec newEncoder) {
        return new ModelManifest(name, title, architecture, valueLow, valueHigh, generatorFile,
                Optional.of(newEncoder), dataset, licence, training, upscaler, continuityWeight, liveShape);
    }

    /** Returns a copy naming an upscaler, or none. */
    public ModelManifest withUpscaler(Optional<String> newUpscaler) {
        return new ModelManifest(name, title, architecture, valueLow, valueHigh, generatorFile,
                encoder, dataset, licence, training, newUpscaler, continuityWeight, liveShape);
    }

    /**
     * The encoder network's file and width.
     *
     * @param file parameter file, relative to the model folder
     * @param baseWidth channels of the encoder's first convolution
     */
    public record EncoderSpec(String file, int baseWidth) {}
}
