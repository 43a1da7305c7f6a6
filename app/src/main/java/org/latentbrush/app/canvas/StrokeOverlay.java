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
 *
 * <p>The layers cover the canvas's {@link CanvasArea}, the whole photo in photo mode, at one pixel
 * per canvas unit up to {@link #MAX_PIXELS} on the longer side.
 */
final class StrokeOverlay {

    /** Sketch lines are drawn thinner than their constraint, so the image shows through. */
    private static final float SKETCH_LINE_FRACTION = 0.35f;

    /** A photo far larger than its square must not make layers of hundreds of megabytes. */
    static final int MAX_PIXELS = 4096;

    private final int side;
    private CanvasArea area;
    /** Layer pixels per canvas unit. */
    private double density;
    private int width;
    private int height;
    private ConstraintSet cachedFor;
    private BufferedImage cachedColor;
    private BufferedImage cachedSketch;
    private WritableImage colorLayer;
    private WritableImage sketchLayer;

    StrokeOverlay(int side) {
        this.side = side;
        setArea(CanvasArea.square(side));
    }

    /** Covers another area: the layers are new images, drawn again on the next {@link #update}. */
    void setArea(CanvasArea newArea) {
        area = newArea;
        density = Math.min(1, MAX_PIXELS / Math.max(newArea.width(), newArea.height()));
        width = Math.max(1, (int) Math.ceil(newArea.width() * density));
        height = Math.max(1, (int) Math.ceil(newArea.height() * density));
        colorLayer = new WritableImage(width, height);
        sketchLayer = new WritableImage(width, height);
        cachedFor = null;
    }

    CanvasArea area() {
        return area;
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
        // Stroke units to canvas units, then to layer pixels from the area's corner.
        Mapping to = new Mapping(density * side / set.canvasWidth(), area.minX() * density, area.minY() * density);
        switch (stroke.tool()) {
            case COLOR -> paint(color, stroke, to, new Color(stroke.rgb()), 1f, AlphaComposite.SrcOver);
            case SKETCH -> paint(sketch, stroke, to, new Color(0x101418), SKETCH_LINE_FRACTION,
                    AlphaComposite.SrcOver);
            case ERASE -> {
                paint(color, stroke, to, Color.BLACK, 1f, AlphaComposite.Clear);
                paint(sketch, stroke, to, Color.BLACK, 1f, AlphaComposite.Clear);
            }
            default -> throw new IllegalStateException("unhandled tool " + stroke.tool());
        }
    }

    /** Layer pixel = stroke unit × scale − shift. */
    private record Mapping(double scale, double shiftX, double shiftY) {
        double x(double v) {
            return v * scale - shiftX;
        }

        double y(double v) {
            return v * scale - shiftY;
        }
    }

    private static void paint(BufferedImage image, Stroke stroke, Mapping to, Color color, float widthFraction,
            AlphaComposite composite) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setComposite(composite);
        g.setColor(color);
        double[] p = stroke.points();
        double r = Math.max(1, stroke.radius() * to.scale() * widthFraction);
        if (stroke.pointCount() == 1) {
            g.fill(new Ellipse2D.Double(to.x(p[0]) - r, to.y(p[1]) - r, 2 * r, 2 * r));
        } else {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(to.x(p[0]), to.y(p[1]));
            for (int i = 2; i < p.length; i += 2) {
                path.lineTo(to.x(p[i]), to.y(p[i + 1]));
            }
            g.setStroke(new BasicStroke((float) (2 * r), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
        g.dispose();
    }

    private BufferedImage blank() {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
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
        target.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
    }
}
