package org.latentbrush.bridge.discovery;

import java.util.ArrayList;
import java.util.List;
import org.latentbrush.bridge.directions.LatentDirection;
import org.latentbrush.bridge.directions.LatentDirections;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.quality.QualityListener;

/**
 * Measures what each direction does: renders the same latents moved to the slider's minimum and
 * maximum, through the engine's own {@link LatentDirections#apply} (so what is measured is what a
 * user gets), and averages every measure over them.
 */
final class EffectMeter {

    private final GanModel model;
    private final ImageMeasures measures;

    EffectMeter(GanModel model, ImageMeasures measures) {
        this.model = model;
        this.measures = measures;
    }

    /**
     * Measures every direction on the same latents.
     *
     * @param directions the directions, with their ranges
     * @param latents the latents to move
     * @param stage the progress stage's name
     * @param listener hears progress, in images
     * @return one effect per direction, in order
     */
    List<Effect> measure(LatentDirections directions, List<float[]> latents, String stage,
            QualityListener listener) {
        int n = latents.size();
        listener.stageStarted(stage, (long) (2 * directions.size() + 1) * n);
        double[][] zeroValues = measures.measure(model.render(latents));
        double[] zero = means(zeroValues);
        double[] spread = spreads(zeroValues, zero);
        long done = n;
        listener.advanced(done);
        List<Effect> effects = new ArrayList<>();
        for (int k = 0; k < directions.size(); k++) {
            LatentDirection d = directions.directions().get(k);
            double[] minus = meansAt(directions, k, d.minimum(), latents);
            listener.advanced(done += n);
            double[] plus = meansAt(directions, k, d.maximum(), latents);
            listener.advanced(done += n);
            effects.add(new Effect(minus, zero, plus, spread, n));
        }
        listener.stageFinished();
        return effects;
    }

    private double[] meansAt(LatentDirections directions, int k, double amount, List<float[]> latents) {
        List<float[]> moved = new ArrayList<>(latents.size());
        for (float[] z : latents) {
            moved.add(directions.applyOne(z, k, amount));
        }
        List<RasterImage> images = model.render(moved);
        return means(measures.measure(images));
    }

    private static double[] means(double[][] values) {
        double[] mean = new double[values[0].length];
        for (double[] row : values) {
            for (int m = 0; m < mean.length; m++) {
                mean[m] += row[m] / values.length;
            }
        }
        return mean;
    }

    private static double[] spreads(double[][] values, double[] mean) {
        double[] spread = new double[mean.length];
        for (double[] row : values) {
            for (int m = 0; m < mean.length; m++) {
                double d = row[m] - mean[m];
                spread[m] += d * d / values.length;
            }
        }
        for (int m = 0; m < spread.length; m++) {
            spread[m] = Math.sqrt(spread[m]);
        }
        return spread;
    }
}
