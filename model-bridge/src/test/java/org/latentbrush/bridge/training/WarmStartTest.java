package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.NetworkValues;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ManifestReader;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.generator.ParameterFiles;

/** A run started from a trained model's generator: G starts there, and learns only after D alone. */
class WarmStartTest {

    @TempDir
    Path dir;

    private Path trained;
    private String trainedWeights;

    /** A model to start from: a tiny run of two steps, its folder as a user would have it. */
    @BeforeEach
    void trainModel() throws Exception {
        trained = dir.resolve("trained");
        try (GanTrainer trainer = GanTrainer.open(TinyGan.config(2, 100), TinyGan.manifest(), TinyGan.data(),
                trained, false, Device.cpu())) {
            trainer.train(TrainingListener.NONE);
        }
        try (GanModel model = GanModel.load(trained, Device.cpu())) {
            trainedWeights = ParameterFiles.fingerprint(model.generatorBlock());
        }
    }

    @Test
    void train_warmStart_startsFromTheModelAndMovesGOnlyAfterDAlone() throws Exception {
        Path run = dir.resolve("run");
        List<String> generator = new ArrayList<>();
        List<String> discriminator = new ArrayList<>();
        String loaded;
        try (GanTrainer trainer = GanTrainer.open(TinyGan.config(3, 100), TinyGan.manifest(), TinyGan.data(), run,
                false, Optional.of(new WarmStart(trained, 2)), Device.cpu())) {
            assertEquals(trainedWeights, ParameterFiles.fingerprint(trainer.trainedGenerator().generatorBlock()));
            assertEquals(trainedWeights, ParameterFiles.fingerprint(trainer.averageGenerator().generatorBlock()));
            loaded = learned(trainer.trainedGenerator().generatorBlock());
            discriminator.add(ParameterFiles.fingerprint(trainer.discriminatorBlock()));
            trainer.train(new TrainingListener() {
                @Override
                public void stepped(long completedSteps, StepLosses losses) {
                    generator.add(learned(trainer.trainedGenerator().generatorBlock()));
                    discriminator.add(ParameterFiles.fingerprint(trainer.discriminatorBlock()));
                }
            });
        }
        // Batch norm's running statistics follow G's batches all along; G's weights wait for D.
        assertEquals(List.of(loaded, loaded), generator.subList(0, 2), "G holds during D's steps");
        assertNotEquals(loaded, generator.get(2), "G learns from the third step");
        assertNotEquals(discriminator.get(0), discriminator.get(1), "D learns from the first step");
        ModelManifest written = ManifestReader.read(run.resolve(ModelManifest.FILE_NAME));
        Map<?, ?> startedFrom = (Map<?, ?>) written.training().get("startedFrom");
        assertEquals("tiny-gan", startedFrom.get("model"));
        assertEquals(2, ((Number) startedFrom.get("discriminatorAloneSteps")).intValue());
    }

    @Test
    void open_modelOfAnotherShape_refusesNamingTheFolder() {
        ArchitectureSpec wider = new ArchitectureSpec(8, 16, 3, 16);
        IOException e = assertThrows(IOException.class, () -> GanTrainer.open(TinyGan.config(wider, 2, 100),
                TinyGan.manifest(wider), TinyGan.data(), dir.resolve("run"), false,
                Optional.of(new WarmStart(trained, 1)), Device.cpu()));
        assertTrue(e.getMessage().contains(trained.toString()) && e.getMessage().contains("another shape"),
                e.getMessage());
    }

    @Test
    void open_resumeWithoutTheWarmStart_refusesSayingWhereTheRunStarted() throws Exception {
        Path run = dir.resolve("run");
        try (GanTrainer trainer = GanTrainer.open(TinyGan.config(2, 2), TinyGan.manifest(), TinyGan.data(), run,
                false, Optional.of(new WarmStart(trained, 1)), Device.cpu())) {
            trainer.train(TrainingListener.NONE);
        }
        IOException e = assertThrows(IOException.class, () -> GanTrainer.open(TinyGan.config(4, 2),
                TinyGan.manifest(), TinyGan.data(), run, true, Device.cpu()));
        assertTrue(e.getMessage().contains("started from generator"), e.getMessage());
    }

    @Test
    void train_warmStart_theAverageMovesAtItsFullDecayFromTheStart() throws Exception {
        try (GanTrainer trainer = GanTrainer.open(TinyGan.config(2, 100), TinyGan.manifest(), TinyGan.data(),
                dir.resolve("run"), false, Optional.of(new WarmStart(trained, 0)), Device.cpu())) {
            Block trainedBlock = trainer.trainedGenerator().generatorBlock();
            float[] start = learnedValues(trainedBlock, trainedBlock);
            trainer.train(TrainingListener.NONE);
            float[] generator = learnedValues(trainedBlock, trainedBlock);
            float[] average = learnedValues(trainer.averageGenerator().generatorBlock(), trainedBlock);
            double moved = 0;
            double followed = 0;
            for (int i = 0; i < start.length; i++) {
                moved = Math.max(moved, Math.abs(generator[i] - start[i]));
                followed = Math.max(followed, Math.abs(average[i] - start[i]));
            }
            // Two updates at decay 0.999 take about 0.2 % of G's move; a fresh run's ramp takes most of it.
            assertTrue(moved > 0 && followed < 0.01 * moved, "G moved " + moved + ", its average " + followed);
        }
    }

    /**
     * A block's weights that gradients change in the trained generator {@code trained} (the average
     * records none), in the blocks' shared order.
     */
    private static float[] learnedValues(Block block, Block trained) {
        List<float[]> parts = new ArrayList<>();
        for (int i = 0; i < block.getParameters().size(); i++) {
            if (trained.getParameters().get(i).getValue().requiresGradient()) {
                parts.add(block.getParameters().get(i).getValue().getArray().toFloatArray());
            }
        }
        return NetworkValues.concat(parts);
    }

    /** The weights a step can change through its gradients, as text to compare. */
    private static String learned(Block block) {
        StringBuilder text = new StringBuilder();
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().requiresGradient()) {
                text.append(p.getKey()).append(Arrays.toString(p.getValue().getArray().toFloatArray()));
            }
        }
        return text.toString();
    }

    @Test
    void warmStart_negativeSteps_refused() {
        assertThrows(IllegalArgumentException.class, () -> new WarmStart(dir, -1));
    }
}
