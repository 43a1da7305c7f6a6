package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

/** The untrained 16×16 model the command-line tests run on, made by the command line itself. */
final class TinyCliModel {

    private TinyCliModel() {}

    /**
     * Writes the model with {@code init-model}.
     *
     * @param dir the folder to put it in
     * @return the model's folder
     */
    static Path writeTo(Path dir) {
        Path model = dir.resolve("tiny");
        assertEquals(0, LatentBrushCli.run("init-model", "--out", model.toString(), "--name", "tiny-16",
                "--size", "16", "--width", "8", "--latent", "8", "--sigma", "0.4"));
        return model;
    }
}
