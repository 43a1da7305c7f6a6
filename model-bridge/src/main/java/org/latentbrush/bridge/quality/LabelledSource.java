package org.latentbrush.bridge.quality;

import java.util.List;
import org.latentbrush.bridge.training.data.ImageSource;

/**
 * Images with one class label per {@link ClassifierHead}: what the feature classifier is trained
 * and tested on.
 *
 * <p>Like every {@link ImageSource}, deterministic per index and safe to read from several threads.
 */
public interface LabelledSource {

    /** The images. */
    ImageSource images();

    /** The heads whose labels {@link #labels} returns, in order. */
    List<ClassifierHead> heads();

    /**
     * The labels of image {@code index}.
     *
     * @return one value per head, each in 0 … classes − 1
     */
    int[] labels(long index);
}
