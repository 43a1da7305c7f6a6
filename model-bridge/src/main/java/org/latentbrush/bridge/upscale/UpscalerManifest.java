package org.latentbrush.bridge.upscale;

import java.util.List;
import java.util.Map;
import org.latentbrush.bridge.generator.ManifestFields;

/**
 * What an upscaler folder's {@code manifest.json} says. The format is documented in
 * {@code docs/FORMATS.md}; {@link UpscalerManifestReader} checks every field.
 *
 * @param name short identifier, e.g. {@code landscape-x4}
 * @param title human-readable name
 * @param spec the network's shape
 * @param weightsFile the parameter file, relative to the folder
 * @param licence the licence of the weights
 * @param sources every image source it was trained on, with its licence
 * @param training free-form training record (steps, losses, measured quality)
 */
public record UpscalerManifest(String name, String title, UpscalerSpec spec, String weightsFile,
        String licence, List<Source> sources, Map<String, Object> training) {

    /** The value of the manifest's {@code format} field. */
    public static final String FORMAT = "latent-brush-upscaler";
    /** The manifest version this code writes and reads. */
    public static final int VERSION = 1;
    /** The file name of the manifest inside an upscaler folder. */
    public static final String FILE_NAME = "manifest.json";
    /** The weights' usual file name. */
    public static final String WEIGHTS_FILE = "upscaler.params";

    public UpscalerManifest {
        sources = List.copyOf(sources);
        training = ManifestFields.orderedCopy(training);
    }

    /** Returns a copy with another training record. */
    public UpscalerManifest withTraining(Map<String, Object> newTraining) {
        return new UpscalerManifest(name, title, spec, weightsFile, licence, sources, newTraining);
    }

    /**
     * One source of training images.
     *
     * @param name what it is, e.g. "Debian plasma-workspace-wallpapers 4:5.27.5-2 (12 photos)"
     * @param licence its licence, e.g. "GPL-2+"
     */
    public record Source(String name, String licence) {}
}
