package org.latentbrush.bridge.discovery;

/**
 * One thing measured on every image: the share of images a classifier puts in a class, or an image
 * statistic. A direction is named after the measure it changes most.
 *
 * @param name the slider's name when a direction raises it, e.g. "Dusk" or "Brightness"
 * @param description what is measured, in a table or an effect text, e.g. "dusk share"
 * @param kind a share (each image counts 0 or 1) or a statistic (any number)
 * @param group what the measure is one answer of: a classifier head (the classes of a head trade
 *     share with each other), or the statistic itself
 */
record Measure(String name, String description, Kind kind, String group) {

    /** How a measure's values are read, and how large a change must be to name a direction. */
    enum Kind {
        /** Whether the classifier predicts the class: the mean is the class's share of the images. */
        SHARE,
        /** A number read off the pixels; its change is judged against its spread over the images. */
        STATISTIC
    }
}
