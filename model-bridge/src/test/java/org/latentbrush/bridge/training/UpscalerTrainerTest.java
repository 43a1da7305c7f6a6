package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.NetworkValues;
import org.latentbrush.bridge.training.data.Degradation;
import org.latentbrush.bridge.training.data.HighResPicture;
import org.latentbrush.bridge.training.data.LandscapeRenderer;
import org.latentbrush.bridge.training.data.SuperResolutionPatches;
import org.latentbrush.bridge.upscale.Upscaler;
import org.latentbrush.bridge.upscale.UpscalerManifest;
import org.latentbrush.bridge.upscale.UpscalerSpec;

/** Tests {@link UpscalerTrainer}: it learns, it resumes exactly, its folder is an upscaler. */
class UpscalerTrainerTest {

    /** How far a resumed run may drift from the straight one: see GanTrainerTest's bound. */
    private static final float RESUME_TOLERANCE = 1e-6f;

    private static final UpscalerSpec SPEC = new UpscalerSpec(4, 3, 8, 1);
    private static final String DATA = "six renders at 64";

    @TempDir
    Path dir;

    @Test
    void shortRun_lowersTheHeldOutLoss_andLeavesALoadableUpscaler() throws Exception {
        Path run = dir.resolve("l1");
        double before;
        double after;
        try (UpscalerTrainer trainer = open(run, config(40, 0, 0), false, Optional.empty())) {
            before = trainer.heldOutL1(16);
            trainer.train(TrainingListener.NONE);
            after = trainer.heldOutL1(16);
        }
        assertTrue(after < 0.8 * before, "held-out L1 went from " + before + " to " + after);
        try (Upscaler loaded = Upscaler.load(run, Device.cpu())) {
            assertEquals(SPEC, loaded.manifest().spec());
            assertEquals(40L, ((Number) loaded.manifest().training().get("steps")).longValue());
            assertEquals(1, loaded.manifest().sources().size());
        }
    }

    @Test
    void resume_afterFourSteps_matchesEightStraightSteps() throws Exception {
        float[] straight;
        try (UpscalerTrainer trainer = open(dir.resolve("straight"), config(8, 0.01f, 1f), false, Optional.empty())) {
            trainer.train(TrainingListener.NONE);
            straight = NetworkValues.flatten(trainer.network());
        }
        Path halves = dir.resolve("halves");
        try (UpscalerTrainer trainer = open(halves, config(4, 0.01f, 1f), false, Optional.empty())) {
            trainer.train(TrainingListener.NONE);
        }
        float[] resumed;
        try (UpscalerTrainer trainer = open(halves, config(8, 0.01f, 1f), true, Optional.empty())) {
            assertEquals(4, trainer.completedSteps());
            trainer.train(TrainingListener.NONE);
            resumed = NetworkValues.flatten(trainer.network());
        }
        // Bit-identical; the bound, as in GanTrainerTest, leaves room for a CPU kernel's summation
        // order and is far below what one step moves a weight. (Runs that once differed by a whole
        // step came from another thread initialising weights between this run's seed and its
        // draws, which SeededWeights now rules out.)
        assertArrayEquals(straight, resumed, RESUME_TOLERANCE);
    }

    @Test
    void adversarialRun_startsFromTheL1Network() throws Exception {
        Path l1 = dir.resolve("l1");
        try (UpscalerTrainer trainer = open(l1, config(20, 0, 0), false, Optional.empty())) {
            trainer.train(TrainingListener.NONE);
        }
        List<Double> losses = new ArrayList<>();
        try (UpscalerTrainer trainer = open(dir.resolve("gan"), config(3, 0.01f, 1f), false, Optional.of(l1))) {
            double started = trainer.heldOutL1(16);
            try (UpscalerTrainer fresh = open(dir.resolve("fresh"), config(3, 0.01f, 1f), false, Optional.empty())) {
                assertTrue(started < fresh.heldOutL1(16), "a run started from the L1 network begins where it ended");
            }
            trainer.train(new TrainingListener() {
                @Override
                public void stepped(long completedSteps, StepLosses stepLosses) {
                    losses.add(stepLosses.discriminator());
                }
            });
        }
        assertEquals(3, losses.size());
        losses.forEach(d -> assertTrue(d > 0 && Double.isFinite(d), "D's hinge loss " + d));
    }

    @Test
    void folderWithAnotherRun_isRefusedWithoutResume() throws Exception {
        Path run = dir.resolve("run");
        try (UpscalerTrainer trainer = open(run, config(2, 0, 0), false, Optional.empty())) {
            trainer.train(TrainingListener.NONE);
        }
        IOException e = assertThrows(IOException.class, () -> open(run, config(4, 0, 0), false, Optional.empty()));
        assertTrue(e.getMessage().contains("already holds a training run"), e.getMessage());
    }

    private static UpscalerTrainingConfig config(int steps, float adversarial, float feature) {
        // A tenfold rate: the tests' runs are a few dozen steps.
        return new UpscalerTrainingConfig(SPEC, steps, 4, 32, 3, new AdamSettings(2e-3f, 0.9f, 0.99f),
                adversarial, feature, 4);
    }

    private static UpscalerTrainer open(Path run, UpscalerTrainingConfig config, boolean resume,
            Optional<Path> start) throws IOException {
        LandscapeRenderer renderer = new LandscapeRenderer();
        List<HighResPicture> pictures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pictures.add(HighResPicture.render(renderer, 100 + i, 64));
        }
        SuperResolutionPatches patches = new SuperResolutionPatches(pictures, 4, 32, Degradation.GAN_LIKE, 9);
        UpscalerManifest manifest = new UpscalerManifest("test-x4", "Test", SPEC, UpscalerManifest.WEIGHTS_FILE,
                "test", List.of(new UpscalerManifest.Source("renders", "own")), Map.of());
        return UpscalerTrainer.open(config, manifest, patches, DATA, run, resume, start, Device.cpu());
    }
}
