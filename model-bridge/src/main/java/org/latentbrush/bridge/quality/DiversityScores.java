package org.latentbrush.bridge.quality;

/**
 * The diversity of generated images beside that of real ones; a ratio well below 1 means mode
 * collapse.
 *
 * @param pixelGenerated mean pairwise RMS pixel difference of generated images, on the [0, 1] scale
 * @param pixelReal the same for real images
 * @param pixelImages images per side that the pixel measure used (all pairs among them)
 * @param featureGenerated mean pairwise Euclidean distance of generated images' features
 * @param featureReal the same for real images
 * @param featureImages images per side that the feature measure used
 */
public record DiversityScores(double pixelGenerated, double pixelReal, int pixelImages,
        double featureGenerated, double featureReal, int featureImages) {

    /** Generated pixel diversity as a share of the real one. */
    public double pixelRatio() {
        return pixelGenerated / pixelReal;
    }

    /** Generated feature diversity as a share of the real one. */
    public double featureRatio() {
        return featureGenerated / featureReal;
    }

    /** Measures both sets. */
    static DiversityScores of(ImageFeatures generated, ImageFeatures real) {
        return new DiversityScores(Diversity.meanPairwiseRms(generated.pixels()),
                Diversity.meanPairwiseRms(real.pixels()), Math.min(generated.pixels().length,
                        real.pixels().length),
                Diversity.meanPairwiseDistance(generated.features()),
                Diversity.meanPairwiseDistance(real.features()),
                Math.min(generated.count(), real.count()));
    }
}
