package org.latentbrush.bridge.api;

/**
 * How an engine enlarges its results for showing and saving.
 *
 * @param learned whether a learned upscaler does it (else smooth scaling)
 * @param scale the learned factor, or 1 for smooth scaling
 * @param description in words, e.g. "learned ×4 (landscape-x4)" or "smooth scaling (shoes-32 has no
 *     learned upscaler)"
 */
public record Enlargement(boolean learned, int scale, String description) {}
