package org.latentbrush.bridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.latentbrush.bridge.constraint.ConstraintMaps;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeRasterizer;
import org.latentbrush.bridge.constraint.StrokeTool;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.optim.CandidateBatch;
import org.latentbrush.bridge.optim.EditStart;
import org.latentbrush.bridge.optim.LatentOptimizer;
import org.latentbrush.bridge.optim.OptimizerSettings;

/**
 * Replays a sequence of strokes one at a time, as a user adds them, and measures how much each new
 * stroke changes the picture away from itself, beside the colour error.
 *
 * <p>Each replay starts from a random scene; every stroke is an edit of all the strokes so far,
 * starting from the result of the one before, as in the editor. The change is the mean absolute
 * difference of the pictures before and after the stroke, on [0, 1] values averaged over channels,
 * over the pixels the new stroke does not cover (a pixel it covers in part counts in part). These
 * are quality figures: the same seeds give the same figures on a busy machine.
 */
public final class ContinuityBenchmark {

    /** Seeds the starting scenes apart from the edits' random starts. */
    private static final long SCENE_SEED = 5_000;

    /** Edits per scene are seeded this far apart, so no two edits share random starts. */
    private static final long EDITS_PER_SCENE = 1_000;

    private final GanModel model;
    private final LatentOptimizer optimizer;

    public ContinuityBenchmark(GanModel model) {
        this.model = model;
        // Edits start as the editor's do once it has rendered its start bank.
        this.optimizer = LatentOptimizer.withStartBank(model);
    }

    /**
     * One added stroke's figures, averaged over the scenes.
     *
     * @param stroke its position in the sequence, from 1
     * @param tool what it paints
     * @param meanChange mean absolute change of the picture outside the stroke
     * @param colorError the edit's colour error over all colour strokes so far
     * @param medianMillis the median over the scenes of the edit's time (a speed figure: only
     *     meaningful on a quiet machine)
     * @param meanIterations the iterations the edit ran, on average (fewer than the protocol's when
     *     it stops early)
     */
    public record StrokeFigures(int stroke, StrokeTool tool, double meanChange, double colorError,
            double medianMillis, double meanIterations) {}

    /**
     * Replays the strokes from several random scenes.
     *
     * @param sequence the strokes, in the order they are added
     * @param settings the protocol
     * @param scenes how many random starting scenes
     * @param progress told after each edit, with the number of edits done
     * @return one entry per stroke
     */
    public List<StrokeFigures> replay(ConstraintSet sequence, OptimizerSettings settings, int scenes,
            IntConsumer progress) {
        List<Stroke> strokes = sequence.strokes();
        int size = model.manifest().imageSize();
        double[] change = new double[strokes.size()];
        double[] color = new double[strokes.size()];
        double[][] millis = new double[strokes.size()][scenes];
        double[] iterations = new double[strokes.size()];
        int done = 0;
        for (int scene = 0; scene < scenes; scene++) {
            float[] current = LatentPaths.random(model.manifest().latentSize(), SCENE_SEED + scene);
            RasterImage before = model.render(List.of(current)).get(0);
            ConstraintSet so = ConstraintSet.empty(sequence.canvasWidth(), sequence.canvasHeight());
            for (int k = 0; k < strokes.size(); k++) {
                so = so.with(strokes.get(k));
                long t0 = System.nanoTime();
                CandidateBatch edit = optimizer.optimize(so, EditStart.from(current),
                        settings.withSeed(scene * EDITS_PER_SCENE + k), b -> { }, () -> false);
                millis[k][scene] = (System.nanoTime() - t0) / 1e6;
                RasterImage after = edit.best().image();
                ConstraintMaps alone = StrokeRasterizer.rasterize(ConstraintSet.empty(
                        sequence.canvasWidth(), sequence.canvasHeight()).with(strokes.get(k)), size);
                change[k] += meanChangeOutside(before, after, alone) / scenes;
                color[k] += edit.best().colorError() / scenes;
                iterations[k] += (double) edit.iteration() / scenes;
                current = edit.best().z();
                before = after;
                progress.accept(++done);
            }
        }
        List<StrokeFigures> figures = new ArrayList<>();
        for (int k = 0; k < strokes.size(); k++) {
            figures.add(new StrokeFigures(k + 1, strokes.get(k).tool(), change[k], color[k],
                    Stats.of(millis[k]).median(), iterations[k]));
        }
        return figures;
    }

    /**
     * The mean absolute change between two pictures over the pixels a stroke leaves alone.
     *
     * @param before the picture before the stroke
     * @param after the picture after it
     * @param stroke the stroke alone, rasterised at the pictures' size
     * @return the change on [0, 1] values, averaged over channels; 0 when the stroke covers all
     */
    public static double meanChangeOutside(RasterImage before, RasterImage after, ConstraintMaps stroke) {
        int size = stroke.size();
        double sum = 0;
        double area = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                double outside = 1 - Math.min(1, Math.max(stroke.colorMask()[i], stroke.sketchMask()[i]));
                double diff = 0;
                for (int c = 0; c < before.channels(); c++) {
                    diff += Math.abs(after.get(c, x, y) - before.get(c, x, y));
                }
                sum += outside * diff / before.channels();
                area += outside;
            }
        }
        return area > 0 ? sum / area : 0;
    }
}
