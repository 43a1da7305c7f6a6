package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.bench.ContinuityBenchmark;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeRasterizer;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.RasterImage;

/** The continuity term in whole edits: a stroke changes the picture only as much as it needs. */
class ContinuityTest {

    private static final int SIZE = 16;

    /** Current results the edits start from: one edit could go either way by luck. */
    private static final int SCENES = 4;

    /** How far the stroke's colour is from the picture under it, per channel, on [0, 1]. */
    private static final double NUDGE = 0.1;

    /** What "less" means here: by a quarter at least, more than the luck of four edits. */
    private static final double CLEARLY_LESS = 0.75;

    /** Random must change the rest of the picture this many times more than editing again does. */
    private static final double ANOTHER_SCENE = 3;

    private static final long WAIT_MS = 30_000;

    private static GanModel model;

    @BeforeAll
    static void openModel() {
        model = TinyModels.random(3);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    @Test
    void optimize_strokeTheCurrentResultNearlyMeets_changesTheRestLessWithContinuity() {
        OptimizerSettings with = OptimizerSettings.live();
        OptimizerSettings without = with.withContinuityWeight(0);
        double changeWith = 0;
        double changeWithout = 0;
        for (int scene = 0; scene < SCENES; scene++) {
            float[] current = LatentPaths.random(model.manifest().latentSize(), 100 + scene);
            RasterImage picture = render(current);
            ConstraintSet strokes = nearlyMet(picture);
            changeWith += changeOutside(picture, strokes, edit(strokes, current, with));
            changeWithout += changeOutside(picture, strokes, edit(strokes, current, without));
        }
        assertTrue(changeWith < changeWithout * CLEARLY_LESS, "mean change outside the stroke with "
                + "continuity " + changeWith / SCENES + ", without " + changeWithout / SCENES);
    }

    /**
     * Random restores a new random latent and optimises the strokes again: the result is another
     * scene, while the same strokes optimised again without Random keep theirs.
     */
    @Test
    void restoreRandomLatent_thenTheSameStrokes_givesAnotherScene() throws Exception {
        AtomicReference<CandidateBatch> last = new AtomicReference<>();
        try (LiveOptimizer live = new LiveOptimizer(model, OptimizerSettings.live(), s -> {
            if (s.batch().finished()) {
                last.set(s.batch());
            }
        }, e -> { })) {
            float[] scene = LatentPaths.random(model.manifest().latentSize(), 200);
            ConstraintSet strokes = nearlyMet(render(scene));
            live.restore(scene, null);
            live.submit(strokes);
            assertTrue(live.awaitIdle(WAIT_MS));
            RasterImage stroked = last.get().best().image();
            live.submit(strokes);
            assertTrue(live.awaitIdle(WAIT_MS));
            double again = changeOutside(stroked, strokes, last.get().best().image());
            live.restore(LatentPaths.random(model.manifest().latentSize(), 201), null);
            live.submit(strokes);
            assertTrue(live.awaitIdle(WAIT_MS));
            double random = changeOutside(stroked, strokes, last.get().best().image());
            assertTrue(random > ANOTHER_SCENE * again, "optimising the strokes again changed the rest "
                    + "by " + again + ", Random by " + random);
        }
    }

    private static RasterImage render(float[] z) {
        return model.render(List.of(z)).get(0);
    }

    private static CandidateBatch edit(ConstraintSet strokes, float[] current, OptimizerSettings s) {
        return new LatentOptimizer(model).optimize(strokes, EditStart.from(current), s, b -> { },
                () -> false);
    }

    private static double changeOutside(RasterImage before, ConstraintSet strokes, CandidateBatch after) {
        return changeOutside(before, strokes, after.best().image());
    }

    private static double changeOutside(RasterImage before, ConstraintSet strokes, RasterImage after) {
        return ContinuityBenchmark.meanChangeOutside(before, after,
                StrokeRasterizer.rasterize(strokes, SIZE));
    }

    /**
     * Dots along a row in the picture's own colours there, each nudged a little: strokes the
     * current result nearly meets (a tiny random model's pictures are too busy for one colour).
     */
    private static ConstraintSet nearlyMet(RasterImage picture) {
        ConstraintSet dots = ConstraintSet.empty(SIZE, SIZE);
        for (int x = 4; x < 12; x++) {
            int rgb = 0;
            for (int c = 0; c < 3; c++) {
                double value = picture.get(c, x, 3);
                double nudged = value > 0.5 ? value - NUDGE : value + NUDGE;
                rgb = rgb << 8 | (int) Math.round(255 * nudged);
            }
            dots = dots.with(Stroke.color(rgb, 0.5, x + 0.5, 3.5));
        }
        return dots;
    }
}
