package org.latentbrush.app.canvas;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;

/**
 * Draws the user's strokes as two transparent layers over the result: colour and sketch.
 *
 * <p>An eraser clears both layers under it, as it clears the constraints, so the overlay shows what
 * the optimiser is asked for. The committed strokes are drawn once and cached; only the stroke in
 * progress is drawn on each mouse move.
 */
final class StrokeOverlay {

    /** Sketch lines are drawn thinner than their constraint, so the image shows through. */
    private static final float SKETCH_LINE_FRACTION = 0.35f;

    private final int side;
    private ConstraintSet cachedFor;
    private BufferedImage cachedColor;
    private BufferedImage cachedSketch;
    private final WritableImage colorLayer;
    private final WritableImage sketchLayer;

    StrokeOverlay(int side) {
        this.side = side;
        this.colorLayer = new WritableImage(side, side);
        this.sketchLayer = new WritableImage(side, side);
    }

    WritableImage colorLayer() {
        return colorLayer;
    }

    WritableImage sketchLayer() {
        return sketchLayer;
    }

    /** Redraws the layers for the strokes and the stroke in progress (may be {@code null}). */
    void update(ConstraintSet strokes, Stroke inProgress) {
        if (strokes != cachedFor) {
            cachedColor = blank();
            cachedSketch = blank();
            for (Stroke s : strokes.strokes()) {
                draw(cachedColor, cachedSketch, s, strokes);
            }
            cachedFor = strokes;
        }
        BufferedImage color = cachedColor;
        BufferedImage sketch = cachedSketch;
        if (inProgress != null) {
            color = copy(cachedColor);
            sketch = copy(cachedSketch);
            draw(color, sketch, inProgress, strokes);
        }
        publish(color, colorLayer);
        publish(sketch, sketchLayer);
    }

    private void draw(BufferedImage color, BufferedImage sketch, Stroke stroke, ConstraintSet set) {
        double scale = (double) side / set.canvasWidth();
        switch (stroke.tool()) {
            case COLOR -> paint(color, stroke, scale, new Color(stroke.rgb()), 1f, AlphaComposite.SrcOver);
            case SKETCH -> paint(sketch, stroke, scale, new Color(0x101418), SKETCH_LINE_FRACTION,
                    AlphaComposite.SrcOver);
            case ERASE -> {
                paint(color, stroke, scale, Color.BLACK, 1f, AlphaComposite.Clear);
                paint(sketch, stroke, scale, Color.BLACK, 1f, AlphaComposite.Clear);
            }
            default -> throw new IllegalStateException("unhandled tool " + stroke.tool());
        }
    }

    private static void paint(BufferedImage image, Stroke stroke, double scale, Color color, float widthFraction,
            AlphaComposite composite) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setComposite(composite);
        g.setColor(color);
        double[] p = stroke.points();
        double r = Math.max(1, stroke.radius() * scale * widthFraction);
        if (stroke.pointCount() == 1) {
            g.fill(new Ellipse2D.Double(p[0] * scale - r, p[1] * scale - r, 2 * r, 2 * r));
        } else {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(p[0] * scale, p[1] * scale);
            for (int i = 2; i < p.length; i += 2) {
                path.lineTo(p[i] * scale, p[i + 1] * scale);
            }
            g.setStroke(new BasicStroke((float) (2 * r), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
        g.dispose();
    }

    private BufferedImage blank() {
        return new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
    }

    private BufferedImage copy(BufferedImage image) {
        BufferedImage copy = blank();
        int[] from = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, to, 0, from.length);
        return copy;
    }

    private void publish(BufferedImage image, WritableImage target) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        target.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels, 0, side);
    }
}
