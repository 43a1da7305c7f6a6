package org.latentbrush.app.canvas;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Where the canvas sits in its view: the zoom, the pan, and the mapping between view pixels and
 * canvas units.
 *
 * <p>What is shown is the canvas's {@link CanvasArea}: the canvas itself, or in photo mode the whole
 * photo around the edited square, in the same units.
 *
 * <p>Strokes live in canvas units (0..side, the document's coordinates, as strokes files and
 * sessions store them); zooming and panning change only this mapping: {@code view = origin +
 * canvas × zoom}. While fitting, the zoom follows the view's size. Along an axis where the zoomed
 * canvas is narrower than the view it is centred; where it is wider, the pan is clamped so the
 * canvas always covers the view and never slides out of it.
 *
 * <p>Plain state with properties for the view to observe; no window is needed to use it.
 */
public final class CanvasViewport {

    /** Zoom limits, in view pixels per canvas unit. */
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 8;
    /** The levels zooming in and out steps through: round percentages. */
    private static final double[] STEPS = {0.1, 0.125, 0.25, 1 / 3.0, 0.5, 2 / 3.0, 0.75, 1, 1.25, 1.5, 2, 3, 4,
        6, 8};
    /** A zoom this close to a step counts as on it, so a step is never taken twice or skipped. */
    private static final double SAME_STEP = 1e-6;
    /** Areas whose aspect ratios differ by less than this show the same picture. */
    private static final double SAME_SHAPE = 1e-9;

    private final double side;
    private CanvasArea area;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyBooleanWrapper fit = new ReadOnlyBooleanWrapper(this, "fit", true);
    private final ReadOnlyDoubleWrapper originX = new ReadOnlyDoubleWrapper(this, "originX");
    private final ReadOnlyDoubleWrapper originY = new ReadOnlyDoubleWrapper(this, "originY");
    private double viewWidth;
    private double viewHeight;

    /**
     * Creates a viewport that fits the canvas to the view.
     *
     * @param side the canvas side, in canvas units
     */
    public CanvasViewport(double side) {
        this.side = side;
        this.area = CanvasArea.square(side);
    }

    /**
     * Shows another area of the canvas's coordinate space (the whole photo, or the square alone).
     * Fitting, it is fitted at once. Zoomed, an area of the same shape is taken for the same
     * picture in other units (the edited square moved over the photo): it stays where it is on
     * the screen, at the same size; another area keeps the zoom, its pan clamped to it.
     */
    public void setArea(CanvasArea newArea) {
        CanvasArea old = area;
        area = Objects.requireNonNull(newArea);
        if (fit.get()) {
            fitToView();
        } else if (Math.abs(old.width() / old.height() - newArea.width() / newArea.height()) < SAME_SHAPE) {
            double before = zoom.get();
            zoom.set(clampZoom(before * old.width() / newArea.width()));
            place(originX.get() + old.minX() * before - newArea.minX() * zoom.get(),
                    originY.get() + old.minY() * before - newArea.minY() * zoom.get());
        } else {
            place(originX.get(), originY.get());
        }
    }

    /** The area shown: the canvas, or the whole photo around it. */
    public CanvasArea area() {
        return area;
    }

    /**
     * The view's size changed, e.g. the window was resized. Fitting, the canvas is fitted again;
     * otherwise the canvas point at the view's centre stays there.
     */
    public void setViewSize(double width, double height) {
        double centreX = toCanvasX(viewWidth / 2);
        double centreY = toCanvasY(viewHeight / 2);
        viewWidth = Math.max(0, width);
        viewHeight = Math.max(0, height);
        if (fit.get()) {
            fitToView();
        } else {
            place(viewWidth / 2 - centreX * zoom.get(), viewHeight / 2 - centreY * zoom.get());
        }
    }

    /** Shows the whole canvas as large as the view allows, and keeps doing so as the view changes. */
    public void fitToView() {
        fit.set(true);
        zoom.set(clampZoom(fitZoom()));
        place(originX.get(), originY.get());
    }

    /** The zoom at which the canvas just fits the view (1 before the view has a size). */
    public double fitZoom() {
        if (viewWidth <= 0 || viewHeight <= 0) {
            return 1;
        }
        return Math.min(viewWidth / area.width(), viewHeight / area.height());
    }

    /** One view pixel per canvas unit, about the view's centre. */
    public void actualSize() {
        zoomAt(1, viewWidth / 2, viewHeight / 2);
    }

    /** The next larger step, about the view's centre. */
    public void zoomIn() {
        double now = zoom.get();
        for (double step : STEPS) {
            if (step > now * (1 + SAME_STEP)) {
                zoomAt(step, viewWidth / 2, viewHeight / 2);
                return;
            }
        }
        zoomAt(MAX_ZOOM, viewWidth / 2, viewHeight / 2);
    }

    /** The next smaller step, about the view's centre. */
    public void zoomOut() {
        double now = zoom.get();
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < now * (1 - SAME_STEP)) {
                zoomAt(STEPS[i], viewWidth / 2, viewHeight / 2);
                return;
            }
        }
        zoomAt(MIN_ZOOM, viewWidth / 2, viewHeight / 2);
    }

    /**
     * Multiplies the zoom, keeping the canvas point under a view point where it is (the wheel
     * zooms about the pointer).
     *
     * @param factor above 1 zooms in
     * @param viewX the view point's x
     * @param viewY the view point's y
     */
    public void zoomBy(double factor, double viewX, double viewY) {
        zoomAt(zoom.get() * factor, viewX, viewY);
    }

    /**
     * Sets the zoom, keeping the canvas point under a view point where it is.
     *
     * @param level view pixels per canvas unit, clamped to the limits
     * @param viewX the view point's x
     * @param viewY the view point's y
     */
    public void zoomAt(double level, double viewX, double viewY) {
        double canvasX = toCanvasX(viewX);
        double canvasY = toCanvasY(viewY);
        fit.set(false);
        zoom.set(clampZoom(level));
        place(viewX - canvasX * zoom.get(), viewY - canvasY * zoom.get());
    }

    /** Moves the canvas by a drag's distance in view pixels, as far as the clamping allows. */
    public void panBy(double dx, double dy) {
        place(originX.get() + dx, originY.get() + dy);
    }

    /** Whether the zoomed canvas is larger than the view, so panning moves it. */
    public boolean isPannable() {
        return area.width() * zoom.get() > viewWidth || area.height() * zoom.get() > viewHeight;
    }

    public double toCanvasX(double viewX) {
        return (viewX - originX.get()) / zoom.get();
    }

    public double toCanvasY(double viewY) {
        return (viewY - originY.get()) / zoom.get();
    }

    public double toViewX(double canvasX) {
        return originX.get() + canvasX * zoom.get();
    }

    public double toViewY(double canvasY) {
        return originY.get() + canvasY * zoom.get();
    }

    /** The status bar's text, e.g. "Zoom 150 %", with "(fit)" while fitting. */
    public String zoomText() {
        return "Zoom " + Math.round(zoom.get() * 100) + " %" + (fit.get() ? " (fit)" : "");
    }

    public double side() {
        return side;
    }

    public double viewWidth() {
        return viewWidth;
    }

    public double viewHeight() {
        return viewHeight;
    }

    /** View pixels per canvas unit. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Whether the zoom follows the view's size. */
    public ReadOnlyBooleanProperty fitProperty() {
        return fit.getReadOnlyProperty();
    }

    /** Where the canvas's left edge is in the view. */
    public ReadOnlyDoubleProperty originXProperty() {
        return originX.getReadOnlyProperty();
    }

    /** Where the canvas's top edge is in the view. */
    public ReadOnlyDoubleProperty originYProperty() {
        return originY.getReadOnlyProperty();
    }

    private void place(double x, double y) {
        originX.set(clampOrigin(x, viewWidth, area.minX(), area.maxX()));
        originY.set(clampOrigin(y, viewHeight, area.minY(), area.maxY()));
    }

    /** The origin (where canvas 0 is) that keeps the area from {@code min} to {@code max} in the view. */
    private double clampOrigin(double origin, double viewLength, double min, double max) {
        double z = zoom.get();
        double shown = (max - min) * z;
        if (shown <= viewLength) {
            // Centred on whole pixels, so the canvas at 100 % is not resampled half a pixel off.
            return Math.floor((viewLength - shown) / 2 - min * z);
        }
        return Math.max(viewLength - max * z, Math.min(-min * z, origin));
    }

    private static double clampZoom(double level) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, level));
    }
}
