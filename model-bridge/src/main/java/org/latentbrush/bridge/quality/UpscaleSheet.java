package org.latentbrush.bridge.quality;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.latentbrush.bridge.image.RasterImage;

/**
 * Draws a comparison picture: one row per case, the same crop of each method's enlargement and of
 * the truth side by side, shown at one screen pixel per image pixel so that softness is visible.
 */
public final class UpscaleSheet {

    /** The side of each crop, in enlarged pixels. */
    static final int CROP = 192;
    private static final int LABEL_HEIGHT = 22;
    private static final int GAP = 4;

    private UpscaleSheet() {}

    /**
     * Draws the sheet.
     *
     * @param cases the cases to show, one row each
     * @param names the methods, one column each, followed by the truth
     * @return the picture
     */
    public static BufferedImage draw(List<UpscaleComparison.Case> cases, List<String> names) {
        int columns = names.size() + 1;
        int width = columns * (CROP + GAP) + GAP;
        int height = LABEL_HEIGHT + cases.size() * (CROP + GAP) + GAP;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int c = 0; c < columns; c++) {
            g.drawString(c < names.size() ? names.get(c) : "truth", GAP + c * (CROP + GAP), LABEL_HEIGHT - 6);
        }
        for (int r = 0; r < cases.size(); r++) {
            UpscaleComparison.Case one = cases.get(r);
            RasterImage truth = one.truth();
            int side = Math.min(CROP, Math.min(truth.width(), truth.height()));
            int x0 = (truth.width() - side) / 2;
            int y0 = (truth.height() - side) / 2;
            int y = LABEL_HEIGHT + r * (CROP + GAP);
            for (int c = 0; c < columns; c++) {
                RasterImage image = c < names.size() ? one.results().get(names.get(c)) : truth;
                BufferedImage full = image.toBufferedImage();
                g.drawImage(full.getSubimage(x0, y0, side, side), GAP + c * (CROP + GAP), y, null);
            }
        }
        g.dispose();
        return sheet;
    }
}
