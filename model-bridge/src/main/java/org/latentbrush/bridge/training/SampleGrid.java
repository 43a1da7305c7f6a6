package org.latentbrush.bridge.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * A fixed grid of latents rendered to a PNG during training, so progress can be seen by eye.
 *
 * <p>The latents derive from the run's seed alone, so grids from different steps (and from a
 * resumed run) show the same z and can be compared tile by tile.
 */
final class SampleGrid {

    /** Tiles per row and per column. */
    static final int SIDE = 8;
    /** Separates the grid's latents from the training latents of the same seed. */
    private static final long SALT = 0x6A09E667F3BCC909L;
    /** Tiles are shown twice their size; 64-pixel images are small on a screen. */
    private static final int SCALE = 2;

    private final List<float[]> latents = new ArrayList<>();

    /**
     * Draws the grid's latents.
     *
     * @param seed the run's seed
     * @param latentSize dimensions of z
     */
    SampleGrid(long seed, int latentSize) {
        SplittableRandom random = new SplittableRandom(Seeds.combine(seed, SALT));
        for (int i = 0; i < SIDE * SIDE; i++) {
            latents.add(BatchSchedule.uniform(random, latentSize));
        }
    }

    /**
     * Renders the grid with a generator and writes it atomically.
     *
     * @param generator the generator, in inference mode
     * @param file the PNG to write
     * @throws IOException if it cannot be written
     */
    void write(GanModel generator, Path file) throws IOException {
        List<RasterImage> images = generator.render(latents);
        ImageFiles.writePng(ImageFiles.grid(images, SIDE, SCALE), file);
    }
}
