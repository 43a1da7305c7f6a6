package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

/** The tiny ×4 upscaler the command-line tests run on, trained one step by the command line itself. */
final class TinyCliUpscaler {

    private TinyCliUpscaler() {}

    /**
     * Trains the upscaler with {@code train-upscaler}; its folder is a training run, checkpoint included.
     *
     * @param dir the folder to put it in
     * @return the upscaler's folder
     */
    static Path writeTo(Path dir) {
        Path upscaler = dir.resolve("up");
        String[] trained = CapturedRun.runCapturing("train-upscaler", "--out", upscaler.toString(), "--name",
                "tiny-x4", "--steps", "1", "--renders", "1", "--render-size", "32", "--patch", "16",
                "--width", "4", "--depth", "0", "--batch", "1", "--checkpoint-every", "1");
        assertEquals("0", trained[0], trained[1]);
        return upscaler;
    }
}
