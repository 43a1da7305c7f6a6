package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.StrokeRasterizer;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;

class StartingBatchTest {

    private static final ConstraintSet STROKES =
            ConstraintSet.empty(16, 16).with(Stroke.color(0xFF0000, 4, 8, 8));

    private static float[][] rows(GanModel model, StartingBatch batch) {
        try (NDManager scope = model.manager().newSubManager()) {
            float[] flat = batch.latents(scope).toFloatArray();
            int n = model.manifest().latentSize();
            float[][] rows = new float[flat.length / n][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = Arrays.copyOfRange(flat, i * n, (i + 1) * n);
            }
            return rows;
        }
    }

    @Test
    void latents_withCurrentResult_putItFirst() {
        try (GanModel model = TinyModels.random(1)) {
            float[] current = {0.1f, -0.2f, 0.3f, 0, 0, 0, 0, 0.9f};
            StartingBatch batch = new StartingBatch(model,
                    OptimizerSettings.live().withCandidates(4).withScreened(0),
                    EditStart.from(current), StrokeRasterizer.rasterize(STROKES, 16));
            float[][] rows = rows(model, batch);
            assertEquals(4, rows.length);
            assertEquals(1, batch.kept());
            assertArrayEquals(current, rows[0]);
        }
    }

    @Test
    void latents_screening_drawsMoreThanTheFreeSlotsAndKeepsTheCurrentResult() {
        try (GanModel model = TinyModels.random(1)) {
            float[] current = {0.1f, -0.2f, 0.3f, 0, 0, 0, 0, 0.9f};
            OptimizerSettings settings = OptimizerSettings.live().withCandidates(4).withScreened(10);
            StartingBatch batch = new StartingBatch(model, settings, EditStart.from(current),
                    StrokeRasterizer.rasterize(STROKES, 16));
            float[][] rows = rows(model, batch);
            assertEquals(11, rows.length, "the current result and ten draws");
            assertEquals(11, batch.count());
            assertEquals(1, batch.kept());
            assertArrayEquals(current, rows[0]);
        }
    }

    @Test
    void latents_afterFix_restartNearAnchor() {
        try (GanModel model = TinyModels.random(1)) {
            float[] anchor = new float[8];
            OptimizerSettings settings = OptimizerSettings.igan().withCandidates(20);
            StartingBatch batch = new StartingBatch(model, settings, new EditStart(anchor, anchor),
                    StrokeRasterizer.rasterize(STROKES, 16));
            for (float[] row : rows(model, batch)) {
                for (float v : row) {
                    assertTrue(Math.abs(v) <= settings.restartNoise() + 1e-6, "restart within noise of z0");
                }
            }
        }
    }

    @Test
    void latents_modelWithEncoder_guessesSecondSlotFromPaintedImage() {
        try (GanModel model = GanModel.random(TinyModels.manifest(true), 5, Device.cpu(), TinyModels.SIGMA)) {
            float[] current = new float[8];
            StartingBatch batch = new StartingBatch(model, OptimizerSettings.live().withCandidates(3),
                    EditStart.from(current), StrokeRasterizer.rasterize(STROKES, 16));
            float[][] rows = rows(model, batch);
            assertArrayEquals(current, rows[0]);
            // The guess is E's output: tanh-bounded, and not the zero start.
            double norm = 0;
            for (float v : rows[1]) {
                assertTrue(Math.abs(v) <= 1);
                norm += v * v;
            }
            assertTrue(norm > 0, "the encoder's guess differs from the zero start");
        }
    }
    @Test
    void latents_continuingASupersededEdit_keepItsCandidatesAndAddNoDraws() {
        try (GanModel model = TinyModels.random(1)) {
            float[] current = {0.1f, -0.2f, 0.3f, 0, 0, 0, 0, 0.9f};
            float[] second = {0.5f, 0.5f, 0.5f, 0.5f, 0, 0, 0, 0};
            float[] third = {-0.5f, 0, 0, 0, 0, 0, 0.4f, 0};
            OptimizerSettings settings = OptimizerSettings.live().withCandidates(4).withScreened(10);
            // The superseded edit's best is the current result already; it is not taken twice.
            StartingBatch batch = new StartingBatch(model, settings,
                    new EditStart(current, null, List.of(current.clone(), second, third)),
                    StrokeRasterizer.rasterize(STROKES, 16));
            float[][] rows = rows(model, batch);
            // Three where the settings ask four: the edit goes on at the batch it had narrowed to.
            assertEquals(3, rows.length, "no draws screened or added");
            assertEquals(3, batch.kept());
            assertArrayEquals(current, rows[0]);
            assertArrayEquals(second, rows[1]);
            assertArrayEquals(third, rows[2]);
        }
    }

    @Test
    void latents_withACompleteStartBank_drawTheBanksBestMatchesForTheStrokes() {
        try (GanModel model = TinyModels.random(1)) {
            float[] current = {0.1f, -0.2f, 0.3f, 0, 0, 0, 0, 0.9f};
            OptimizerSettings settings = OptimizerSettings.live().withCandidates(4).withScreened(10);
            StartBank bank = new StartBank(model.manifest(), 40);
            bank.grow(model, 40);
            var maps = StrokeRasterizer.rasterize(STROKES, 16);
            StartingBatch batch = new StartingBatch(model, settings, EditStart.from(current), maps, bank);
            float[][] rows = rows(model, batch);
            float[][] expected = bank.best(maps, batch.currentPicture().data(), settings.continuityWeight(), 10);
            assertEquals(11, rows.length, "the current result and ten of the bank's");
            assertArrayEquals(current, rows[0]);
            for (int i = 0; i < 10; i++) {
                assertArrayEquals(expected[i], rows[i + 1], "start " + (i + 1));
            }
        }
    }

    @Test
    void latents_withAnIncompleteBankOrAFixedResult_drawAfreshAsWithoutOne() {
        try (GanModel model = TinyModels.random(1)) {
            float[] current = {0.1f, -0.2f, 0.3f, 0, 0, 0, 0, 0.9f};
            OptimizerSettings settings = OptimizerSettings.live().withCandidates(4).withScreened(10);
            var maps = StrokeRasterizer.rasterize(STROKES, 16);
            StartBank partial = new StartBank(model.manifest(), 40);
            partial.grow(model, 20);
            assertArrayEquals(rows(model, new StartingBatch(model, settings, EditStart.from(current), maps)),
                    rows(model, new StartingBatch(model, settings, EditStart.from(current), maps, partial)));

            StartBank full = new StartBank(model.manifest(), 40);
            full.grow(model, 40);
            EditStart fixed = new EditStart(current, current);
            assertArrayEquals(rows(model, new StartingBatch(model, settings, fixed, maps)),
                    rows(model, new StartingBatch(model, settings, fixed, maps, full)),
                    "restarts around a fixed result stay near it");
        }
    }
}
