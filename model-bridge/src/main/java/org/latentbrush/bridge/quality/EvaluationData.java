package org.latentbrush.bridge.quality;

import java.util.List;

/**
 * The real images of one domain that a model is measured against, and the data its feature
 * classifier learns from.
 *
 * <p>Three independent draws: the <em>reference</em> that generated images are compared to, a
 * <em>second draw</em> compared to the same reference for the floor (what a perfect generator
 * would score), and <em>held-out</em> images to project. None of them was used to train the model.
 */
public interface EvaluationData {

    /** The domain's name as {@code --data} spells it, e.g. {@code landscapes}. */
    String name();

    /** Side of the images. */
    int imageSize();

    /** 1 for grey, 3 for RGB. */
    int channels();

    /** The labels the domain's classifier predicts. */
    List<ClassifierHead> heads();

    /** Steps that train the domain's classifier well in a few minutes on two cores. */
    int defaultClassifierSteps();

    /**
     * The classifier's training and held-out images.
     *
     * @param maxTrainImages an upper bound on distinct training images (short runs need fewer)
     */
    ClassifierData classifierData(int maxTrainImages);

    /** The most images one draw (reference, second draw or held-out) can hold. */
    int maxImagesPerDraw();

    /** The real images generated ones are compared to. */
    ImageSet reference(int count);

    /** Real images independent of the reference, for the real-versus-real floor. */
    ImageSet secondDraw(int count);

    /** Real images to project. */
    ImageSet heldOut(int count);
}
