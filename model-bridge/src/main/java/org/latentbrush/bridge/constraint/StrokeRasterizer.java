package org.latentbrush.bridge.constraint;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Turns strokes in canvas coordinates into soft masks at a model's resolution.
 *
 * <p>Strokes are drawn with Java2D at {@value #SUPERSAMPLING}× the model's resolution and averaged
 * down, so a thin stroke covers part of a pixel rather than all or nothing. Colour and sketch strokes
 * go to separate layers; an eraser stroke clears both layers under it, like an eraser on paper, so
 * the user can remove part of a stroke as well as a whole one.
 */
public final class StrokeRasterizer {

    /** Samples per model pixel along each axis. */
    static final int SUPERSAMPLING = 4;

    private StrokeRasterizer() {}

    /**
     * Rasterises a constraint set.
     *
     * @param set the strokes and their canvas
     * @param size the side of the square model image
     * @return the masks and target colours
     */
    public static ConstraintMaps rasterize(ConstraintSet set, int size) {
        int hi = size * SUPERSAMPLING;
        BufferedImage colors = new BufferedImage(hi, hi, BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage sketches = new BufferedImage(hi, hi, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D gc = prepare(colors);
        Graphics2D gs = prepare(sketches);
        double sx = (double) hi / set.canvasWidth();
        double sy = (double) hi / set.canvasHeight();
        for (Stroke stroke : set.strokes()) {
            switch (stroke.tool()) {
                case COLOR -> paint(gc, stroke, sx, sy, new Color(stroke.rgb()), AlphaComposite.SrcOver);
                case SKETCH -> paint(gs, stroke, sx, sy, Color.WHITE, AlphaComposite.SrcOver);
                case ERASE -> {
                    paint(gc, stroke, sx, sy, Color.BLACK, AlphaComposite.Clear);
                    paint(gs, stroke, sx, sy, Color.BLACK, AlphaComposite.Clear);
                }
                default -> throw new IllegalStateException("unhandled tool " + stroke.tool());
            }
        }
        gc.dispose();
        gs.dispose();
        int n = size * size;
        float[] colorMask = new float[n];
        float[] colorTarget = new float[3 * n];
        float[] sketchMask = new float[n];
        downsample(colors, size, colorMask, colorTarget);
        downsample(sketches, size, sketchMask, null);
        return new ConstraintMaps(size, colorMask, colorTarget, sketchMask);
    }

    private static Graphics2D prepare(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static void paint(Graphics2D g, Stroke stroke, double sx, double sy, Color color,
            AlphaComposite composite) {
        g.setComposite(composite);
        g.setColor(color);
        double[] p = stroke.points();
        // A canvas stretched to the model's square keeps round brushes roughly round.
        double r = stroke.radius() * (sx + sy) / 2;
        if (stroke.pointCount() == 1) {
            g.fill(new Ellipse2D.Double(p[0] * sx - r, p[1] * sy - r, 2 * r, 2 * r));
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(p[0] * sx, p[1] * sy);
        for (int i = 2; i < p.length; i += 2) {
            path.lineTo(p[i] * sx, p[i + 1] * sy);
        }
        g.setStroke(new BasicStroke((float) (2 * r), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    /** Averages each block of samples: alpha gives coverage, premultiplied colour gives the colour. */
    private static void downsample(BufferedImage image, int size, float[] mask, float[] rgb) {
        int hi = size * SUPERSAMPLING;
        int[] argb = image.getRGB(0, 0, hi, hi, null, 0, hi);
        int n = size * size;
        float samples = SUPERSAMPLING * SUPERSAMPLING;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double alpha = 0;
                double r = 0;
                double g = 0;
                double b = 0;
                for (int dy = 0; dy < SUPERSAMPLING; dy++) {
                    int row = (y * SUPERSAMPLING + dy) * hi + x * SUPERSAMPLING;
                    for (int dx = 0; dx < SUPERSAMPLING; dx++) {
                        int c = argb[row + dx];
                        double a = (c >>> 24) / 255.0;
                        alpha += a;
                        r += a * ((c >> 16) & 0xFF);
                        g += a * ((c >> 8) & 0xFF);
                        b += a * (c & 0xFF);
                    }
                }
                int i = y * size + x;
                mask[i] = (float) (alpha / samples);
                if (rgb != null && alpha > 0) {
                    rgb[i] = (float) (r / alpha / 255);
                    rgb[n + i] = (float) (g / alpha / 255);
                    rgb[2 * n + i] = (float) (b / alpha / 255);
                }
            }
        }
    }
}
