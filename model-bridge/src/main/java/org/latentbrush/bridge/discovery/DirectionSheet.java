package org.latentbrush.bridge.discovery;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.latentbrush.bridge.directions.LatentDirection;
import org.latentbrush.bridge.directions.LatentDirections;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.image.RasterImage;

/**
 * A contact sheet of directions: one row per direction, its name on the left, and for a few
 * latents the picture at the slider's minimum, halfway down, unmoved, halfway up and at the maximum.
 */
public final class DirectionSheet {

    /** Slider positions shown, as fractions of the way from zero to each end. */
    private static final double[] POSITIONS = {-1, -0.5, 0, 0.5, 1};
    private static final int LABEL_WIDTH = 150;
    private static final int GAP = 3;
    /** Extra space between one latent's five pictures and the next latent's. */
    private static final int GROUP_GAP = 10;
    private static final int FONT_SIZE = 13;

    private DirectionSheet() {}

    /**
     * Draws the sheet.
     *
     * @param model the generator
     * @param directions its directions
     * @param latentSeeds seeds of the latents shown, one group of five pictures each
     * @param scale the enlargement of each picture
     * @return the sheet
     */
    public static BufferedImage draw(GanModel model, LatentDirections directions, long[] latentSeeds,
            int scale) {
        int side = model.manifest().imageSize() * scale;
        int perGroup = POSITIONS.length * (side + GAP) - GAP;
        int width = LABEL_WIDTH + latentSeeds.length * (perGroup + GROUP_GAP);
        int height = directions.size() * (side + GAP) + GAP;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, FONT_SIZE));
        for (int row = 0; row < directions.size(); row++) {
            LatentDirection d = directions.directions().get(row);
            int y = GAP + row * (side + GAP);
            g.setColor(Color.BLACK);
            g.drawString(d.index() + ". " + d.name(), GAP, y + side / 2 + FONT_SIZE / 3);
            List<RasterImage> pictures = model.render(movedLatents(model, directions, row, latentSeeds));
            for (int i = 0; i < pictures.size(); i++) {
                int group = i / POSITIONS.length;
                int x = LABEL_WIDTH + group * (perGroup + GROUP_GAP) + (i % POSITIONS.length) * (side + GAP);
                g.drawImage(ImageFiles.scaled(pictures.get(i).toBufferedImage(), scale), x, y, null);
            }
        }
        g.dispose();
        return sheet;
    }

    private static List<float[]> movedLatents(GanModel model, LatentDirections directions, int row,
            long[] latentSeeds) {
        LatentDirection d = directions.directions().get(row);
        List<float[]> latents = new ArrayList<>();
        for (long seed : latentSeeds) {
            float[] z = LatentPaths.random(model.manifest().latentSize(), seed);
            for (double position : POSITIONS) {
                double amount = position < 0 ? -position * d.minimum() : position * d.maximum();
                latents.add(directions.applyOne(z, row, amount));
            }
        }
        return latents;
    }
}
