package org.latentbrush.app.photo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import org.latentbrush.app.canvas.CanvasArea;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The photo around the edited square, in canvas units, drawn below the result: the original
 * photo, dimmed outside the square so the part the model edits stands out. {@link #outline} frames
 * the square itself.
 */
public final class WholePhotoLayer extends Group {

    /** How dark the photo outside the square is: still easy to paint on, clearly not edited. */
    private static final double DIM = 0.45;
    /** The outline's width in screen pixels, whatever the zoom. */
    private static final double OUTLINE_WIDTH = 1.5;

    private final WholePhotoViewModel vm;
    private final ImageView photo = new ImageView();
    private final Path dim = new Path();
    /** The squares the editor moved away from, with their last edit, below the dimming. */
    private final Group leftBehind = new Group();
    /** The pictures those squares show now, converted for JavaFX. */
    private Map<RasterImage, WritableImage> leftBehindImages = Map.of();

    public WholePhotoLayer(WholePhotoViewModel vm) {
        this.vm = vm;
        setId("whole-photo");
        setMouseTransparent(true);
        photo.setSmooth(true);
        dim.setFill(Color.color(0, 0, 0, DIM));
        dim.setStroke(null);
        dim.setFillRule(FillRule.EVEN_ODD);
        leftBehind.setId("left-behind-edits");
        leftBehind.visibleProperty().bind(vm.enabledProperty());
        getChildren().addAll(photo, leftBehind, dim);
        vm.leftBehind().shownProperty().addListener((obs, old, now) -> showLeftBehind(now));
        vm.areaProperty().addListener((obs, old, now) -> place(now));
        vm.overviewProperty().addListener((obs, old, now) -> photo.setImage(image(now)));
        photo.setImage(image(vm.overviewProperty().get()));
        place(vm.areaProperty().get());
    }

    /**
     * The edited square's outline, for the canvas's top: a thin light line at any zoom, shown
     * while the whole photo is.
     *
     * @param vm the whole photo
     * @param zoom view pixels per canvas unit
     * @return the outline, mouse-transparent
     */
    public static Rectangle outline(WholePhotoViewModel vm, ObservableDoubleValue zoom) {
        Rectangle square = new Rectangle(0, 0, vm.canvas(), vm.canvas());
        square.setId("edited-square-outline");
        square.getStyleClass().add("edited-square-outline");
        square.setFill(null);
        square.setMouseTransparent(true);
        square.strokeWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> OUTLINE_WIDTH / Math.max(1e-3, zoom.get()), zoom));
        square.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.areaProperty().get().equals(CanvasArea.square(vm.canvas())), vm.areaProperty()));
        return square;
    }

    private void place(CanvasArea area) {
        photo.relocate(area.minX(), area.minY());
        photo.setFitWidth(area.width());
        photo.setFitHeight(area.height());
        int side = vm.canvas();
        dim.getElements().setAll(new MoveTo(area.minX(), area.minY()), new LineTo(area.maxX(), area.minY()),
                new LineTo(area.maxX(), area.maxY()), new LineTo(area.minX(), area.maxY()), new ClosePath(),
                new MoveTo(0, 0), new LineTo(side, 0), new LineTo(side, side), new LineTo(0, side), new ClosePath());
    }

    private void showLeftBehind(List<LeftBehindEdits.Shown> edits) {
        // Every stroke re-lists the shown edits; their pictures are converted once, not on each list.
        Map<RasterImage, WritableImage> converted = new IdentityHashMap<>();
        List<ImageView> views = new ArrayList<>(edits.size());
        for (LeftBehindEdits.Shown edit : edits) {
            WritableImage picture = leftBehindImages.get(edit.image());
            if (picture == null) {
                picture = image(edit.image());
            }
            converted.put(edit.image(), picture);
            ImageView view = new ImageView(picture);
            view.setSmooth(true);
            view.relocate(edit.x(), edit.y());
            view.setFitWidth(edit.side());
            view.setFitHeight(edit.side());
            views.add(view);
        }
        leftBehind.getChildren().setAll(views);
        leftBehindImages = converted;
    }

    private static WritableImage image(RasterImage overview) {
        if (overview == null) {
            return null;
        }
        int w = overview.width();
        int h = overview.height();
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), overview.toArgb(), 0, w);
        return image;
    }
}
