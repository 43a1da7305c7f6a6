package org.latentbrush.bridge.discovery;

import java.util.List;
import org.latentbrush.bridge.image.RasterImage;

/** Measures read off images: what a direction's effect is measured in. */
interface ImageMeasures {

    /** The measures, in the order {@link #measure} returns their values. */
    List<Measure> measures();

    /**
     * Measures images.
     *
     * @param images the model's images
     * @return per image, one value per measure: 0 or 1 for a share, the number for a statistic
     */
    double[][] measure(List<RasterImage> images);

    /** The measures of two sets side by side. */
    static ImageMeasures both(ImageMeasures first, ImageMeasures second) {
        List<Measure> all = new java.util.ArrayList<>(first.measures());
        all.addAll(second.measures());
        List<Measure> measures = List.copyOf(all);
        return new ImageMeasures() {
            @Override
            public List<Measure> measures() {
                return measures;
            }

            @Override
            public double[][] measure(List<RasterImage> images) {
                double[][] a = first.measure(images);
                double[][] b = second.measure(images);
                double[][] out = new double[images.size()][];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new double[a[i].length + b[i].length];
                    System.arraycopy(a[i], 0, out[i], 0, a[i].length);
                    System.arraycopy(b[i], 0, out[i], a[i].length, b[i].length);
                }
                return out;
            }
        };
    }
}
