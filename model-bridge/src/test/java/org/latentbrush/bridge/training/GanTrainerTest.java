package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latentbrush.bridge.NetworkValues.flatten;

import ai.djl.Device;
import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.ArchitectureType;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;

class GanTrainerTest {

    /**
     * How far a resumed run may drift from the straight one. On the CI machine kind (2 cores,
     * PyTorch 2.7.1 CPU) the resumed weights are bit-identical (checked with a tolerance of 0);
     * the bound leaves room for CPU kernels whose summation order depends on the thread count,
     * and is still far below one training step's effect on a weight (about 1e-4).
     */
    private static final float RESUME_TOLERANCE = 1e-6f;

    @TempDir
    Path dir;

    private GanTrainer open(long steps, int every, Path folder, boolean resume) throws IOException {
        return GanTrainer.open(TinyGan.config(steps, every), TinyGan.manifest(), TinyGan.data(),
                folder, resume, Device.cpu());
    }

    @Test
    void train_tinyGan_reportsFiniteLossesEveryStep() throws IOException {
        List<StepLosses> seen = new ArrayList<>();
        try (GanTrainer trainer = open(5, 100, dir, false)) {
            trainer.train(new TrainingListener() {
                @Override
                public void stepped(long completedSteps, StepLosses losses) {
                    seen.add(losses);
                }
            });
        }
        assertEquals(5, seen.size());
        assertTrue(seen.stream().allMatch(StepLosses::finite), seen.toString());
    }

    @Test
    void train_sampleInterval_writesGridOfEightByEightTiles() throws IOException {
        try (GanTrainer trainer = open(4, 2, dir, false)) {
            trainer.train(TrainingListener.NONE);
        }
        Path grid = dir.resolve(GanTrainer.SAMPLES).resolve("step-000002.png");
        assertTrue(Files.exists(grid));
        assertTrue(Files.exists(dir.resolve(GanTrainer.SAMPLES).resolve("step-000004.png")));
        int side = TinyGan.SPEC.imageSize() * 2 * SampleGrid.SIDE + SampleGrid.SIDE - 1;
        assertEquals(side, ImageIO.read(grid.toFile()).getWidth());
    }

    @Test
    void train_finished_leavesLoadableModelWithTrainingRecord() throws Exception {
        try (GanTrainer trainer = open(3, 100, dir, false)) {
            trainer.train(TrainingListener.NONE);
        }
        try (GanModel model = GanModel.load(dir, Device.cpu())) {
            ModelManifest manifest = model.manifest();
            assertEquals(3, ((Number) manifest.training().get("steps")).intValue());
            assertEquals(3 * TinyGan.BATCH, ((Number) manifest.training().get("imagesSeen")).intValue());
            assertEquals(TinyGan.data().describe(), manifest.training().get("dataset"));
            assertTrue(manifest.training().containsKey("finalLosses"));
        }
    }

    @Test
    void resume_afterThreeSteps_matchesSixStraightSteps() throws IOException {
        Path straight = dir.resolve("straight");
        Path split = dir.resolve("split");
        float[][] expected;
        try (GanTrainer trainer = open(6, 3, straight, false)) {
            trainer.train(TrainingListener.NONE);
            expected = weights(trainer);
        }
        try (GanTrainer trainer = open(3, 3, split, false)) {
            trainer.train(TrainingListener.NONE);
        }
        float[][] resumed;
        try (GanTrainer trainer = open(6, 3, split, true)) {
            assertEquals(3, trainer.completedSteps());
            trainer.train(TrainingListener.NONE);
            resumed = weights(trainer);
        }
        String[] names = {"generator", "average", "discriminator"};
        for (int i = 0; i < names.length; i++) {
            assertArrayEquals(expected[i], resumed[i], RESUME_TOLERANCE, names[i]);
        }
    }

    @Test
    void resume_newestCheckpointTruncated_fallsBackToThePreviousOneAndSaysSo() throws IOException {
        try (GanTrainer trainer = open(4, 2, dir, false)) {
            trainer.train(TrainingListener.NONE);
        }
        Path newest = dir.resolve(Checkpoints.FOLDER).resolve("step-000004");
        Path adam = newest.resolve(GanTrainer.GENERATOR_ADAM_FILE);
        byte[] whole = Files.readAllBytes(adam);
        Files.write(adam, java.util.Arrays.copyOf(whole, whole.length / 2));
        try (GanTrainer trainer = open(6, 2, dir, true)) {
            assertEquals(2, trainer.completedSteps());
            assertTrue(trainer.resumeNote().orElseThrow().contains("resumed from step-000002"),
                    trainer.resumeNote().toString());
            trainer.train(TrainingListener.NONE);
            assertEquals(6, trainer.completedSteps());
        }
    }

    @Test
    void resume_differentlyTrainedRun_differs() throws IOException {
        // Guards the resume test: with another seed the weights must not match.
        float[] seven;
        float[] eight;
        try (GanTrainer trainer = open(2, 100, dir.resolve("a"), false)) {
            trainer.train(TrainingListener.NONE);
            seven = weights(trainer)[0];
        }
        try (GanTrainer trainer = GanTrainer.open(
                GanTrainingConfig.standard(TinyGan.SPEC, TinyGan.BATCH, 2, 8), TinyGan.manifest(),
                TinyGan.data(), dir.resolve("b"), false, Device.cpu())) {
            trainer.train(TrainingListener.NONE);
            eight = weights(trainer)[0];
        }
        assertFalse(java.util.Arrays.equals(seven, eight));
    }

    @ParameterizedTest
    @EnumSource(ArchitectureType.class)
    void train_oneStep_movesEveryParameterOfBothNetworks(ArchitectureType type) throws IOException {
        // A parameter the gradient never reaches keeps its initial value and silently stops the
        // model from learning: samples stay noise while D wins. For the style generator this
        // covers the mapping network, every modulation and the learned constant.
        ArchitectureSpec spec = TinyGan.SPEC.withType(type);
        try (GanTrainer trainer = GanTrainer.open(TinyGan.config(spec, 1, 100),
                TinyGan.manifest(spec), TinyGan.data(), dir, false, Device.cpu())) {
            List<float[]> generatorBefore = parameters(trainer.trainedGenerator().generatorBlock());
            List<float[]> discriminatorBefore = parameters(trainer.discriminatorBlock());
            trainer.train(TrainingListener.NONE);
            assertMoved("G", trainer.trainedGenerator().generatorBlock(), generatorBefore, true);
            // D's last bias may rightly stay: while every score lies inside the hinge's margin,
            // the real and generated halves pull it equally hard in opposite directions.
            assertMoved("D", trainer.discriminatorBlock(), discriminatorBefore, false);
        }
    }

    @Test
    void train_deeperDiscriminator_oneStepMovesEveryWeightOfD_andAddsItsLayers() throws IOException {
        int shallowCount;
        try (GanTrainer shallow = GanTrainer.open(TinyGan.config(1, 100), TinyGan.manifest(),
                TinyGan.data(), dir.resolve("shallow"), false, Device.cpu())) {
            shallowCount = shallow.discriminatorBlock().getParameters().size();
        }
        try (GanTrainer trainer = GanTrainer.open(TinyGan.config(1, 100).withDiscriminatorDepth(2),
                TinyGan.manifest(), TinyGan.data(), dir.resolve("deep"), false, Device.cpu())) {
            // One 3×3 convolution (weight, bias, spectral-norm vector) after each strided one.
            int levels = TinyGan.SPEC.upsamplingSteps();
            assertEquals(shallowCount + 3 * levels,
                    trainer.discriminatorBlock().getParameters().size());
            List<float[]> before = parameters(trainer.discriminatorBlock());
            trainer.train(TrainingListener.NONE);
            assertMoved("D", trainer.discriminatorBlock(), before, false);
        }
    }

    @Test
    void train_withDiffAugment_oneStepMovesEveryParameterOfG_andResumesExactly() throws IOException {
        // G learns only through the augmentation in front of D: its gradient must pass it.
        GanTrainingConfig augmented = TinyGan.config(1, 100).withDiffAugment(true);
        try (GanTrainer trainer = GanTrainer.open(augmented, TinyGan.manifest(), TinyGan.data(),
                dir.resolve("one"), false, Device.cpu())) {
            List<float[]> before = parameters(trainer.trainedGenerator().generatorBlock());
            trainer.train(TrainingListener.NONE);
            assertMoved("G", trainer.trainedGenerator().generatorBlock(), before, true);
        }
        float[] straight;
        try (GanTrainer trainer = GanTrainer.open(augmented.withSteps(4).withIntervals(2, 2),
                TinyGan.manifest(), TinyGan.data(), dir.resolve("straight"), false, Device.cpu())) {
            trainer.train(TrainingListener.NONE);
            straight = weights(trainer)[0];
        }
        try (GanTrainer trainer = GanTrainer.open(augmented.withSteps(2).withIntervals(2, 2),
                TinyGan.manifest(), TinyGan.data(), dir.resolve("split"), false, Device.cpu())) {
            trainer.train(TrainingListener.NONE);
        }
        try (GanTrainer trainer = GanTrainer.open(augmented.withSteps(4).withIntervals(2, 2),
                TinyGan.manifest(), TinyGan.data(), dir.resolve("split"), true, Device.cpu())) {
            trainer.train(TrainingListener.NONE);
            assertArrayEquals(straight, weights(trainer)[0], RESUME_TOLERANCE);
        }
    }

    private static List<float[]> parameters(Block block) {
        List<float[]> values = new ArrayList<>();
        for (Pair<String, Parameter> pair : block.getParameters()) {
            values.add(pair.getValue().getArray().toFloatArray());
        }
        return values;
    }

    private static void assertMoved(String network, Block block, List<float[]> before,
            boolean biasesToo) {
        List<float[]> after = parameters(block);
        for (int i = 0; i < after.size(); i++) {
            Parameter parameter = block.getParameters().valueAt(i);
            if (!biasesToo && parameter.getType() == Parameter.Type.BIAS) {
                continue;
            }
            String name = block.getParameters().get(i).getKey();
            assertFalse(java.util.Arrays.equals(before.get(i), after.get(i)),
                    network + "'s parameter " + name + " did not change in a training step");
        }
    }

    @Test
    void open_folderThatAnotherRunIsWriting_refusesUntilThatRunCloses() throws IOException {
        try (GanTrainer first = open(4, 2, dir, false)) {
            first.train(TrainingListener.NONE);
            IOException e = assertThrows(IOException.class, () -> open(8, 2, dir, true));
            assertTrue(e.getMessage().contains("another training run is writing"), e.getMessage());
        }
        try (GanTrainer resumed = open(8, 2, dir, true)) {
            assertEquals(4, resumed.completedSteps());
        }
    }

    @Test
    void open_folderWithRunAndNoResume_refuses() throws IOException {
        try (GanTrainer trainer = open(2, 2, dir, false)) {
            trainer.train(TrainingListener.NONE);
        }
        IOException e = assertThrows(IOException.class, () -> open(4, 2, dir, false));
        assertTrue(e.getMessage().contains("resume"), e.getMessage());
    }

    @Test
    void open_resumeWithOtherBatchSize_refusesNamingBoth() throws IOException {
        try (GanTrainer trainer = open(2, 2, dir, false)) {
            trainer.train(TrainingListener.NONE);
        }
        IOException e = assertThrows(IOException.class, () -> GanTrainer.open(
                GanTrainingConfig.standard(TinyGan.SPEC, 4, 4, 7), TinyGan.manifest(),
                TinyGan.data(), dir, true, Device.cpu()));
        assertTrue(e.getMessage().contains("batch 8") && e.getMessage().contains("batch 4"),
                e.getMessage());
    }

    @Test
    void train_manySteps_keepsLongLivedArrayCountFlat() throws IOException {
        List<List<Integer>> counts = new ArrayList<>();
        try (GanTrainer trainer = open(6, 3, dir, false)) {
            trainer.train(new TrainingListener() {
                @Override
                public void stepped(long completedSteps, StepLosses losses) {
                    counts.add(arrayCounts(trainer));
                }
            });
        }
        // The first step may set things up; after it, no step may leave arrays behind.
        for (int i = 2; i < counts.size(); i++) {
            assertEquals(counts.get(1), counts.get(i), "after step " + (i + 1));
        }
    }

    private static List<Integer> arrayCounts(GanTrainer trainer) {
        List<Integer> counts = new ArrayList<>();
        counts.add(count(trainer.trainedGenerator().manager()));
        counts.add(count(trainer.averageGenerator().manager()));
        counts.add(count(trainer.discriminatorBlock().getParameters().valueAt(0).getArray()
                .getManager()));
        return counts;
    }

    private static int count(NDManager manager) {
        return ((BaseNDManager) manager).getManagedArrays().size();
    }

    private static float[][] weights(GanTrainer trainer) {
        return new float[][] {
            flatten(trainer.trainedGenerator().generatorBlock()),
            flatten(trainer.averageGenerator().generatorBlock()),
            flatten(trainer.discriminatorBlock())};
    }
}
