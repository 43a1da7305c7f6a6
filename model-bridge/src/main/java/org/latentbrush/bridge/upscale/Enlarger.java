package org.latentbrush.bridge.upscale;

import ai.djl.Device;
import java.util.Optional;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.image.SmoothScaling;

/**
 * Enlarges a model's results for showing and saving: through the learned upscaler the model's
 * manifest names, else by smooth scaling, and always says which.
 *
 * <p>A model may name no upscaler (grey models have no sharp originals to learn from), or one that
 * is missing or broken; the model stays usable either way, and {@link #description()} tells the
 * user what they are looking at. Not thread-safe, like the {@link Upscaler} it may hold.
 */
public final class Enlarger implements AutoCloseable {

    private final Upscaler upscaler;
    private final String description;

    private Enlarger(Upscaler upscaler, String description) {
        this.upscaler = upscaler;
        this.description = description;
    }

    /**
     * The enlarger for a model's images.
     *
     * @param manifest the model's manifest
     * @param device where the upscaler runs
     * @return an enlarger through the named upscaler, or a smooth one saying why there is none
     */
    public static Enlarger forModel(ModelManifest manifest, Device device) {
        if (manifest.upscaler().isEmpty()) {
            return smooth("smooth scaling (" + manifest.name() + " has no learned upscaler)");
        }
        String name = manifest.upscaler().get();
        try {
            return through(Upscaler.open(name, device));
        } catch (ModelLoadException | RuntimeException e) {
            // A broken upscaler never keeps the model from opening: its results are enlarged smoothly.
            return smooth("smooth scaling (the upscaler " + name + " cannot be used: " + e.getMessage() + ")");
        }
    }

    /** An enlarger through a loaded upscaler, which it then owns. */
    public static Enlarger through(Upscaler upscaler) {
        return new Enlarger(upscaler, "learned ×" + upscaler.scale() + " (" + upscaler.manifest().name() + ")");
    }

    /** An enlarger by smooth scaling, described as given. */
    public static Enlarger smooth(String description) {
        return new Enlarger(null, description);
    }

    /** Whether a learned upscaler does the work. */
    public boolean learned() {
        return upscaler != null;
    }

    /** What enlarges, in words for a status line or a report. */
    public String description() {
        return description;
    }

    /** The learned upscaler, if there is one. */
    public Optional<Upscaler> upscaler() {
        return Optional.ofNullable(upscaler);
    }

    /**
     * Enlarges an image by a whole factor.
     *
     * @param image the image
     * @param factor at least 1
     * @return the enlarged image
     */
    public RasterImage enlarge(RasterImage image, int factor) {
        if (upscaler != null && image.channels() == upscaler.manifest().spec().channels()) {
            return upscaler.upscaleBy(image, factor);
        }
        return SmoothScaling.scale(image, factor);
    }

    @Override
    public void close() {
        if (upscaler != null) {
            upscaler.close();
        }
    }
}
