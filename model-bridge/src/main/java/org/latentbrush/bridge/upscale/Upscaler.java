package org.latentbrush.bridge.upscale;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ParameterFiles;
import org.latentbrush.bridge.generator.SeededWeights;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.image.SmoothScaling;

/**
 * A loaded upscaler: enlarges images by its learned factor, and by any whole factor with smooth
 * scaling after the learned step.
 *
 * <p>Large images are enlarged in overlapping tiles, so memory stays bounded; the overlap covers
 * the network's reach, so a tiled result equals a whole one. Not thread-safe: one thread uses an
 * upscaler at a time; whoever loads it closes it.
 */
public final class Upscaler implements AutoCloseable {

    /** Input tiles are at most this many pixels square (before their overlap). */
    static final int TILE = 128;

    private final UpscalerManifest manifest;
    private final NDManager manager;
    private final Block network;
    private final ParameterStore store;

    private Upscaler(UpscalerManifest manifest, NDManager manager, Block network) {
        this.manifest = manifest;
        this.manager = manager;
        this.network = network;
        this.store = new ParameterStore(manager, false);
        network.freezeParameters(true);
    }

    /**
     * Loads and checks an upscaler folder.
     *
     * @param folder a folder with {@code manifest.json} and the weights it names
     * @param device where it runs
     * @return the upscaler; the caller closes it
     * @throws ModelLoadException naming the file at fault and the problem
     */
    public static Upscaler load(Path folder, Device device) throws ModelLoadException {
        UpscalerManifest manifest = UpscalerManifestReader.read(folder.resolve(UpscalerManifest.FILE_NAME));
        NDManager manager = NDManager.newBaseManager(device);
        try {
            Block network = UpscalerNetwork.initialised(manifest.spec(), manager);
            ParameterFiles.load(network, manager, folder.resolve(manifest.weightsFile()));
            return new Upscaler(manifest, manager, network);
        } catch (ModelLoadException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * Loads an upscaler by reference: a built-in name or a folder.
     *
     * @param reference what the user named
     * @param device where it runs
     * @return the upscaler
     * @throws ModelLoadException when it cannot be found or loaded
     */
    public static Upscaler open(String reference, Device device) throws ModelLoadException {
        return load(UpscalerLocator.resolve(reference), device);
    }

    /**
     * An upscaler with untrained weights: the smooth base plus a little noise, for timing a shape
     * before training it and for tests.
     *
     * @param spec the shape
     * @param seed seeds the weights
     * @param device where it runs
     * @return the upscaler; the caller closes it
     */
    public static Upscaler untrained(UpscalerSpec spec, long seed, Device device) {
        NDManager manager = NDManager.newBaseManager(device);
        UpscalerManifest manifest = new UpscalerManifest("untrained", "Untrained upscaler", spec,
                UpscalerManifest.WEIGHTS_FILE, "none", java.util.List.of(
                        new UpscalerManifest.Source("none (untrained)", "none")), java.util.Map.of());
        return new Upscaler(manifest, manager,
                SeededWeights.seeded(seed, () -> UpscalerNetwork.initialised(spec, manager)));
    }

    public UpscalerManifest manifest() {
        return manifest;
    }

    /** The network, for saving. */
    Block network() {
        return network;
    }

    /** The learned factor. */
    public int scale() {
        return manifest.spec().scale();
    }

    /**
     * Enlarges an image by the learned factor.
     *
     * @param image an image with the upscaler's channels
     * @return the image {@link #scale()} times as wide and high, values in [0, 1]
     */
    public RasterImage upscale(RasterImage image) {
        return upscale(image, TILE);
    }

    /** Enlarges in tiles of at most {@code tile} input pixels square (plus their overlap). */
    RasterImage upscale(RasterImage image, int tile) {
        checkChannels(image);
        int s = scale();
        int reach = manifest.spec().reach();
        int w = image.width();
        int h = image.height();
        int c = image.channels();
        float[] out = new float[c * w * s * h * s];
        for (int y0 = 0; y0 < h; y0 += tile) {
            for (int x0 = 0; x0 < w; x0 += tile) {
                int x1 = Math.min(w, x0 + tile);
                int y1 = Math.min(h, y0 + tile);
                int px0 = Math.max(0, x0 - reach);
                int py0 = Math.max(0, y0 - reach);
                int px1 = Math.min(w, x1 + reach);
                int py1 = Math.min(h, y1 + reach);
                float[] part = run(crop(image, px0, py0, px1, py1), c, px1 - px0, py1 - py0);
                paste(part, (px1 - px0) * s, (py1 - py0) * s, (x0 - px0) * s, (y0 - py0) * s,
                        out, w * s, h * s, x0 * s, y0 * s, (x1 - x0) * s, (y1 - y0) * s, c);
            }
        }
        return new RasterImage(w * s, h * s, c, out);
    }

    /**
     * Enlarges an image by any whole factor: the learned step, then smooth scaling to the exact
     * size (down for smaller factors, up for larger ones).
     *
     * @param image the image
     * @param factor at least 1; 1 returns the image itself
     * @return the image {@code factor} times as wide and high
     */
    public RasterImage upscaleBy(RasterImage image, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("the factor must be at least 1, was " + factor);
        }
        if (factor == 1) {
            return image;
        }
        return SmoothScaling.resize(upscale(image), image.width() * factor, image.height() * factor);
    }

    private float[] run(float[] pixels, int channels, int width, int height) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(pixels, new Shape(1, channels, height, width));
            NDArray y = network.forward(store, new NDList(x), false).singletonOrThrow().clip(0f, 1f);
            return y.toFloatArray();
        }
    }

    private static float[] crop(RasterImage image, int x0, int y0, int x1, int y1) {
        int w = x1 - x0;
        int h = y1 - y0;
        float[] out = new float[image.channels() * w * h];
        float[] src = image.data();
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(src, (c * image.height() + y0 + y) * image.width() + x0, out,
                        (c * h + y) * w, w);
            }
        }
        return out;
    }

    private static void paste(float[] tile, int tileW, int tileH, int fromX, int fromY, float[] out,
            int outW, int outH, int toX, int toY, int w, int h, int channels) {
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(tile, (c * tileH + fromY + y) * tileW + fromX, out,
                        (c * outH + toY + y) * outW + toX, w);
            }
        }
    }

    private void checkChannels(RasterImage image) {
        if (image.channels() != manifest.spec().channels()) {
            throw new IllegalArgumentException("the upscaler " + manifest.name() + " takes "
                    + manifest.spec().channels() + "-channel images, not " + image.channels());
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
