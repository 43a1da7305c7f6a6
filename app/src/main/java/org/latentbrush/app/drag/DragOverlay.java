package org.latentbrush.app.drag;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.latentbrush.bridge.api.DragPair;
import org.latentbrush.bridge.api.DragPoint;

/**
 * The drag tool's marks over the canvas, in canvas units: the movable region (translucent), each
 * handle (red) with an arrow to its target (blue), and a handle waiting for its target.
 *
 * <p>It lies in the canvas's zoomed surface, so the marks stay on the picture at any zoom; their
 * sizes are divided by the zoom, so they keep one size on screen. Mouse-transparent: clicks go
 * through to the canvas.
 */
public final class DragOverlay extends Pane {

    /** Marks' sizes on screen, in pixels. */
    private static final double POINT_RADIUS = 5;
    private static final double LINE_WIDTH = 2;
    private static final double ARROW = 10;
    private static final double REGION_OPACITY = 0.3;
    private static final javafx.scene.paint.Color HANDLE = javafx.scene.paint.Color.web("#ff3b30");
    private static final javafx.scene.paint.Color TARGET = javafx.scene.paint.Color.web("#2f80ff");

    private final DragPoints vm;
    private final ObservableDoubleValue zoom;
    private final int side;
    private final WritableImage regionImage;
    private final Group marks = new Group();

    /**
     * Creates it.
     *
     * @param vm the drag tool's points and region
     * @param side the canvas side, in canvas units
     * @param zoom screen pixels per canvas unit
     * @param shown whether the marks are shown (the drag tool is selected or a drag runs)
     */
    public DragOverlay(DragPoints vm, int side, ObservableDoubleValue zoom, ObservableValue<Boolean> shown) {
        this.vm = vm;
        this.zoom = zoom;
        this.side = side;
        this.regionImage = new WritableImage(side, side);
        setId("drag-overlay");
        setMouseTransparent(true);
        setPrefSize(side, side);
        ImageView regionView = new ImageView(regionImage);
        regionView.setOpacity(REGION_OPACITY);
        getChildren().addAll(regionView, marks);
        visibleProperty().bind(shown);

        InvalidationListener redraw = obs -> drawMarks();
        vm.pairs().addListener((ListChangeListener<DragPair>) c -> drawMarks());
        vm.pendingHandleProperty().addListener(redraw);
        vm.pointerProperty().addListener(redraw);
        zoom.addListener(redraw);
        vm.regionProperty().addListener((obs, old, now) -> drawRegion(now));
        drawRegion(vm.regionProperty().get());
        drawMarks();
    }

    private void drawMarks() {
        double scale = 1 / Math.max(1e-3, zoom.get());
        marks.getChildren().clear();
        for (DragPair pair : vm.pairs()) {
            arrow(pair.handle(), pair.target(), scale, false);
            marks.getChildren().addAll(point(pair.target(), TARGET, scale), point(pair.handle(), HANDLE, scale));
        }
        DragPoint pending = vm.pendingHandleProperty().get();
        if (pending != null) {
            DragPoint to = vm.pointerProperty().get();
            if (to != null) {
                arrow(pending, to, scale, true);
            }
            marks.getChildren().add(point(pending, HANDLE, scale));
        }
    }

    private void arrow(DragPoint from, DragPoint to, double scale, boolean dashed) {
        Line line = new Line(from.x(), from.y(), to.x(), to.y());
        line.setStroke(javafx.scene.paint.Color.WHITE);
        line.setStrokeWidth(LINE_WIDTH * scale);
        if (dashed) {
            line.getStrokeDashArray().addAll(4 * scale, 4 * scale);
        }
        marks.getChildren().add(line);
        double length = Math.hypot(to.x() - from.x(), to.y() - from.y());
        if (length < 1e-6) {
            return;
        }
        double ux = (to.x() - from.x()) / length;
        double uy = (to.y() - from.y()) / length;
        double a = ARROW * scale;
        // The head ends at the target's ring, not under it.
        double tipX = to.x() - ux * POINT_RADIUS * scale;
        double tipY = to.y() - uy * POINT_RADIUS * scale;
        Polygon head = new Polygon(tipX, tipY, tipX - ux * a - uy * a / 2, tipY - uy * a + ux * a / 2,
                tipX - ux * a + uy * a / 2, tipY - uy * a - ux * a / 2);
        head.setFill(javafx.scene.paint.Color.WHITE);
        marks.getChildren().add(head);
    }

    private static Circle point(DragPoint p, javafx.scene.paint.Color color, double scale) {
        Circle c = new Circle(p.x(), p.y(), POINT_RADIUS * scale, color);
        c.setStroke(javafx.scene.paint.Color.WHITE);
        c.setStrokeWidth(1.5 * scale);
        return c;
    }

    /** Paints the region into the translucent layer, as the brush painted it. */
    private void drawRegion(MovableRegion region) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x4FC3F7));
        for (MovableRegion.Path path : region.paths()) {
            double[] p = path.points();
            double r = path.radius();
            if (p.length == 2) {
                g.fill(new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
                continue;
            }
            Path2D.Double line = new Path2D.Double();
            line.moveTo(p[0], p[1]);
            for (int i = 2; i < p.length; i += 2) {
                line.lineTo(p[i], p[i + 1]);
            }
            g.setStroke(new BasicStroke((float) (2 * r), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
        }
        g.dispose();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        regionImage.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels, 0, side);
    }
}
