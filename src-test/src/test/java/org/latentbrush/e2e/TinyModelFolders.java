package org.latentbrush.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentbrush.bridge.cli.LatentBrushCli;

/** Tiny untrained models (16×16, z of 8), made once per test run so the editor's tests stay fast. */
final class TinyModelFolders {

    private static Path root;

    private TinyModelFolders() {}

    /** The first tiny model's folder. */
    static synchronized Path first() {
        return make("tiny-16", 1);
    }

    /** A second tiny model with other weights, to switch to. */
    static synchronized Path second() {
        return make("tiny-b", 2);
    }

    private static Path make(String name, long seed) {
        try {
            if (root == null) {
                root = Files.createTempDirectory("latent-brush-e2e-models");
                Path made = root;
                // The models serve the whole test run; they go when it ends, leaving nothing behind.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        ScratchFolders.delete(made);
                    } catch (IOException e) {
                        System.err.println("could not remove " + made + ": " + e.getMessage());
                    }
                }));
            }
            Path folder = root.resolve(name);
            if (!Files.exists(folder.resolve("manifest.json"))) {
                int code = LatentBrushCli.run("init-model", "--out", folder.toString(), "--name", name,
                        "--title", "Tiny " + name, "--size", "16", "--width", "8", "--latent", "8",
                        "--sigma", "0.4", "--seed", Long.toString(seed));
                if (code != 0) {
                    throw new IllegalStateException("init-model failed with exit code " + code);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
