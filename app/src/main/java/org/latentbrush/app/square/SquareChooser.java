package org.latentbrush.app.square;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.latentbrush.bridge.api.EditablePhoto;

/**
 * The whole photo with the edited square on it, the rest dimmed: dragging inside the square moves
 * it, dragging a corner handle resizes it from the opposite corner, the wheel resizes it about its
 * centre and the arrow keys move it (with Shift, ten times farther). {@link SquareGeometry} does the
 * arithmetic; this turns events into its calls and draws the result.
 */
public final class SquareChooser extends Pane {

    /** Side of a corner handle, in view pixels. */
    private static final double HANDLE = 10;
    /** How near a corner, in view pixels, a press grabs it: a little more than the handle. */
    private static final double GRAB = 9;
    /**
     * Room around the photo, in view pixels, so that a handle at the photo's edge (the largest
     * squares always have two there) can be grabbed from outside the photo too.
     */
    static final double MARGIN = GRAB;
    /** The wheel grows or shrinks the side by this factor per notch. */
    private static final double WHEEL_FACTOR = 1.1;
    /** Shift with an arrow key moves this many steps at once. */
    private static final int SHIFT_STEPS = 10;

    private final SquareGeometry geometry;
    private final PhotoFit fit;
    private final ObjectProperty<Square> square = new SimpleObjectProperty<>(this, "square");
    private final Path dim = new Path();
    private final Rectangle outline = new Rectangle();
    private final Map<Corner, Rectangle> handles = new EnumMap<>(Corner.class);
    private Square dragStart;
    private Corner dragCorner;
    private double pressX;
    private double pressY;

    /**
     * Creates the chooser showing a photo.
     *
     * @param photo the photo
     * @param geometry the limits of its squares
     * @param fit the photo's size in the view
     * @param initial the square shown first; clamped to the limits
     */
    public SquareChooser(EditablePhoto photo, SquareGeometry geometry, PhotoFit fit, Square initial) {
        this.geometry = geometry;
        this.fit = fit;
        getStyleClass().add("square-chooser");
        WritableImage image = new WritableImage(fit.viewWidth(), fit.viewHeight());
        image.getPixelWriter().setPixels(0, 0, fit.viewWidth(), fit.viewHeight(), PixelFormat.getIntArgbInstance(),
                PhotoPreview.argb(photo, fit), 0, fit.viewWidth());
        ImageView view = new ImageView(image);
        view.relocate(MARGIN, MARGIN);
        dim.setFill(Color.rgb(0, 0, 0, 0.55));
        dim.setStroke(null);
        dim.setFillRule(FillRule.EVEN_ODD);
        outline.setFill(null);
        outline.setStroke(Color.WHITE);
        outline.setStrokeWidth(1.5);
        getChildren().addAll(view, dim, outline);
        for (Corner corner : Corner.values()) {
            Rectangle handle = new Rectangle(HANDLE, HANDLE, Color.WHITE);
            handle.setStroke(Color.rgb(0, 0, 0, 0.7));
            handle.setId("square-handle-" + corner.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            handles.put(corner, handle);
            getChildren().add(handle);
        }
        // The pane takes every event itself, so that its coordinates are the view's.
        getChildren().forEach(child -> child.setMouseTransparent(true));
        setPrefSize(fit.viewWidth() + 2 * MARGIN, fit.viewHeight() + 2 * MARGIN);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setFocusTraversable(true);
        square.addListener((obs, old, now) -> draw());
        setSquare(initial);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragStart = null);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(cursorAt(e.getX() - MARGIN, e.getY() - MARGIN)));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** The chosen square, in photo pixels; always allowed by the geometry. */
    public ObjectProperty<Square> squareProperty() {
        return square;
    }

    public Square getSquare() {
        return square.get();
    }

    /** Shows another square, clamped to the limits. */
    public void setSquare(Square s) {
        square.set(geometry.clamp(s));
    }

    /** The photo's size in the view and the conversion to photo pixels. */
    public PhotoFit fit() {
        return fit;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        Square now = square.get();
        double viewX = e.getX() - MARGIN;
        double viewY = e.getY() - MARGIN;
        dragCorner = cornerAt(viewX, viewY);
        boolean inside = now.contains(fit.toPhoto(viewX), fit.toPhoto(viewY));
        dragStart = dragCorner != null || inside ? now : null;
        pressX = e.getX();
        pressY = e.getY();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (dragStart == null) {
            return;
        }
        double dx = fit.toPhoto(e.getX() - pressX);
        double dy = fit.toPhoto(e.getY() - pressY);
        square.set(dragCorner != null ? geometry.resizeFromCorner(dragStart, dragCorner, dx, dy)
                : geometry.move(dragStart, dx, dy));
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            square.set(geometry.scaleAroundCentre(square.get(), e.getDeltaY() > 0 ? WHEEL_FACTOR : 1 / WHEEL_FACTOR));
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        int step = fit.photoPixelsPerViewPixel() * (e.isShiftDown() ? SHIFT_STEPS : 1);
        int dx = switch (e.getCode()) {
            case LEFT -> -step;
            case RIGHT -> step;
            default -> 0;
        };
        int dy = switch (e.getCode()) {
            case UP -> -step;
            case DOWN -> step;
            default -> 0;
        };
        if (dx != 0 || dy != 0) {
            square.set(geometry.move(square.get(), dx, dy));
            // Consumed, or the dialog would move the focus to its buttons.
            e.consume();
        }
    }

    /** The corner whose handle is under a point of the photo's view (without the margin), or {@code null}. */
    private Corner cornerAt(double viewX, double viewY) {
        Square s = square.get();
        Corner nearest = null;
        double best = GRAB;
        for (Corner corner : Corner.values()) {
            double distance = Math.max(Math.abs(fit.toView(corner.xOf(s)) - viewX),
                    Math.abs(fit.toView(corner.yOf(s)) - viewY));
            if (distance <= best) {
                best = distance;
                nearest = corner;
            }
        }
        return nearest;
    }

    private Cursor cursorAt(double viewX, double viewY) {
        Corner corner = cornerAt(viewX, viewY);
        if (corner != null) {
            return switch (corner) {
                case TOP_LEFT -> Cursor.NW_RESIZE;
                case TOP_RIGHT -> Cursor.NE_RESIZE;
                case BOTTOM_LEFT -> Cursor.SW_RESIZE;
                case BOTTOM_RIGHT -> Cursor.SE_RESIZE;
            };
        }
        return square.get().contains(fit.toPhoto(viewX), fit.toPhoto(viewY)) ? Cursor.MOVE : Cursor.DEFAULT;
    }

    private void draw() {
        Square s = square.get();
        double x = MARGIN + fit.toView(s.x());
        double y = MARGIN + fit.toView(s.y());
        double side = fit.toView(s.side());
        double right = MARGIN + fit.viewWidth();
        double bottom = MARGIN + fit.viewHeight();
        // The photo's outline and the square's, filled even-odd: everything but the square is dimmed.
        dim.getElements().setAll(new MoveTo(MARGIN, MARGIN), new LineTo(right, MARGIN), new LineTo(right, bottom),
                new LineTo(MARGIN, bottom), new LineTo(MARGIN, MARGIN), new MoveTo(x, y), new LineTo(x + side, y),
                new LineTo(x + side, y + side), new LineTo(x, y + side),
                new LineTo(x, y));
        outline.setX(x);
        outline.setY(y);
        outline.setWidth(side);
        outline.setHeight(side);
        handles.forEach((corner, handle) -> {
            handle.setX(MARGIN + fit.toView(corner.xOf(s)) - HANDLE / 2);
            handle.setY(MARGIN + fit.toView(corner.yOf(s)) - HANDLE / 2);
        });
    }
}
