package org.latentbrush.bridge.api;

import java.util.Map;
import org.latentbrush.bridge.generator.ModelManifest;

/**
 * What the editor shows about a model: plain values, no engine types.
 *
 * @param name short identifier
 * @param title human-readable name
 * @param imageSize side of the square image
 * @param channels 1 (grey) or 3 (RGB)
 * @param latentSize dimensions of z
 * @param dataset what it was trained on
 * @param licence the weights' licence
 * @param hasEncoder whether it can guess z from an image
 * @param training the training record
 * @param fingerprint of the generator's weights: sessions keep it, so a latent saved under other
 *     weights is recognised
 */
public record ModelInfo(String name, String title, int imageSize, int channels, int latentSize,
        String dataset, String licence, boolean hasEncoder, Map<String, Object> training,
        String fingerprint) {

    /** Summarises a manifest and the weights' fingerprint. */
    public static ModelInfo of(ModelManifest m, String fingerprint) {
        return new ModelInfo(m.name(), m.title(), m.imageSize(), m.channels(), m.latentSize(),
                m.dataset(), m.licence(), m.encoder().isPresent(), m.training(), fingerprint);
    }

    /** One line for a status bar, e.g. "Landscapes (64×64 RGB)". */
    public String summary() {
        return title + " (" + imageSize + "\u00d7" + imageSize + (channels == 3 ? " RGB" : " grey") + ")";
    }
}
