package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.GeneratorSplit;
import org.latentbrush.bridge.image.RasterImage;

/** Tuning a copy's later layers to a frame: what changes, what it reaches, when it stops, what it keeps. */
class PivotalTuningTest {

    /** No time budget, so that what a test sees does not depend on the machine's load. */
    private static final TuningSettings UNTIMED = TuningSettings.defaults().withBudgetMillis(Long.MAX_VALUE);

    /**
     * Pixel MSE alone: this frame differs from G(z₀) by a smooth cast, which has almost no edge
     * error, so the edge term would only slow the climb the tests below are about.
     */
    private static final TuningSettings PIXELS_ONLY = UNTIMED.withEdgeWeight(0);

    private static GanModel model;
    /**
     * A frame whose layout the model has at the pivot but not its look, as a real photo's
     * projection has: G(z₀) with a colour cast that grows from left to right.
     */
    private static RasterImage frame;
    private static float[] pivot;

    @BeforeAll
    static void setUp() {
        model = TinyModels.random(3);
        pivot = ProjectorTest.hiddenLatent(model, 42);
        RasterImage image = model.render(List.of(pivot)).get(0);
        float[] cast = image.data().clone();
        int side = image.width();
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int i = (c * side + y) * side + x;
                    float shift = (c == 1 ? -0.25f : 0.25f) * x / (side - 1);
                    cast[i] = Math.max(0, Math.min(1, cast[i] + shift));
                }
            }
        }
        frame = new RasterImage(side, side, image.channels(), cast);
    }

    @AfterAll
    static void tearDown() {
        model.close();
    }

    private static TunedGenerator tune(TuningSettings settings, List<TuningProgress> progress) {
        return new PivotalTuning(model).tune(frame, pivot, settings.withPublishEvery(1), progress::add, () -> false);
    }

    @Test
    void tune_frozenFirstLayer_changesOnlyTheLaterOnesAndTheWeightsComeBackExactly() {
        List<Parameter> shared = model.generatorBlock().getParameters().values();
        int frozen = shared.size() - GeneratorSplit.afterLayers(model, 1).tailParameters().size();
        try (TunedGenerator tuned = tune(UNTIMED.withSteps(20).withFrozenLayers(1), new ArrayList<>())) {
            List<Parameter> copy = tuned.model().generatorBlock().getParameters().values();
            for (int i = 0; i < shared.size(); i++) {
                float[] was = shared.get(i).getArray().toFloatArray();
                float[] is = copy.get(i).getArray().toFloatArray();
                Parameter.Type type = shared.get(i).getType();
                if (i < frozen || type == Parameter.Type.RUNNING_MEAN || type == Parameter.Type.RUNNING_VAR) {
                    assertArrayEquals(was, is, shared.get(i).getName() + " " + i + " stays the model's");
                } else {
                    assertFalse(Arrays.equals(was, is), shared.get(i).getName() + " " + i + " was tuned");
                }
            }
            try (GanModel again = model.generatorCopy(tuned.model().generatorWeights())) {
                assertArrayEquals(tuned.model().render(List.of(pivot)).get(0).data(),
                        again.render(List.of(pivot)).get(0).data(), "the saved weights are G′ exactly");
            }
        }
    }

    @Test
    void tune_reachesTheTargetAndKeepsTheWeightsThatReachedIt() {
        List<TuningProgress> progress = new ArrayList<>();
        // The fit alone: PTI's locality term, which holds G′ to G at random latents, slows the climb
        // on a model this small, and when the tuning stops is what this test is about.
        try (TunedGenerator tuned = tune(PIXELS_ONLY.withLocalityWeight(0).withSteps(300).withTargetPsnr(28),
                progress)) {
            assertTrue(tuned.psnrBefore() < 20, "the frame is far from the model: " + tuned.psnrBefore());
            assertTrue(tuned.psnr() >= 28, tuned.psnrBefore() + " -> " + tuned.psnr());
            assertTrue(tuned.steps() < 300, "stopped at the target, after " + tuned.steps() + " steps");
            TuningProgress last = progress.get(progress.size() - 1);
            assertEquals(tuned.steps(), last.step());
            assertEquals(last.psnr(), tuned.psnr(), 1e-3, "no update after the step that reached it");
            assertTrue(progress.get(progress.size() - 2).psnr() < 28, "not one step later than needed");
        }
    }

    @Test
    void tune_rateThatOvershoots_endsWithTheBestWeightsMeasured() {
        List<TuningProgress> progress = new ArrayList<>();
        // A rate this large throws the picture off at the first step and takes many to climb back.
        try (TunedGenerator tuned = tune(UNTIMED.withSteps(10).withTargetPsnr(99).withRate(0.2, 1), progress)) {
            double bestReported = progress.stream().mapToDouble(TuningProgress::psnr).max().orElseThrow();
            assertTrue(bestReported < tuned.psnrBefore() - 1,
                    "test setup: every step is worse than none (" + bestReported + " < " + tuned.psnrBefore() + ")");
            assertEquals(tuned.psnrBefore(), tuned.psnr(), 1e-3, "the untouched weights were the best measured");
        }
    }

    @Test
    void tune_timeBudget_stopsAtTheFirstStepThatWouldStartAfterIt() {
        AtomicLong nanos = new AtomicLong();
        List<TuningProgress> progress = new ArrayList<>();
        // The clock moves only when a step reports: 100 ms a step.
        PivotalTuning timed = new PivotalTuning(model, nanos::get);
        TuningSettings settings = UNTIMED.withSteps(300).withTargetPsnr(99).withBudgetMillis(1_000).withPublishEvery(1);
        try (TunedGenerator tuned = timed.tune(frame, pivot, settings, p -> {
            progress.add(p);
            nanos.addAndGet(100_000_000L);
        }, () -> false)) {
            // Ten reports take the clock to the budget; the step measured at the tenth report is still made.
            assertEquals(10, progress.size());
            assertEquals(11, tuned.steps());
            // What a progress bar is measured against: the step limit until time has passed, then
            // the steps the budget allows at the pace so far, so the bar fills when the time is up.
            assertEquals(300, progress.get(0).steps(), "no time has passed at the first report");
            assertEquals(20, progress.get(1).steps(), "2 steps in 100 ms: 20 in the 1,000 ms budget");
            assertEquals(tuned.steps(), progress.get(progress.size() - 1).steps());
            assertFalse(tuned.stopped(), "the budget is not the user stopping it");
            assertTrue(tuned.psnr() > tuned.psnrBefore());
        }
    }

    @Test
    void tune_localityTerm_keepsLatentsAroundThePivotCloserToTheModelsPictures() {
        TuningSettings settings = PIXELS_ONLY.withSteps(80).withTargetPsnr(99);
        List<float[]> around = new ArrayList<>();
        for (int seed = 100; seed < 108; seed++) {
            float[] random = ProjectorTest.hiddenLatent(model, seed);
            float[] halfway = new float[random.length];
            for (int i = 0; i < random.length; i++) {
                halfway[i] = (pivot[i] + random[i]) / 2;
            }
            around.add(halfway);
        }
        List<RasterImage> shared = model.render(around);
        // PTI's weight: strong enough to tell apart on a model this small.
        try (TunedGenerator kept = tune(settings.withLocalityWeight(0.1), new ArrayList<>());
                TunedGenerator free = tune(settings.withLocalityWeight(0), new ArrayList<>())) {
            double keptPsnr = meanPsnr(kept.model().render(around), shared);
            double freePsnr = meanPsnr(free.model().render(around), shared);
            assertTrue(keptPsnr > freePsnr + 1, keptPsnr + " dB with the term, " + freePsnr + " without");
        }
    }

    private static double meanPsnr(List<RasterImage> a, List<RasterImage> b) {
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += Projection.psnr(a.get(i), b.get(i));
        }
        return sum / a.size();
    }
}
