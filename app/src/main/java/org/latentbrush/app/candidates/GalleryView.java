package org.latentbrush.app.candidates;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.util.Duration;
import org.latentbrush.app.canvas.ResultImages;
import org.latentbrush.app.engine.LiveResult;

/** A 4×4 grid of the best candidates; a click makes one the result. */
public final class GalleryView extends TilePane {

    /** Side of one thumbnail, in pixels. */
    public static final int THUMB = 64;
    private static final int COLUMNS = 4;

    private final GalleryViewModel vm;
    private final List<StackPane> cells = new ArrayList<>();
    private final List<ImageView> views = new ArrayList<>();

    public GalleryView(GalleryViewModel vm) {
        this.vm = vm;
        setId("gallery");
        getStyleClass().add("gallery");
        setPrefColumns(COLUMNS);
        setHgap(4);
        setVgap(4);
        for (int i = 0; i < LiveResult.GALLERY_SIZE; i++) {
            int index = i;
            ImageView view = new ImageView();
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB);
            StackPane cell = new StackPane(view);
            cell.setId("candidate-" + i);
            cell.getStyleClass().add("gallery-cell");
            cell.setPrefSize(THUMB + 4, THUMB + 4);
            cell.setOnMouseClicked(e -> vm.pick(index));
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(500));
            tip.setOnShowing(e -> tip.setText(index < vm.candidates().size() ? vm.describe(index) : ""));
            Tooltip.install(cell, tip);
            views.add(view);
            cells.add(cell);
            getChildren().add(cell);
        }
        vm.candidates().addListener((javafx.collections.ListChangeListener<Object>) c -> refresh());
        refresh();
    }

    private void refresh() {
        for (int i = 0; i < views.size(); i++) {
            boolean has = i < vm.candidates().size();
            views.get(i).setImage(has ? ResultImages.upscale(vm.candidates().get(i).image(), THUMB) : null);
            cells.get(i).setDisable(!has);
            cells.get(i).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("best"), i == 0 && has);
        }
    }
}
