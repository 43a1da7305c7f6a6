package org.latentbrush.bridge.quality;

import java.util.ArrayList;
import java.util.List;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * What the feature network reads off a set of images (features and predicted labels), and the
 * pixels of the first few for the diversity measure.
 *
 * @param features one vector per image
 * @param predictions per image, the predicted class of each head
 * @param pixels the first images' values in [0, 1], flat CHW
 */
public record ImageFeatures(double[][] features, int[][] predictions, float[][] pixels) {

    /** Images per pass: bounds memory whatever the set's size. */
    private static final int CHUNK = 100;
    private static final float LEVELS = 255f;
    /** Separates the evaluation's latents from its other draws of the same seed. */
    private static final long LATENT_SALT = 0x243F6A8885A308D3L;

    /**
     * Reads the features of real images.
     *
     * @param net the feature network
     * @param set the images
     * @param keepPixels how many of the first images to keep pixels of
     * @param stage the progress stage's name
     * @param listener hears progress
     */
    public static ImageFeatures ofReal(FeatureNetwork net, ImageSet set, int keepPixels, String stage,
            QualityListener listener) {
        Collector collector = new Collector(set.count(), keepPixels);
        listener.stageStarted(stage, set.count());
        for (int from = 0; from < set.count(); from += CHUNK) {
            int to = Math.min(set.count(), from + CHUNK);
            float[] images = set.slice(from, to).floats();
            collector.add(net, images, to - from);
            listener.advanced(to);
        }
        listener.stageFinished();
        return collector.result();
    }

    /**
     * Generates images from uniform random latents and reads their features.
     *
     * <p>The images are rounded to 8 bits, as a saved PNG would be, so that they lie on the same
     * grid of values as the real images they are compared with.
     *
     * @param net the feature network
     * @param model the generator
     * @param count how many images
     * @param seed picks the latents
     * @param keepPixels how many of the first images to keep pixels of
     * @param listener hears progress
     */
    public static ImageFeatures ofGenerated(FeatureNetwork net, GanModel model, int count, long seed,
            int keepPixels, QualityListener listener) {
        Collector collector = new Collector(count, keepPixels);
        int latent = model.manifest().latentSize();
        listener.stageStarted("generated", count);
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            List<float[]> latents = new ArrayList<>();
            for (int i = from; i < to; i++) {
                latents.add(LatentPaths.random(latent, Seeds.combine(seed ^ LATENT_SALT, i)));
            }
            List<RasterImage> rendered = model.render(latents);
            int perImage = rendered.get(0).data().length;
            float[] images = new float[rendered.size() * perImage];
            for (int i = 0; i < rendered.size(); i++) {
                float[] data = rendered.get(i).data();
                for (int k = 0; k < perImage; k++) {
                    images[i * perImage + k] = Math.round(data[k] * LEVELS) / LEVELS * 2f - 1f;
                }
            }
            collector.add(net, images, to - from);
            listener.advanced(to);
        }
        listener.stageFinished();
        return collector.result();
    }

    /** Number of images. */
    public int count() {
        return features.length;
    }

    /** Accumulates features and the first images' pixels over chunks. */
    private static final class Collector {
        private final double[][] features;
        private final int[][] predictions;
        private final float[][] pixels;
        private int filled;

        Collector(int count, int keepPixels) {
            features = new double[count][];
            predictions = new int[count][];
            pixels = new float[Math.min(count, keepPixels)][];
        }

        void add(FeatureNetwork net, float[] images, int n) {
            FeatureNetwork.Readout chunk = net.read(images, n);
            int perImage = images.length / n;
            for (int i = 0; i < n; i++) {
                int index = filled + i;
                features[index] = chunk.features()[i];
                predictions[index] = chunk.predictions()[i];
                if (index < pixels.length) {
                    float[] p = new float[perImage];
                    for (int k = 0; k < perImage; k++) {
                        p[k] = (images[i * perImage + k] + 1f) / 2f;
                    }
                    pixels[index] = p;
                }
            }
            filled += n;
        }

        ImageFeatures result() {
            return new ImageFeatures(features, predictions, pixels);
        }
    }
}
