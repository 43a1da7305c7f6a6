package org.latentbrush.app.canvas;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.latentbrush.app.tools.Tool;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The large canvas: the result, enlarged; the strokes over it; the brush cursor; a busy spinner.
 */
public final class CanvasView extends StackPane {

    /** Colour layer opacity: strokes visible, result still readable under them. */
    private static final double COLOR_LAYER_OPACITY = 0.55;
    private static final double SKETCH_LAYER_OPACITY = 0.8;

    private final CanvasViewModel vm;
    private final ImageView result = new ImageView();
    private final StrokeOverlay overlay;
    private final Canvas cursor;
    private final Pane surface;
    private final StackPane paper;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    public CanvasView(CanvasViewModel vm) {
        this.vm = vm;
        int side = vm.side();
        overlay = new StrokeOverlay(side);
        cursor = new Canvas(side, side);
        cursor.setMouseTransparent(true);
        getStyleClass().add("canvas-frame");

        result.setId("result");
        result.setFitWidth(side);
        result.setFitHeight(side);
        ImageView colorLayer = new ImageView(overlay.colorLayer());
        colorLayer.setOpacity(COLOR_LAYER_OPACITY);
        ImageView sketchLayer = new ImageView(overlay.sketchLayer());
        sketchLayer.setOpacity(SKETCH_LAYER_OPACITY);
        colorLayer.visibleProperty().bind(vm.tools().showStrokesProperty());
        sketchLayer.visibleProperty().bind(vm.tools().showStrokesProperty());
        colorLayer.setMouseTransparent(true);
        sketchLayer.setMouseTransparent(true);

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

        surface = new Pane(result, colorLayer, sketchLayer, cursor);
        surface.setId("canvas");
        surface.setMinSize(side, side);
        surface.setPrefSize(side, side);
        surface.setMaxSize(side, side);
        surface.setCursor(Cursor.NONE);
        surface.getStyleClass().add("canvas-surface");
        paper = new StackPane(surface, waiting, spinner);
        paper.setMaxSize(side, side);
        paper.getStyleClass().add("canvas-paper");
        getChildren().add(paper);

        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.pressed(e.getX(), e.getY(), e.isAltDown());
            }
            track(e);
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            vm.dragged(e.getX(), e.getY());
            track(e);
        });
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.released(e.getX(), e.getY());
            }
            track(e);
        });
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, this::track);
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseX = Double.NaN;
            drawCursor();
        });

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
     * Adds a layer of the canvas's size right above the result, under the strokes: the strokes stay
     * visible over it. Its mouse-transparent parts let painting through.
     */
    public void addLayerAboveResult(Node layer) {
        surface.getChildren().add(1, layer);
    }

    /** Adds a layer over the whole canvas, strokes and cursor included, e.g. a progress panel. */
    public void addOverlay(Node overlay) {
        paper.getChildren().add(overlay);
    }

    private void showResult(RasterImage image) {
        result.setImage(image == null ? null : ResultImages.upscale(image, vm.side()));
        drawCursor();
    }

    private void redrawStrokes() {
        overlay.update(vm.strokesProperty().get(), vm.strokeInProgressProperty().get());
    }

    private void track(MouseEvent e) {
        mouseX = e.getX();
        mouseY = e.getY();
        drawCursor();
    }

    /** The brush cursor: a circle of the brush's size, filled with its colour for the colour brush. */
    private void drawCursor() {
        GraphicsContext g = cursor.getGraphicsContext2D();
        g.clearRect(0, 0, cursor.getWidth(), cursor.getHeight());
        if (Double.isNaN(mouseX)) {
            return;
        }
        Tool tool = vm.tools().toolProperty().get();
        double r = vm.tools().radiusProperty().get();
        Color color = rgb(vm.tools().colorProperty().get());
        if (tool == Tool.EYEDROPPER) {
            int under = vm.colorAt(mouseX, mouseY);
            g.setFill(under < 0 ? Color.GRAY : rgb(under));
            g.fillRect(mouseX + 10, mouseY - 30, 22, 22);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeRect(mouseX + 10, mouseY - 30, 22, 22);
            crosshair(g, 8);
            return;
        }
        if (tool == Tool.COLOR) {
            g.setFill(color.deriveColor(0, 1, 1, 0.35));
            g.fillOval(mouseX - r, mouseY - r, 2 * r, 2 * r);
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(3);
        g.setStroke(Color.rgb(0, 0, 0, 0.6));
        g.strokeOval(mouseX - r, mouseY - r, 2 * r, 2 * r);
        g.setLineWidth(1.3);
        g.setStroke(tool == Tool.ERASE ? Color.web("#ff8a80") : Color.WHITE);
        if (tool == Tool.SKETCH) {
            g.setLineDashes(4, 3);
        }
        g.strokeOval(mouseX - r, mouseY - r, 2 * r, 2 * r);
        g.setLineDashes();
        crosshair(g, 4);
    }

    private void crosshair(GraphicsContext g, double size) {
        g.setLineWidth(1);
        g.setStroke(Color.WHITE);
        g.strokeLine(mouseX - size, mouseY, mouseX + size, mouseY);
        g.strokeLine(mouseX, mouseY - size, mouseX, mouseY + size);
    }

    static Color rgb(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
