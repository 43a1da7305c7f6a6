package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.generator.GanModel;
import picocli.CommandLine;

class TrainCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        return new CommandLine(command).setExecutionExceptionHandler(new OneLineErrors())
                .setErr(new PrintWriter(err, true)).execute(args);
    }

    private String[] tinyRun(String... extra) {
        String[] base = {"--data", "landscapes", "--out", dir.resolve("run").toString(), "--name",
            "tiny-landscapes", "--size", "16", "--width", "4", "--latent", "8", "--batch", "4",
            "--steps", "2", "--checkpoint-every", "2", "--sample-every", "2", "--device", "cpu"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void call_unknownData_failsWithOneLineNamingTheForms() {
        int code = run(new TrainCommand(), "--data", "lands", "--out", dir.toString(), "--name", "x",
                "--steps", "1");
        assertEquals(1, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("landscapes, shoes or folder:PATH"), err.toString());
    }

    @Test
    void call_landscapesInGrey_refusesBeforeTraining() {
        int code = run(new TrainCommand(), tinyRun("--channels", "1"));
        assertEquals(1, code);
        assertTrue(err.toString().contains("--channels 3"), err.toString());
    }

    @Test
    void call_badModelName_refusesBeforeTraining() {
        String[] args = tinyRun();
        args[5] = "Bad Name";
        assertEquals(1, run(new TrainCommand(), args));
        assertTrue(err.toString().contains("name"), err.toString());
    }

    @Test
    void call_tinyRunThenEncoder_leavesModelWithEncoder() throws Exception {
        assertEquals(0, run(new TrainCommand(), tinyRun()), err.toString());
        assertEquals(0, run(new TrainEncoderCommand(), "--model", dir.resolve("run").toString(),
                "--steps", "2", "--batch", "4", "--width", "4", "--device", "cpu"), err.toString());
        try (GanModel model = GanModel.load(dir.resolve("run"), Device.cpu())) {
            assertEquals(2, ((Number) model.manifest().training().get("steps")).intValue());
            assertTrue(model.hasEncoder());
        }
    }

    @Test
    void call_rerunWithoutResume_refusesAndResumeFinishes() {
        assertEquals(0, run(new TrainCommand(), tinyRun()), err.toString());
        assertEquals(1, run(new TrainCommand(), tinyRun()));
        assertTrue(err.toString().contains("resume"), err.toString());
        String[] longer = tinyRun("--resume");
        longer[15] = "4";
        assertEquals(0, run(new TrainCommand(), longer), err.toString());
    }

    @Test
    void call_discriminatorWidth_isRecordedInTheTrainingRecord() throws Exception {
        assertEquals(0, run(new TrainCommand(), tinyRun("--discriminator-width", "6")),
                err.toString());
        try (GanModel model = GanModel.load(dir.resolve("run"), Device.cpu())) {
            assertEquals(6, ((Number) model.manifest().training().get("discriminatorWidth"))
                    .intValue());
        }
    }

    @Test
    void call_discriminatorDepth_isRecordedInTheTrainingRecord() throws Exception {
        assertEquals(0, run(new TrainCommand(), tinyRun("--discriminator-depth", "2")),
                err.toString());
        try (GanModel model = GanModel.load(dir.resolve("run"), Device.cpu())) {
            assertEquals(2, ((Number) model.manifest().training().get("discriminatorDepth"))
                    .intValue());
        }
    }

    @Test
    void call_diversityCap_isRecordedInTheTrainingRecord() throws Exception {
        assertEquals(0, run(new TrainCommand(), tinyRun("--diversity-cap")), err.toString());
        try (GanModel model = GanModel.load(dir.resolve("run"), Device.cpu())) {
            assertEquals(Boolean.TRUE, model.manifest().training().get("diversityCapped"));
        }
    }

    @Test
    void call_discriminatorDepthThree_refusesInOneLine() {
        assertEquals(1, run(new TrainCommand(), tinyRun("--discriminator-depth", "3")));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("--discriminator-depth must be between 1 and 2, was 3"),
                err.toString());
    }

    @Test
    void call_learningRates_areRecordedAndAbsurdOnesRefusedInOneLine() throws Exception {
        assertEquals(0, run(new TrainCommand(), tinyRun("--discriminator-rate", "2e-4",
                "--generator-rate", "3e-4")), err.toString());
        try (GanModel model = GanModel.load(dir.resolve("run"), Device.cpu())) {
            Map<?, ?> rates = (Map<?, ?>) model.manifest().training().get("learningRates");
            assertEquals(2e-4, ((Number) rates.get("discriminator")).doubleValue(), 1e-9);
            assertEquals(3e-4, ((Number) rates.get("generator")).doubleValue(), 1e-9);
        }
        err.getBuffer().setLength(0);
        assertEquals(1, run(new TrainCommand(), tinyRun("--generator-rate", "5")));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("--generator-rate"), err.toString());
    }

    @Test
    void call_zeroDiscriminatorWidth_refusesInOneLine() {
        assertEquals(1, run(new TrainCommand(), tinyRun("--discriminator-width", "0")));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("discriminator width"), err.toString());
    }

    @Test
    void call_folderWithUnreadableFile_namesTheSkippedFileAndTrains() throws Exception {
        Path images = dir.resolve("images");
        java.nio.file.Files.createDirectories(images);
        for (int i = 0; i < 3; i++) {
            java.awt.image.BufferedImage picture =
                    new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
            picture.setRGB(i, i, 0xFFFFFF);
            javax.imageio.ImageIO.write(picture, "png", images.resolve("good-" + i + ".png").toFile());
        }
        java.nio.file.Files.writeString(images.resolve("broken.png"), "not an image");
        String[] result = CapturedRun.runCapturing("train", "--data", "folder:" + images,
                "--out", dir.resolve("run").toString(), "--name", "own-16", "--size", "16",
                "--width", "4", "--latent", "8", "--batch", "2", "--steps", "1", "--device", "cpu");
        assertEquals("0", result[0], result[1]);
        assertTrue(result[1].contains("skipped " + images.resolve("broken.png")), result[1]);
    }
}
