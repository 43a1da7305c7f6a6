package org.latentbrush.bridge.api;

import ai.djl.Device;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.upscale.Enlarger;

/**
 * Enlarges results on a thread of its own, so that the optimiser thread never waits for an
 * upscaler and a slow enlargement never delays an edit. The enlarger is used on that thread only.
 */
final class ResultEnlarging implements AutoCloseable {

    private final Enlarger enlarger;
    private final Enlargement info;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "latent-brush-upscaler");
        t.setDaemon(true);
        return t;
    });

    ResultEnlarging(ModelManifest manifest, Device device) {
        this.enlarger = Enlarger.forModel(manifest, device);
        this.info = new Enlargement(enlarger.learned(),
                enlarger.upscaler().map(u -> u.scale()).orElse(1), enlarger.description());
    }

    Enlargement info() {
        return info;
    }

    CompletableFuture<RasterImage> enlarge(RasterImage image, int factor) {
        if (factor < 1) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "the factor must be at least 1, was " + factor));
        }
        return CompletableFuture.supplyAsync(() -> enlarger.enlarge(image, factor), thread);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (thread.awaitTermination(5, TimeUnit.SECONDS)) {
                enlarger.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
