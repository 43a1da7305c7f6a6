package org.latentbrush.bridge.directions;

/**
 * Where a set of directions comes from: which weights they were computed for, and how.
 *
 * @param model the model's name
 * @param fingerprint the generator weights' fingerprint: under other weights the vectors mean
 *     nothing, so a model whose fingerprint differs gets no sliders
 * @param method how they were found, in words
 * @param samples latents sampled to find them
 * @param seed the seed that drew those latents
 */
public record DirectionsOrigin(String model, String fingerprint, String method, int samples, long seed) {

    /** Checks the values. */
    public DirectionsOrigin {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("field 'model' must name the model");
        }
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new IllegalArgumentException("field 'fingerprint' must be the generator weights' fingerprint");
        }
        if (method == null) {
            throw new IllegalArgumentException("field 'method' is missing");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("field 'samples' must be a positive integer, was " + samples);
        }
    }
}
