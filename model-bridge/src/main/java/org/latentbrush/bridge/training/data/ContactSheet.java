package org.latentbrush.bridge.training.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A grid of the first images of a source, saved as a PNG so people can see what it produces. */
public final class ContactSheet {

    /** Pixels are doubled so 64×64 tiles are comfortable to look at. */
    public static final int VIEW_SCALE = 2;
    /** Blank pixels between tiles, so neighbouring scenes do not blend into one. */
    public static final int GUTTER = 4;
    private static final Color GUTTER_COLOUR = new Color(0x20, 0x20, 0x20);
    private static final int SHEET_COLUMNS = 8;
    private static final int SHEET_ROWS = 8;
    private static final int LANDSCAPE_SIZE = 64;
    private static final long LANDSCAPE_SEED = 2024L;
    private static final Path LANDSCAPE_SHEET = Path.of("docs", "images",
            "landscape-contact-sheet.png");

    private ContactSheet() {
    }

    /**
     * Returns images {@code 0 .. cols × rows - 1} of {@code source} laid out row by row, each tile
     * scaled by {@link #VIEW_SCALE} with nearest-neighbour so pixels stay honest.
     */
    public static BufferedImage render(ImageSource source, int cols, int rows) {
        if (cols <= 0 || rows <= 0) {
            throw new IllegalArgumentException("cols and rows must be positive: " + cols + "×" + rows);
        }
        long count = (long) cols * rows;
        if (source.size() != ImageSource.UNLIMITED && source.size() < count) {
            throw new IllegalArgumentException("Source holds " + source.size() + " images, sheet needs "
                    + count + ": " + source.describe());
        }
        int tileW = source.width() * VIEW_SCALE;
        int tileH = source.height() * VIEW_SCALE;
        BufferedImage sheet = new BufferedImage(GUTTER + cols * (tileW + GUTTER),
                GUTTER + rows * (tileH + GUTTER), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(GUTTER_COLOUR);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            for (int i = 0; i < count; i++) {
                int x = GUTTER + (i % cols) * (tileW + GUTTER);
                int y = GUTTER + (i / cols) * (tileH + GUTTER);
                g.drawImage(ChwImages.toImage(source, i), x, y, tileW, tileH, null);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /** Renders the sheet (see {@link #render}) and writes it as a PNG, creating parent folders. */
    public static void write(ImageSource source, int cols, int rows, Path file) {
        BufferedImage sheet = render(source, cols, rows);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(sheet, "png", file.toFile())) {
                throw new IOException("No PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write contact sheet " + file, e);
        }
    }

    /**
     * Writes the 8×8 landscape sheet shown in the documentation; the optional argument is the
     * output path, relative paths resolving against the working directory.
     */
    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : LANDSCAPE_SHEET;
        write(new LandscapeSource(LANDSCAPE_SIZE, LANDSCAPE_SEED), SHEET_COLUMNS, SHEET_ROWS, file);
        System.out.println("Wrote " + file.toAbsolutePath());
    }
}
