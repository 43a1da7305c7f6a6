package org.latentbrush.bridge.quality;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.image.RasterImage;

/**
 * A picture of projection quality: each row a held-out real image followed by its reconstructions,
 * one column per method, as iGAN's paper showed them. Enlarged without smoothing, so what a reader
 * sees are the model's own pixels.
 */
public final class ProjectionSheet {

    /** Each tile is enlarged by a whole factor to at least this many pixels a side. */
    private static final int MIN_TILE_SIDE = 128;
    private static final int GUTTER = 4;
    private static final Color BACKGROUND = new Color(0x20, 0x20, 0x20);

    private ProjectionSheet() {}

    /**
     * Draws the sheet.
     *
     * @param rows per image: the real image, then its reconstructions; all of one size
     * @return the picture
     * @throws IllegalArgumentException if there are no rows
     */
    public static BufferedImage render(List<List<RasterImage>> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no projections to draw");
        }
        int imageSide = rows.get(0).get(0).width();
        int side = imageSide * Math.max(1, (MIN_TILE_SIDE + imageSide - 1) / imageSide);
        int columns = rows.get(0).size();
        int width = columns * side + (columns + 1) * GUTTER;
        int height = rows.size() * side + (rows.size() + 1) * GUTTER;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    int x = GUTTER + c * (side + GUTTER);
                    int y = GUTTER + r * (side + GUTTER);
                    g.drawImage(rows.get(r).get(c).toBufferedImage(), x, y, side, side, null);
                }
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /**
     * Writes the sheet as a PNG, atomically.
     *
     * @param rows as for {@link #render}
     * @param file the PNG to write
     * @throws IOException if it cannot be written
     */
    public static void write(List<List<RasterImage>> rows, Path file) throws IOException {
        ImageFiles.writePng(render(rows), file);
    }
}
