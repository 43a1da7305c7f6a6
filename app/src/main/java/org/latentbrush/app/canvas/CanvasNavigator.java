package org.latentbrush.app.canvas;

import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Zooming and panning by hand over the canvas view: Ctrl+wheel (or a pinch) zooms about the
 * pointer, the wheel scrolls, and dragging with the middle button, or with the left one while the
 * space bar is held, pans.
 *
 * <p>A pan's mouse events are taken in the capturing phase, before the canvas sees them, so a pan
 * never paints.
 */
final class CanvasNavigator {

    /** Wheel distance of one notch where the platform reports no multiplier. */
    private static final double NOTCH = 40;
    /** Each wheel notch with Ctrl held zooms by this. */
    private static final double ZOOM_PER_NOTCH = 1.15;

    private final Region view;
    private final CanvasViewport viewport;
    private final Runnable changed;
    private final EventHandler<KeyEvent> keys = this::key;
    /** Kept in a field: a listened-to binding must stay reachable. */
    private final ObservableValue<Boolean> windowFocused;
    private boolean spaceHeld;
    private MouseButton panButton;
    private double lastX;
    private double lastY;

    /**
     * Listens on a view.
     *
     * @param view the canvas view, whose local coordinates are the viewport's view coordinates
     * @param viewport the zoom and pan
     * @param changed told when panning starts or stops, or the space bar goes down or up
     */
    CanvasNavigator(Region view, CanvasViewport viewport, Runnable changed) {
        this.view = view;
        this.viewport = viewport;
        this.changed = changed;
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            viewport.zoomBy(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        // The space bar is read from the whole scene: the canvas itself never has the focus.
        view.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.ANY, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.ANY, keys);
            }
        });
        // A release the window never saw (it lost the focus meanwhile) must not leave the hand on.
        windowFocused = view.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::focusedProperty)
                .orElse(false);
        windowFocused.addListener((obs, was, now) -> {
            if (!now && spaceHeld) {
                spaceHeld = false;
                changed.run();
            }
        });
    }

    /** Whether a pan drag is under way. */
    boolean isPanning() {
        return panButton != null;
    }

    /** Whether the space bar is held, so a left drag pans. */
    boolean isSpaceHeld() {
        return spaceHeld;
    }

    private void pressed(MouseEvent e) {
        if (panButton != null) {
            e.consume();
            return;
        }
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceHeld)) {
            panButton = e.getButton();
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            changed.run();
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (panButton == null) {
            return;
        }
        viewport.panBy(e.getSceneX() - lastX, e.getSceneY() - lastY);
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        e.consume();
    }

    private void released(MouseEvent e) {
        // Another button's release passes, so a stroke begun before the pan still finishes.
        if (panButton != null && e.getButton() == panButton) {
            panButton = null;
            changed.run();
            e.consume();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            double notch = e.getMultiplierY() > 0 ? e.getMultiplierY() : NOTCH;
            viewport.zoomBy(Math.pow(ZOOM_PER_NOTCH, e.getDeltaY() / notch), e.getX(), e.getY());
        } else {
            viewport.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || e.getTarget() instanceof TextInputControl) {
            return;
        }
        boolean down = e.getEventType() == KeyEvent.KEY_PRESSED;
        if (e.getEventType() != KeyEvent.KEY_TYPED && down != spaceHeld) {
            spaceHeld = down;
            changed.run();
        }
        // Over the canvas the space bar is the hand, not a press of whichever button has the focus.
        if (view.isHover() || panButton != null) {
            e.consume();
        }
    }
}
