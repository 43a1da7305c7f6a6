package org.latentbrush.app.drag;

import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragPoint;

/**
 * Converts between canvas coordinates and the model's pixels, where the drag engine works.
 *
 * <p>The canvas's square stretches over the model's image; a model pixel's coordinates are those of
 * its centre ({@code (0, 0)} is the centre of the top-left pixel), as the drag engine tracks
 * points on pixels.
 *
 * @param canvasSide the canvas side, in canvas units
 * @param modelSize the model's image side, in pixels
 */
public record ModelPixels(int canvasSide, int modelSize) {

    public ModelPixels {
        if (canvasSide < 1 || modelSize < 1) {
            throw new IllegalArgumentException("sides must be positive: " + canvasSide + ", " + modelSize);
        }
    }

    /** A canvas point in model pixels, inside the image. */
    public DragPoint toModel(DragPoint canvas) {
        return new DragPoint(toModel(canvas.x()), toModel(canvas.y()));
    }

    /** A pair of canvas points in model pixels. */
    public DragPair toModel(DragPair canvas) {
        return new DragPair(toModel(canvas.handle()), toModel(canvas.target()));
    }

    /** A point in model pixels on the canvas. */
    public DragPoint toCanvas(DragPoint model) {
        return new DragPoint(toCanvas(model.x()), toCanvas(model.y()));
    }

    /** How many canvas units one model pixel spans. */
    public double pixel() {
        return (double) canvasSide / modelSize;
    }

    private double toModel(double canvas) {
        return Math.max(0, Math.min(modelSize - 1, canvas / pixel() - 0.5));
    }

    private double toCanvas(double model) {
        return (model + 0.5) * pixel();
    }
}
