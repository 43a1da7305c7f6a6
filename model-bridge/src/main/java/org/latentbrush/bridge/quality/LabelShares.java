package org.latentbrush.bridge.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * How often the feature classifier sees each class of one head in generated and in real images:
 * says what a Fréchet distance is made of (too many night scenes, too few mountains).
 *
 * @param head the head
 * @param generated per class, the share of generated images predicted as it
 * @param real per class, the share of reference images predicted as it
 */
public record LabelShares(ClassifierHead head, double[] generated, double[] real) {

    /**
     * Counts the predictions of both sets for every head.
     *
     * @param heads the classifier's heads
     * @param generated generated images' readout
     * @param real reference images' readout
     * @return one entry per head, in order
     */
    static List<LabelShares> of(List<ClassifierHead> heads, ImageFeatures generated,
            ImageFeatures real) {
        List<LabelShares> shares = new ArrayList<>();
        for (int h = 0; h < heads.size(); h++) {
            ClassifierHead head = heads.get(h);
            shares.add(new LabelShares(head, shares(generated.predictions(), h, head.size()),
                    shares(real.predictions(), h, head.size())));
        }
        return shares;
    }

    private static double[] shares(int[][] predictions, int head, int classes) {
        double[] share = new double[classes];
        for (int[] p : predictions) {
            share[p[head]] += 1.0 / predictions.length;
        }
        return share;
    }
}
