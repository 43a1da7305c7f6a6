package org.latentbrush.bridge.quality;

import java.util.function.IntPredicate;

/**
 * What a feature classifier learns from and is tested on.
 *
 * @param train the training images
 * @param trainIndices which of them
 * @param heldOut images never trained on
 * @param heldOutIndices which of them
 * @param mirror whether flipping an image left to right keeps its labels (an augmentation)
 * @param focusName names the subset of held-out images that matters most (e.g. {@code shoes}), or
 *     {@code null}
 * @param focus picks that subset by the first head's label; {@code null} without a focus
 */
public record ClassifierData(LabelledSource train, long[] trainIndices, LabelledSource heldOut,
        long[] heldOutIndices, boolean mirror, String focusName, IntPredicate focus) {

    /** Checks that both sets hold images of the same kind and labels. */
    public ClassifierData {
        if (!train.heads().equals(heldOut.heads())) {
            throw new IllegalArgumentException("training and held-out images have different labels");
        }
        if (trainIndices.length == 0 || heldOutIndices.length == 0) {
            throw new IllegalArgumentException("the classifier needs training and held-out images");
        }
        if ((focusName == null) != (focus == null)) {
            throw new IllegalArgumentException("a focus needs both a name and a predicate");
        }
    }
}
