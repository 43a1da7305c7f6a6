package org.latentbrush.bridge.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;

class EncoderTrainerTest {

    private static final int STEPS = 80;

    @TempDir
    Path dir;

    private static EncoderTrainingConfig config() {
        return new EncoderTrainingConfig(STEPS, 32, 8, 4, new AdamSettings(2e-3f, 0.9f, 0.999f),
                EncoderTrainingConfig.DEFAULT_PIXEL_WEIGHT, 0f);
    }

    @Test
    void train_tinyModel_reducesHeldOutLatentError() {
        try (GanModel model = TinyModels.random(5);
                EncoderTrainer trainer = new EncoderTrainer(model, config(), null)) {
            double before = trainer.latentError();
            trainer.train(TrainingListener.NONE);
            double after = trainer.latentError();
            assertTrue(after < 0.5 * before, "z-MSE " + before + " -> " + after);
        }
    }

    @Test
    void save_trainedEncoder_loadsWithModelAndEncodes() throws Exception {
        try (GanModel model = TinyModels.random(5)) {
            model.save(dir);
        }
        try (GanModel model = GanModel.load(dir, Device.cpu());
                EncoderTrainer trainer = new EncoderTrainer(model,
                        new EncoderTrainingConfig(2, 4, 8, 4, EncoderTrainingConfig.DEFAULT_ADAM,
                                1f, 1f), new ColouredSquares(16, 20))) {
            trainer.train(TrainingListener.NONE);
            trainer.save(dir, 1.0);
        }
        try (GanModel model = GanModel.load(dir, Device.cpu());
                NDManager scope = model.manager().newSubManager()) {
            assertTrue(model.hasEncoder());
            NDArray z = model.encode(scope.zeros(new Shape(2, 3, 16, 16))).orElseThrow();
            assertEquals(new Shape(2, model.manifest().latentSize()), z.getShape());
            assertTrue(model.manifest().training().containsKey("encoder"));
        }
    }
}
