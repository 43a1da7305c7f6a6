package org.latentbrush.bridge.photo;

import org.latentbrush.bridge.constraint.ConstraintMaps;
import org.latentbrush.bridge.image.RasterImage;

/**
 * How far an image's colours are from the colour strokes: the optimiser's colour term, measured on
 * any RGB image at the strokes' resolution, such as the frame of an edited photo.
 *
 * <p>The mean over colour-stroked pixels, weighted by the stroke mask, of the squared difference
 * with values in [0, 1], averaged over R, G and B. Measured on the edited photo it tells what the
 * user sees, which differs from the model's own figure by what the masking and the photo's detail add.
 */
final class StrokeColorError {

    private StrokeColorError() {}

    /**
     * Measures the colour error.
     *
     * @param rgb an RGB image of the maps' size, values in [0, 1]
     * @param maps the rasterised strokes
     * @return the error, or NaN when there are no colour strokes
     */
    static double of(RasterImage rgb, ConstraintMaps maps) {
        int n = maps.size() * maps.size();
        if (rgb.channels() != 3 || rgb.width() != maps.size() || rgb.height() != maps.size()) {
            throw new IllegalArgumentException("the image must be RGB at the strokes' size");
        }
        double area = maps.colorArea();
        if (area <= 0) {
            return Double.NaN;
        }
        float[] target = maps.colorTarget();
        float[] mask = maps.colorMask();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (mask[i] == 0) {
                continue;
            }
            double squared = 0;
            for (int c = 0; c < 3; c++) {
                double d = rgb.data()[c * n + i] - target[c * n + i];
                squared += d * d;
            }
            sum += mask[i] * squared / 3;
        }
        return sum / area;
    }
}
