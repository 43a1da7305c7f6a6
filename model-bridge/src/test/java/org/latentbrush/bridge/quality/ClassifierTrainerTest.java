package org.latentbrush.bridge.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.training.StepLosses;
import org.latentbrush.bridge.training.TrainingListener;
import org.latentbrush.bridge.training.data.ImageBatches;

class ClassifierTrainerTest {

    private static final ClassifierSpec SPEC = new ClassifierSpec("blobs", BlobImages.SIZE, 1, 4, 8,
            BlobImages.HEADS);

    @TempDir
    Path dir;

    private static ClassifierData data() {
        return new ClassifierData(new BlobImages(1), ImageBatches.range(0, 256), new BlobImages(2),
                ImageBatches.range(0, 200), false, null, null);
    }

    private static FeatureNetwork train(int steps, TrainingListener listener) {
        return ClassifierTrainer.train(SPEC, data(),
                new ClassifierSettings(steps, 32, ClassifierSettings.DEFAULT_ADAM, 3), Device.cpu(),
                listener);
    }

    @Test
    void train_tinyLabelledSet_beatsChanceOnHeldOutImages() {
        List<StepLosses> losses = new ArrayList<>();
        try (FeatureNetwork net = train(60, new TrainingListener() {
            @Override
            public void stepped(long completedSteps, StepLosses l) {
                losses.add(l);
            }
        })) {
            assertEquals(60, losses.size());
            assertTrue(losses.stream().allMatch(StepLosses::finite));
            for (String head : List.of("side", "light")) {
                double accuracy = net.record().heldOutAccuracy().get(head);
                assertTrue(accuracy > 0.8, head + " accuracy " + accuracy + " (chance 0.5)");
            }
            assertEquals(200, net.record().heldOutImages());
        }
    }

    @Test
    void features_haveThePenultimateLayersLength() {
        try (FeatureNetwork net = train(2, TrainingListener.NONE)) {
            float[] images = ImageSet.first(new BlobImages(5), 3).floats();
            double[][] features = net.features(images, 3);
            assertEquals(3, features.length);
            assertEquals(SPEC.featureSize(), features[0].length);
            assertTrue(java.util.Arrays.stream(features[0]).allMatch(v -> v >= 0), "after ReLU");
        }
    }

    @Test
    void saveThenLoad_givesTheSameFeaturesAndRecord() throws Exception {
        float[] images = ImageSet.first(new BlobImages(5), 4).floats();
        double[][] before;
        try (FeatureNetwork net = train(5, TrainingListener.NONE)) {
            before = net.features(images, 4);
            ClassifierFiles.save(net, dir);
        }
        try (FeatureNetwork loaded = ClassifierFiles.load(dir, SPEC, Device.cpu())) {
            double[][] after = loaded.features(images, 4);
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(before[i], after[i], 1e-6);
            }
            assertEquals(5, loaded.record().steps());
        }
    }

    @Test
    void load_classifierOfAnotherShape_isRefusedNamingBoth() throws Exception {
        try (FeatureNetwork net = train(1, TrainingListener.NONE)) {
            ClassifierFiles.save(net, dir);
        }
        ClassifierSpec other = new ClassifierSpec("landscapes", 64, 3, 16, 64, LandscapeLabels.HEADS);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ClassifierFiles.load(dir, other, Device.cpu()));
        assertTrue(e.getMessage().contains("blobs 16x16x1"), e.getMessage());
    }
}
