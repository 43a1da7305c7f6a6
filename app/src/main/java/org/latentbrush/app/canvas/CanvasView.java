package org.latentbrush.app.canvas;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.latentbrush.app.tools.Tool;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The large canvas: the result, enlarged; the strokes over it; the brush cursor; a busy spinner;
 * shown as large as the view allows, or zoomed and panned by the user.
 *
 * <p>The layers are built in canvas units (the document's {@code side} square) and drawn through
 * one transform taken from the {@link CanvasViewport}; the pointer goes back through the same
 * viewport, so a stroke lands under the pointer at any zoom. Overlays, the spinner and the brush
 * cursor stay at screen size.
 *
 * <p>The view shows the view model's {@link CanvasArea}: in photo mode the whole photo, of which the
 * canvas square is the edited part. Layers outside the square (the photo around it) go below the
 * result; the strokes' layers and the area that takes the pointer cover the whole area.
 */
public final class CanvasView extends Region {

    /** Colour layer opacity: strokes visible, result still readable under them. */
    private static final double COLOR_LAYER_OPACITY = 0.55;
    private static final double SKETCH_LAYER_OPACITY = 0.8;

    private final CanvasViewModel vm;
    private final CanvasViewport viewport;
    private final ImageView result = new ImageView();
    private final StrokeOverlay overlay;
    private final ImageView colorLayer = new ImageView();
    private final ImageView sketchLayer = new ImageView();
    /** Takes the pointer over the whole area, the photo around the square included. */
    private final Rectangle paintable = new Rectangle();
    /** The layers in canvas units, drawn zoomed through {@link #toView}. */
    private final Pane surface;
    private final Affine toView = new Affine();
    /** The canvas's visible part: clips the surface and holds what stays at screen size. */
    private final StackPane paper;
    private final Rectangle paperClip = new Rectangle();
    /** The frame and shadow behind the paper, apart so the shadow is not computed over the zoomed surface. */
    private final Region frame = new Region();
    private final BrushCursor cursor = new BrushCursor();
    private final CanvasNavigator navigator;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    public CanvasView(CanvasViewModel vm, CanvasViewport viewport) {
        this.vm = vm;
        this.viewport = viewport;
        int side = vm.side();
        overlay = new StrokeOverlay(side);
        setId("canvas-view");

        result.setId("result");
        result.setFitWidth(side);
        result.setFitHeight(side);
        colorLayer.setOpacity(COLOR_LAYER_OPACITY);
        sketchLayer.setOpacity(SKETCH_LAYER_OPACITY);
        paintable.setFill(Color.TRANSPARENT);
        colorLayer.visibleProperty().bind(vm.tools().showStrokesProperty());
        sketchLayer.visibleProperty().bind(vm.tools().showStrokesProperty());
        colorLayer.setMouseTransparent(true);
        sketchLayer.setMouseTransparent(true);
        // Kept as bitmaps at the view's scale: the strokes change only when painted, while every
        // preview under them made the software renderer enlarge both layers again (docs/PERFORMANCE.md).
        colorLayer.setCache(true);
        sketchLayer.setCache(true);

        Label waiting = new Label("Loading model\u2026");
        waiting.getStyleClass().add("canvas-placeholder");
        waiting.visibleProperty().bind(vm.resultProperty().isNull());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("busy");
        spinner.setMaxSize(28, 28);
        spinner.setMouseTransparent(true);
        spinner.visibleProperty().bind(vm.busyProperty());
        StackPane.setAlignment(spinner, Pos.TOP_RIGHT);
        StackPane.setMargin(spinner, new Insets(10));

        surface = new Pane(paintable, result, colorLayer, sketchLayer);
        surface.setId("canvas");
        surface.setMinSize(side, side);
        surface.setPrefSize(side, side);
        surface.setMaxSize(side, side);
        surface.setManaged(false);
        surface.getTransforms().add(toView);
        surface.setCursor(Cursor.NONE);
        surface.getStyleClass().add("canvas-surface");
        frame.getStyleClass().add("canvas-paper");
        frame.setMouseTransparent(true);
        // The frame's soft shadow is a 24-px blur over the whole canvas area, redrawn with every
        // preview when it is not kept as a bitmap: under a software renderer (Xvfb, remote and
        // virtual desktops) that was 80 ms a frame, a core busy while the optimiser streams
        // (docs/PERFORMANCE.md). Kept, a frame costs about 25 ms; the frame only changes on resize.
        frame.setCache(true);
        paper = new StackPane(surface, waiting, spinner);
        paper.setClip(paperClip);
        getChildren().addAll(frame, paper, cursor);

        navigator = new CanvasNavigator(this, viewport, this::navigationChanged);
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                Point2D p = toCanvas(e);
                vm.pressed(p.getX(), p.getY(), e.isAltDown(), e.isShiftDown());
            }
            track(e);
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            Point2D p = toCanvas(e);
            vm.dragged(p.getX(), p.getY());
            track(e);
        });
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                Point2D p = toCanvas(e);
                vm.released(p.getX(), p.getY());
            }
            track(e);
        });
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, this::track);
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseX = Double.NaN;
            drawCursor();
        });

        // Zooming and panning move the layers directly: nothing else in the window changes size.
        InvalidationListener moved = obs -> {
            place();
            drawCursor();
        };
        viewport.zoomProperty().addListener(moved);
        viewport.originXProperty().addListener(moved);
        viewport.originYProperty().addListener(moved);

        vm.areaProperty().addListener((obs, old, now) -> showArea(now));
        showArea(vm.areaProperty().get());
        vm.displayProperty().addListener((obs, old, now) -> showResult(now));
        showResult(vm.displayProperty().get());
        vm.strokesProperty().addListener((obs, old, now) -> redrawStrokes());
        vm.strokeInProgressProperty().addListener((obs, old, now) -> redrawStrokes());
        redrawStrokes();
        vm.tools().radiusProperty().addListener((obs, old, now) -> drawCursor());
        vm.tools().colorProperty().addListener((obs, old, now) -> drawCursor());
        vm.tools().toolProperty().addListener((obs, old, now) -> drawCursor());
    }

    /**
     * Adds a layer of the canvas's size, in canvas units, right above the result, under the
     * strokes: the strokes stay visible over it. Its mouse-transparent parts let painting through.
     */
    public void addLayerAboveResult(Node layer) {
        surface.getChildren().add(surface.getChildren().indexOf(result) + 1, layer);
    }

    /**
     * Adds a layer in canvas units below the result, e.g. the photo around the edited square; it
     * should be mouse-transparent.
     */
    public void addLayerBelowResult(Node layer) {
        surface.getChildren().add(surface.getChildren().indexOf(result), layer);
    }

    /**
     * Adds a layer of the canvas's size, in canvas units, over everything drawn on the canvas,
     * e.g. the drag tool's points; it should be mouse-transparent.
     */
    public void addLayerOnTop(Node layer) {
        surface.getChildren().add(layer);
    }

    /** Adds a layer over the canvas's visible part, at screen size, e.g. a progress panel. */
    public void addOverlay(Node overlay) {
        paper.getChildren().add(overlay);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        viewport.setViewSize(width, height);
        place();
        if (cursor.getWidth() != width || cursor.getHeight() != height) {
            cursor.setWidth(width);
            cursor.setHeight(height);
            drawCursor();
        }
        cursor.relocate(0, 0);
    }

    /** Puts the zoomed surface, the paper and its frame where the viewport says. */
    private void place() {
        double width = getWidth();
        double height = getHeight();
        double zoom = viewport.zoomProperty().get();
        double left = viewport.toViewX(0);
        double top = viewport.toViewY(0);
        // The paper is the canvas's part inside the view; the surface beyond it is clipped away.
        CanvasArea area = viewport.area();
        double x0 = Math.max(0, viewport.toViewX(area.minX()));
        double y0 = Math.max(0, viewport.toViewY(area.minY()));
        double x1 = Math.min(width, viewport.toViewX(area.maxX()));
        double y1 = Math.min(height, viewport.toViewY(area.maxY()));
        double w = Math.max(0, x1 - x0);
        double h = Math.max(0, y1 - y0);
        frame.resizeRelocate(x0, y0, w, h);
        paper.resizeRelocate(x0, y0, w, h);
        paperClip.setWidth(w);
        paperClip.setHeight(h);
        surface.resize(vm.side(), vm.side());
        toView.setToTransform(zoom, 0, left - x0, 0, zoom, top - y0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return vm.side();
    }

    @Override
    protected double computePrefHeight(double width) {
        return vm.side();
    }

    private Point2D toCanvas(MouseEvent e) {
        Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        return new Point2D(viewport.toCanvasX(p.getX()), viewport.toCanvasY(p.getY()));
    }

    /** Shows another area: the viewport fits or clamps to it, the strokes' layers cover it. */
    private void showArea(CanvasArea area) {
        viewport.setArea(area);
        overlay.setArea(area);
        for (ImageView layer : new ImageView[] {colorLayer, sketchLayer}) {
            layer.setImage(layer == colorLayer ? overlay.colorLayer() : overlay.sketchLayer());
            layer.relocate(area.minX(), area.minY());
            layer.setFitWidth(area.width());
            layer.setFitHeight(area.height());
        }
        paintable.relocate(area.minX(), area.minY());
        paintable.setWidth(area.width());
        paintable.setHeight(area.height());
        redrawStrokes();
        place();
    }

    private void showResult(RasterImage image) {
        result.setImage(image == null ? null : ResultImages.upscale(image, vm.side()));
        // Only the eyedropper's swatch shows the picture under the pointer; redrawing the cursor for
        // every preview otherwise would repaint the whole view in the software renderer.
        if (vm.tools().toolProperty().get() == Tool.EYEDROPPER) {
            drawCursor();
        }
    }

    private void redrawStrokes() {
        overlay.update(vm.strokesProperty().get(), vm.strokeInProgressProperty().get());
    }

    private void track(MouseEvent e) {
        Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        mouseX = p.getX();
        mouseY = p.getY();
        drawCursor();
    }

    /** The pointer shows a hand while the space bar is held or a pan drags; the brush otherwise. */
    private void navigationChanged() {
        Cursor hand = navigator.isPanning() ? Cursor.CLOSED_HAND : navigator.isSpaceHeld() ? Cursor.OPEN_HAND : null;
        surface.setCursor(hand == null ? Cursor.NONE : hand);
        setCursor(hand);
        drawCursor();
    }

    /** The brush cursor at the pointer; its radius is in canvas units, so it grows with the zoom. */
    private void drawCursor() {
        if (Double.isNaN(mouseX) || navigator == null || navigator.isPanning() || navigator.isSpaceHeld()) {
            cursor.clear();
            return;
        }
        double zoom = viewport.zoomProperty().get();
        Tool tool = vm.tools().toolProperty().get();
        // Only the eyedropper reads the colour under the pointer: reading it costs a pass over the image.
        int under = tool == Tool.EYEDROPPER ? vm.colorAt(viewport.toCanvasX(mouseX), viewport.toCanvasY(mouseY)) : -1;
        cursor.draw(mouseX, mouseY, vm.tools().radiusProperty().get() * zoom, tool,
                rgb(vm.tools().colorProperty().get()), under);
    }

    static Color rgb(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
