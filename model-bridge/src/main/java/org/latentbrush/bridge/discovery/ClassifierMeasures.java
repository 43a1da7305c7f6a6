package org.latentbrush.bridge.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.quality.ClassifierHead;
import org.latentbrush.bridge.quality.FeatureNetwork;

/**
 * The shipped feature classifier's predictions as measures: one share per class of every head,
 * read the way {@code latent-brush evaluate} counts predicted labels.
 *
 * <p>A yes/no head (mountains, water) gives one measure, named after the head: its "no" is the
 * same change seen from the other side. A head of several classes gives one per class, since a
 * direction may trade any of them for another (day for dusk). Ground classes are named
 * "Snow ground" and so on, which says what changes where "Snow" alone would not.
 */
final class ClassifierMeasures implements ImageMeasures {

    private static final List<String> YES_NO = List.of("no", "yes");
    /** Heads whose classes read better with the head's name after them. */
    private static final String GROUND = "ground";
    /** Grey levels of a saved image: the classifier sees what a PNG would hold. */
    private static final float LEVELS = 255f;

    private final FeatureNetwork network;
    private final List<Measure> measures = new ArrayList<>();
    /** Per measure, the head it reads and the class that counts. */
    private final List<int[]> sources = new ArrayList<>();

    /**
     * Wraps a classifier.
     *
     * @param network the feature classifier of the model's domain; the caller closes it
     */
    ClassifierMeasures(FeatureNetwork network) {
        this.network = network;
        List<ClassifierHead> heads = network.spec().heads();
        for (int h = 0; h < heads.size(); h++) {
            ClassifierHead head = heads.get(h);
            if (head.classes().equals(YES_NO)) {
                measures.add(new Measure(capitalised(spaced(head.name())), spaced(head.name()) + " share",
                        Measure.Kind.SHARE, head.name()));
                sources.add(new int[] {h, 1});
                continue;
            }
            for (int c = 0; c < head.size(); c++) {
                String label = head.classes().get(c);
                String name = head.name().equals(GROUND) ? capitalised(label) + " ground" : capitalised(label);
                measures.add(new Measure(name, label + (head.name().equals(GROUND) ? " ground" : "")
                        + " share", Measure.Kind.SHARE, head.name()));
                sources.add(new int[] {h, c});
            }
        }
    }

    @Override
    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    @Override
    public double[][] measure(List<RasterImage> images) {
        int perImage = images.get(0).data().length;
        float[] flat = new float[images.size() * perImage];
        for (int i = 0; i < images.size(); i++) {
            float[] data = images.get(i).data();
            for (int k = 0; k < perImage; k++) {
                flat[i * perImage + k] = Math.round(data[k] * LEVELS) / LEVELS * 2f - 1f;
            }
        }
        int[][] predictions = network.predict(flat, images.size());
        double[][] values = new double[images.size()][measures.size()];
        for (int i = 0; i < images.size(); i++) {
            for (int m = 0; m < sources.size(); m++) {
                int[] source = sources.get(m);
                values[i][m] = predictions[i][source[0]] == source[1] ? 1 : 0;
            }
        }
        return values;
    }

    /** "timeOfDay" → "time of day". */
    private static String spaced(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
