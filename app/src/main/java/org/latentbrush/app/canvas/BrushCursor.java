package org.latentbrush.app.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.latentbrush.app.tools.Tool;

/**
 * The brush cursor, drawn in view pixels over the zoomed canvas so its outline stays crisp at any
 * zoom: a circle of the brush's size (the radius is given already zoomed), filled with its colour
 * for the colour brush; a swatch of the colour under it for the eyedropper.
 */
final class BrushCursor extends Canvas {

    /**
     * Whether nothing is drawn. Even clearing an empty canvas marks all of it for repainting, and
     * the cursor's canvas covers the whole view: cleared with every preview, it made the software
     * renderer repaint the view's full width each time (docs/PERFORMANCE.md).
     */
    private boolean blank = true;

    BrushCursor() {
        setMouseTransparent(true);
    }

    void clear() {
        if (!blank) {
            getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
            blank = true;
        }
    }

    /**
     * Draws the cursor.
     *
     * @param x view x of the pointer
     * @param y view y of the pointer
     * @param r the brush radius in view pixels
     * @param tool the tool
     * @param color the brush colour
     * @param under the colour under the pointer for the eyedropper, 0xRRGGBB or -1 for none
     */
    void draw(double x, double y, double r, Tool tool, Color color, int under) {
        GraphicsContext g = getGraphicsContext2D();
        clear();
        blank = false;
        if (tool == Tool.EYEDROPPER) {
            g.setFill(under < 0 ? Color.GRAY : CanvasView.rgb(under));
            g.fillRect(x + 10, y - 30, 22, 22);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeRect(x + 10, y - 30, 22, 22);
            crosshair(g, x, y, 8);
            return;
        }
        if (tool == Tool.DRAG) {
            // A point lands under the crosshair; the faint ring is the brush that Shift paints the region with.
            g.setLineWidth(1);
            g.setStroke(Color.rgb(120, 190, 255, 0.7));
            g.setLineDashes(2, 4);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            g.setLineDashes();
            crosshair(g, x, y, 10);
            return;
        }
        if (tool == Tool.COLOR) {
            g.setFill(color.deriveColor(0, 1, 1, 0.35));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(3);
        g.setStroke(Color.rgb(0, 0, 0, 0.6));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineWidth(1.3);
        g.setStroke(tool == Tool.ERASE ? Color.web("#ff8a80") : Color.WHITE);
        if (tool == Tool.SKETCH) {
            g.setLineDashes(4, 3);
        }
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineDashes();
        crosshair(g, x, y, 4);
    }

    private static void crosshair(GraphicsContext g, double x, double y, double size) {
        g.setLineWidth(1);
        g.setStroke(Color.WHITE);
        g.strokeLine(x - size, y, x + size, y);
        g.strokeLine(x, y - size, x, y + size);
    }
}
