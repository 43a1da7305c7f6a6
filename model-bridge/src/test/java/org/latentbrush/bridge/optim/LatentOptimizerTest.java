package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;

class LatentOptimizerTest {

    private static GanModel model;

    @BeforeAll
    static void openModel() {
        model = TinyModels.random(3);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    static float[] randomLatent(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] z = new float[model.manifest().latentSize()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (random.nextDouble() * 1.6 - 0.8);
        }
        return z;
    }

    static RasterImage render(float[] z) {
        int size = model.manifest().imageSize();
        try (NDManager scope = model.manager().newSubManager()) {
            float[] pixels = model.generate(scope.create(z, new Shape(1, z.length))).toFloatArray();
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (pixels[i] + 1) / 2;
            }
            return new RasterImage(size, size, 3, pixels);
        }
    }

    /** Dots of G(z*)'s colours on every other pixel: a target the model can meet exactly. */
    static ConstraintSet dotsOf(RasterImage target) {
        ConstraintSet set = ConstraintSet.empty(target.width(), target.height());
        for (int y = 0; y < target.height(); y += 2) {
            for (int x = 0; x < target.width(); x += 2) {
                int rgb = Math.round(target.get(0, x, y) * 255) << 16
                        | Math.round(target.get(1, x, y) * 255) << 8
                        | Math.round(target.get(2, x, y) * 255);
                set = set.with(Stroke.color(rgb, 0.5, x + 0.5, y + 0.5));
            }
        }
        return set;
    }

    @Test
    void optimize_targetFromHiddenLatent_colorErrorFallsByLargeFactor() {
        ConstraintSet strokes = dotsOf(render(randomLatent(42)));
        List<CandidateBatch> snapshots = new ArrayList<>();
        OptimizerSettings settings = OptimizerSettings.igan().withCandidates(8).withIterations(60);
        CandidateBatch last = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                settings, snapshots::add, () -> false);
        double first = snapshots.get(0).best().colorError();
        assertTrue(last.best().colorError() < first / 5,
                "colour error should fall at least 5x: " + first + " -> " + last.best().colorError());
        assertTrue(last.finished());
    }

    @Test
    void optimize_redStroke_pullsStrokedPixelsTowardRed() {
        ConstraintSet strokes = ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 3, 2, 8, 14, 8));
        List<CandidateBatch> snapshots = new ArrayList<>();
        CandidateBatch last = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                OptimizerSettings.live().withScreened(0).withIterations(40), snapshots::add, () -> false);
        double before = redness(snapshots.get(0).best().image());
        double after = redness(last.best().image());
        assertTrue(after > before, "stroked row should get redder: " + before + " -> " + after);
        assertTrue(last.best().colorError() < snapshots.get(0).best().colorError());
    }

    @Test
    void optimize_sketchStroke_edgeErrorFalls() {
        ConstraintSet strokes = ConstraintSet.empty(16, 16).with(Stroke.sketch(0.7, 2, 8, 14, 8));
        List<CandidateBatch> snapshots = new ArrayList<>();
        CandidateBatch last = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                OptimizerSettings.live().withScreened(0).withIterations(40), snapshots::add, () -> false);
        double before = snapshots.get(0).best().edgeError();
        assertTrue(last.best().edgeError() < before * 0.8,
                "an edge should appear along the sketch: " + before + " -> " + last.best().edgeError());
        assertEquals(0, last.best().colorError(), 1e-9, "no colour strokes, no colour error");
    }

    private static double redness(RasterImage image) {
        double sum = 0;
        for (int x = 3; x < 13; x++) {
            sum += image.get(0, x, 8) - (image.get(1, x, 8) + image.get(2, x, 8)) / 2;
        }
        return sum / 10;
    }

    @Test
    void optimize_cancelledAfterFirstSnapshot_returnsBestSoFarPromptly() {
        ConstraintSet strokes = dotsOf(render(randomLatent(5)));
        List<CandidateBatch> snapshots = new ArrayList<>();
        CandidateBatch last = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                OptimizerSettings.igan().withIterations(10_000), snapshots::add,
                () -> !snapshots.isEmpty());
        assertTrue(last.cancelled());
        assertTrue(last.finished());
        assertEquals(0, snapshots.get(0).iteration(), "the scored starts are the first preview");
        assertEquals(0, last.iteration(), "stops at the first check after the cancel");
        assertTrue(last.best().cost() <= snapshots.get(0).best().cost());
    }

    @Test
    void optimize_hugeLearningRate_keepsEveryLatentInsidePrior() {
        OptimizerSettings wild = new OptimizerSettings(8, 30, 50.0, 0.9, 0.999, 0.2, 0, 0.5, 1, 8, 1, 0, 0, EarlyStop.NEVER, Narrowing.NEVER, 0);
        ConstraintSet strokes = ConstraintSet.empty(16, 16).with(Stroke.color(0x00FF00, 8, 8, 8));
        List<CandidateBatch> snapshots = new ArrayList<>();
        new LatentOptimizer(model).optimize(strokes, EditStart.fresh(), wild, snapshots::add, () -> false);
        for (CandidateBatch batch : snapshots) {
            for (Candidate c : batch.candidates()) {
                for (float v : c.z()) {
                    assertTrue(Math.abs(v) <= 1f, "z must stay in [-1, 1], was " + v);
                }
            }
        }
    }

    @Test
    void optimize_afterFix_priorKeepsResultNearAnchor() {
        float[] anchor = randomLatent(9);
        ConstraintSet strokes = dotsOf(render(randomLatent(10)));
        OptimizerSettings settings = OptimizerSettings.live().withIterations(40);
        CandidateBatch free = new LatentOptimizer(model).optimize(strokes, EditStart.from(anchor),
                settings, b -> { }, () -> false);
        CandidateBatch fixed = new LatentOptimizer(model).optimize(strokes,
                new EditStart(anchor, anchor), settings, b -> { }, () -> false);
        assertTrue(distance(fixed.best().z(), anchor) < distance(free.best().z(), anchor),
                "fixing should keep z nearer its anchor");
        // The prior term is what holds it there: it measures the distance to the anchor.
        double meanSquare = distance(fixed.best().z(), anchor) / anchor.length;
        assertEquals(meanSquare, fixed.best().priorCost(), 1e-4 + 1e-3 * meanSquare);
    }

    private static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return sum;
    }

    @Test
    void optimize_earlyStop_endsOnceTheCostStopsFalling_finishedAndNotCancelled() {
        ConstraintSet strokes = dotsOf(render(randomLatent(42)));
        OptimizerSettings settings = OptimizerSettings.igan().withCandidates(4).withIterations(400);
        // A tolerance of 50 % per 3 iterations: the fast fall of the first steps keeps it going,
        // the slow tail that follows ends it long before 400 iterations.
        CandidateBatch early = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                settings.withEarlyStop(new EarlyStop(3, 0.5)), b -> { }, () -> false);
        assertTrue(early.finished());
        assertFalse(early.cancelled(), "an early stop is a normal end, not a cancel");
        assertTrue(early.iteration() >= 6 && early.iteration() < 400, "ran " + early.iteration());
        CandidateBatch full = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                settings.withIterations(early.iteration()), b -> { }, () -> false);
        assertEquals(full.best().cost(), early.best().cost(), 1e-5,
                "the same iterations give the same result: the stop only ends the loop");
    }

    @Test
    void optimize_snapshotsAreRankedByCost() {
        ConstraintSet strokes = dotsOf(render(randomLatent(12)));
        CandidateBatch last = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                OptimizerSettings.igan().withCandidates(12).withIterations(5), b -> { }, () -> false);
        for (int i = 1; i < last.candidates().size(); i++) {
            assertTrue(last.candidates().get(i - 1).cost() <= last.candidates().get(i).cost());
        }
    }

    @Test
    void optimize_narrowing_stepsTheLeadersOnAndStillShowsEveryCandidate() {
        ConstraintSet strokes = dotsOf(render(randomLatent(42)));
        OptimizerSettings settings = OptimizerSettings.igan().withCandidates(8).withIterations(30);
        List<CandidateBatch> snapshots = new ArrayList<>();
        CandidateBatch narrowed = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                settings.withNarrowing(new Narrowing(5, 2)), snapshots::add, () -> false);
        assertTrue(narrowed.finished());
        assertEquals(30, narrowed.iteration());
        assertEquals(8, narrowed.candidates().size(), "the dropped candidates stay in the gallery");
        for (int i = 1; i < narrowed.candidates().size(); i++) {
            assertTrue(narrowed.candidates().get(i - 1).cost() <= narrowed.candidates().get(i).cost());
        }
        double first = snapshots.get(0).best().colorError();
        assertTrue(narrowed.best().colorError() < first / 5,
                "the leaders still converge: " + first + " -> " + narrowed.best().colorError());
        // Before the first halving, the run is the plain one, step for step.
        CandidateBatch plain5 = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                settings.withIterations(5), b -> { }, () -> false);
        CandidateBatch narrowed5 = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                settings.withIterations(5).withNarrowing(new Narrowing(5, 2)), b -> { }, () -> false);
        assertEquals(plain5.best().cost(), narrowed5.best().cost(), 1e-5);
    }
}
