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

    /**
     * Current results the edits start from: one edit could go either way by luck (a tiny random
     * model's picture moves a lot with z), ten together do not.
     */
    private static final int SCENES = 10;

    /** How far the stroke's colour is from the picture under it, per channel, on [0, 1]. */
    private static final double NUDGE = 0.1;

    /** The dots of the strokes the current result nearly meets: columns 4 to 11 of one row. */
    private static final int ROW_FROM = 4;
    private static final int ROW_TO = 12;

    /** What "less" means here: by a tenth at least, beyond the luck of ten edits. */
    private static final double CLEARLY_LESS = 0.9;

    /** Random must change the rest of the picture this many times more than editing again does. */
    private static final double ANOTHER_SCENE = 3;

    /** Random must also change it by at least this share of how much two random scenes differ. */
    private static final double SHARE_OF_A_SCENE_GAP = 0.5;

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
            ConstraintSet strokes = nearlyMet(picture, ROW_FROM, ROW_TO);
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
            float[] newScene = LatentPaths.random(model.manifest().latentSize(), 201);
            // Two dots only: a whole row of the old scene's colours would pin the old scene.
            ConstraintSet strokes = nearlyMet(render(scene), 7, 9);
            live.restore(scene, null);
            live.submit(strokes);
            assertTrue(live.awaitIdle(WAIT_MS));
            RasterImage stroked = last.get().best().image();
            live.submit(strokes);
            assertTrue(live.awaitIdle(WAIT_MS));
            double again = changeOutside(stroked, strokes, last.get().best().image());
            live.restore(newScene, null);
            live.submit(strokes);
            assertTrue(live.awaitIdle(WAIT_MS));
            double random = changeOutside(stroked, strokes, last.get().best().image());
            double sceneGap = changeOutside(render(scene), strokes, render(newScene));
            assertTrue(random > ANOTHER_SCENE * again && random > SHARE_OF_A_SCENE_GAP * sceneGap,
                    "optimising the strokes again changed the rest by " + again + ", Random by "
                    + random + "; the two random scenes differ by " + sceneGap);
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
     * Dots along part of a row in the picture's own colours there, each nudged a little: strokes the
     * current result nearly meets (a tiny random model's pictures are too busy for one colour).
     */
    private static ConstraintSet nearlyMet(RasterImage picture, int fromX, int toX) {
        ConstraintSet dots = ConstraintSet.empty(SIZE, SIZE);
        for (int x = fromX; x < toX; x++) {
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
