package org.latentbrush.app.photo;

import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.latentbrush.app.canvas.ResultImages;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The before/after split drawn over the canvas: the original photo left of a divider that can be
 * dragged, the edited photo (the canvas beneath) right of it.
 *
 * <p>Only the divider's handle takes the mouse; everywhere else the brush paints as usual.
 */
public final class BeforeAfterLayer extends Pane {

    /** Width of the strip around the divider that grabs the mouse, in pixels. */
    private static final double GRIP_WIDTH = 14;
    private static final double LABEL_MARGIN = 8;

    private final BeforeAfterViewModel vm;
    private final double side;
    private final ImageView before = new ImageView();
    private final Rectangle clip = new Rectangle();
    private final Line line = new Line();
    private final Region grip = new Region();
    private final Label afterLabel = new Label("After");

    public BeforeAfterLayer(BeforeAfterViewModel vm, double side) {
        this.vm = vm;
        this.side = side;
        setId("before-after");
        setPickOnBounds(false);
        setPrefSize(side, side);
        setMaxSize(side, side);
        before.setId("before-image");
        before.setFitWidth(side);
        before.setFitHeight(side);
        before.setClip(clip);
        before.setMouseTransparent(true);
        line.getStyleClass().add("before-after-line");
        line.setMouseTransparent(true);
        grip.setId("before-after-grip");
        grip.getStyleClass().add("before-after-grip");
        grip.setCursor(Cursor.H_RESIZE);
        grip.setPrefSize(GRIP_WIDTH, side);
        Label beforeLabel = new Label("Before");
        beforeLabel.getStyleClass().add("before-after-label");
        beforeLabel.relocate(LABEL_MARGIN, LABEL_MARGIN);
        afterLabel.getStyleClass().add("before-after-label");
        beforeLabel.setMouseTransparent(true);
        afterLabel.setMouseTransparent(true);
        getChildren().addAll(before, line, beforeLabel, afterLabel, grip);

        // The grip consumes its events, so dragging the divider never paints a stroke.
        grip.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        grip.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            vm.dragTo(grip.localToParent(e.getX(), e.getY()).getX(), side);
            e.consume();
        });
        grip.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);

        visibleProperty().bind(vm.enabledProperty().and(vm.beforeProperty().isNotNull()));
        vm.beforeProperty().addListener((obs, old, now) -> showBefore(now));
        vm.dividerProperty().addListener((obs, old, now) -> place());
        showBefore(vm.beforeProperty().get());
        place();
    }

    private void showBefore(RasterImage image) {
        before.setImage(image == null ? null : ResultImages.upscale(image, (int) side));
    }

    private void place() {
        double x = vm.dividerProperty().get() * side;
        clip.setWidth(x);
        clip.setHeight(side);
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(0);
        line.setEndY(side);
        grip.relocate(x - GRIP_WIDTH / 2, 0);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The label's width is known only once it is styled, so it is right-aligned here.
        afterLabel.relocate(side - afterLabel.getWidth() - LABEL_MARGIN, LABEL_MARGIN);
    }
}
