package org.latentbrush.bridge.quality;

import java.util.List;

/**
 * One question the feature classifier answers, such as a landscape's time of day: a softmax over
 * its classes.
 *
 * @param name the label's name in reports, e.g. {@code timeOfDay}
 * @param classes the class names, in the order of the label values 0, 1, …
 */
public record ClassifierHead(String name, List<String> classes) {

    /** Checks that the head can be learnt. */
    public ClassifierHead {
        classes = List.copyOf(classes);
        if (classes.size() < 2) {
            throw new IllegalArgumentException("head " + name + " needs at least two classes");
        }
    }

    /** Number of classes, the head's share of the network's outputs. */
    public int size() {
        return classes.size();
    }
}
