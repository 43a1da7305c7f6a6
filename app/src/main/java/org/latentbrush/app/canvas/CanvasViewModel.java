package org.latentbrush.app.canvas;

import java.util.function.ToIntBiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentbrush.app.tools.DragSink;
import org.latentbrush.app.tools.StrokeSink;
import org.latentbrush.app.tools.Tool;
import org.latentbrush.app.tools.ToolsViewModel;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The canvas: turns presses and drags into strokes for the document, clicks of the eyedropper
 * into a colour, and those of the drag tool into its points and region; exposes what the canvas
 * view draws.
 *
 * <p>The brush paints anywhere in the {@linkplain #areaProperty() area shown}, the whole photo in
 * photo mode; the drag tool works on the canvas square, where the model's image is.
 */
public final class CanvasViewModel {

    /** Points closer than this to the previous one (canvas pixels) add nothing to a stroke. */
    static final double MIN_SPACING = 1.5;

    private final int side;
    private final ToolsViewModel tools;
    private final StrokeSink sink;
    private final ReadOnlyObjectProperty<RasterImage> result;
    private final ReadOnlyObjectProperty<RasterImage> display;
    private final ReadOnlyObjectProperty<ConstraintSet> strokes;
    private final ReadOnlyObjectProperty<Stroke> inProgress;
    private final ReadOnlyBooleanProperty busy;
    private final ObjectProperty<CanvasArea> area;
    private DragSink dragSink = DragSink.NONE;
    private ToIntBiFunction<Double, Double> colorOffCanvas = (x, y) -> -1;
    private Stroke current;
    private boolean dragToolDown;
    private double lastX;
    private double lastY;

    /**
     * Creates the canvas view model.
     *
     * @param side the canvas side in canvas pixels
     * @param tools the brush settings
     * @param sink receives strokes
     * @param result the result shown
     * @param strokes the document's strokes
     * @param inProgress the stroke being drawn
     * @param busy whether the optimiser works
     */
    public CanvasViewModel(int side, ToolsViewModel tools, StrokeSink sink, ReadOnlyObjectProperty<RasterImage> result,
            ReadOnlyObjectProperty<ConstraintSet> strokes, ReadOnlyObjectProperty<Stroke> inProgress,
            ReadOnlyBooleanProperty busy) {
        this(side, tools, sink, result, result, strokes, inProgress, busy);
    }

    /**
     * Creates it, drawing another image than the one colours are picked from: the result enlarged
     * by the learned upscaler ({@link SharpResult}).
     *
     * @param side the canvas side in canvas pixels
     * @param tools the brush settings
     * @param sink receives strokes
     * @param result the result shown, at its own size
     * @param display the image drawn for it, the same or an enlargement
     * @param strokes the document's strokes
     * @param inProgress the stroke being drawn
     * @param busy whether the optimiser works
     */
    public CanvasViewModel(int side, ToolsViewModel tools, StrokeSink sink, ReadOnlyObjectProperty<RasterImage> result,
            ReadOnlyObjectProperty<RasterImage> display, ReadOnlyObjectProperty<ConstraintSet> strokes,
            ReadOnlyObjectProperty<Stroke> inProgress, ReadOnlyBooleanProperty busy) {
        this.side = side;
        this.display = display;
        this.tools = tools;
        this.sink = sink;
        this.result = result;
        this.strokes = strokes;
        this.inProgress = inProgress;
        this.busy = busy;
        this.area = new SimpleObjectProperty<>(CanvasArea.square(side));
    }

    /**
     * The mouse went down.
     *
     * @param x canvas x
     * @param y canvas y
     * @param pickColor whether the eyedropper modifier (Alt) is held
     */
    public void pressed(double x, double y, boolean pickColor) {
        pressed(x, y, pickColor, false);
    }

    /**
     * The mouse went down.
     *
     * @param x canvas x
     * @param y canvas y
     * @param pickColor whether the eyedropper modifier (Alt) is held
     * @param shift whether Shift is held: the drag tool then paints its movable region
     */
    public void pressed(double x, double y, boolean pickColor, boolean shift) {
        Tool tool = tools.toolProperty().get();
        if (pickColor || tool == Tool.EYEDROPPER) {
            pickColorAt(x, y);
            return;
        }
        if (tool == Tool.DRAG) {
            dragToolDown = true;
            dragSink.pressed(onSquare(x), onSquare(y), shift, tools.radiusProperty().get());
            return;
        }
        lastX = area.get().clampX(x);
        lastY = area.get().clampY(y);
        // Only colour strokes carry a colour; the others store none, as strokes files do.
        int rgb = tool == Tool.COLOR ? tools.colorProperty().get() : 0;
        current = new Stroke(tool.strokeTool(), rgb, tools.radiusProperty().get(), new double[] {lastX, lastY});
        sink.strokeStarted();
        sink.strokeMoved(current);
    }

    /** The mouse moved with the button down. */
    public void dragged(double x, double y) {
        if (dragToolDown) {
            dragSink.dragged(onSquare(x), onSquare(y));
            return;
        }
        if (current == null) {
            return;
        }
        double cx = area.get().clampX(x);
        double cy = area.get().clampY(y);
        if (Math.hypot(cx - lastX, cy - lastY) < MIN_SPACING) {
            return;
        }
        lastX = cx;
        lastY = cy;
        current = current.withPoint(cx, cy);
        sink.strokeMoved(current);
    }

    /** The mouse went up: the stroke is done. */
    public void released(double x, double y) {
        if (dragToolDown) {
            dragToolDown = false;
            dragSink.released(onSquare(x), onSquare(y));
            return;
        }
        if (current == null) {
            return;
        }
        dragged(x, y);
        Stroke done = current;
        current = null;
        sink.strokeFinished(done);
    }

    /** Where the drag tool's points and region go; without a sink the drag tool does nothing. */
    public void setDragSink(DragSink sink) {
        this.dragSink = sink == null ? DragSink.NONE : sink;
    }

    /**
     * Where colours off the canvas square come from (the photo around it), as 0xRRGGBB, or -1 to
     * take the nearest colour of the result.
     */
    public void setColorOffCanvas(ToIntBiFunction<Double, Double> source) {
        colorOffCanvas = source == null ? (x, y) -> -1 : source;
    }

    /** Whether a stroke is being drawn. */
    public boolean isDrawing() {
        return current != null;
    }

    /**
     * The result's colour under a canvas point, or -1 when there is no result.
     *
     * @param x canvas x
     * @param y canvas y
     * @return 0xRRGGBB or -1
     */
    public int colorAt(double x, double y) {
        if (x < 0 || y < 0 || x >= side || y >= side) {
            int off = colorOffCanvas.applyAsInt(x, y);
            if (off >= 0) {
                return off;
            }
        }
        RasterImage image = result.get();
        if (image == null) {
            return -1;
        }
        int px = (int) Math.max(0, Math.min(image.width() - 1, Math.floor(x / side * image.width())));
        int py = (int) Math.max(0, Math.min(image.height() - 1, Math.floor(y / side * image.height())));
        return image.toArgb()[py * image.width() + px] & 0xFFFFFF;
    }

    private void pickColorAt(double x, double y) {
        int rgb = colorAt(x, y);
        if (rgb >= 0) {
            tools.pickColor(rgb);
        }
    }

    private double onSquare(double v) {
        return Math.max(0, Math.min(side, v));
    }

    public int side() {
        return side;
    }

    /** Where the brush may paint and what the canvas shows; the canvas square unless set. */
    public ObjectProperty<CanvasArea> areaProperty() {
        return area;
    }

    public ToolsViewModel tools() {
        return tools;
    }

    public ReadOnlyObjectProperty<RasterImage> resultProperty() {
        return result;
    }

    /** The image drawn for the result: the result itself or its learned enlargement. */
    public ReadOnlyObjectProperty<RasterImage> displayProperty() {
        return display;
    }

    public ReadOnlyObjectProperty<ConstraintSet> strokesProperty() {
        return strokes;
    }

    public ReadOnlyObjectProperty<Stroke> strokeInProgressProperty() {
        return inProgress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
