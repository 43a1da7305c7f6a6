package org.latentbrush.bridge.quality;

import java.util.Map;

/**
 * How a feature classifier was trained and how well it does, kept beside its weights so every
 * report can say what its features are worth.
 *
 * @param heldOutAccuracy per head (and per focus subset), the share of held-out images classified
 *     right
 * @param heldOutImages how many held-out images were classified
 * @param heldOutData what they were
 * @param steps training steps
 * @param batchSize images per step
 * @param seed the training seed
 * @param trainImages distinct training images
 * @param trainData what they were
 * @param wallSeconds training time
 * @param date the day it was trained, ISO format
 */
public record ClassifierRecord(Map<String, Double> heldOutAccuracy, int heldOutImages,
        String heldOutData, int steps, int batchSize, long seed, int trainImages, String trainData,
        long wallSeconds, String date) {

    /** Keeps the map's order and makes it immutable. */
    public ClassifierRecord {
        heldOutAccuracy = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(heldOutAccuracy));
    }
}
