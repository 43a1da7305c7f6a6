package org.latentbrush.app.photo;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Covers the canvas while a photo is being projected: what is happening, the progress and PSNR so
 * far, and a button that stops early (keeping the best so far) or, after a failure, tries again.
 *
 * <p>Only its card in the middle takes the mouse and dims the photo: strokes painted around it
 * while the projection runs stay visible, and wait in the document until it finishes (issue 16).
 */
public final class ProjectionOverlay extends VBox {

    private static final double BAR_WIDTH = 300;
    private static final double CARD_WIDTH = 420;

    public ProjectionOverlay(PhotoViewModel vm) {
        setId("projection-overlay");
        getStyleClass().add("projection-overlay");
        setAlignment(Pos.CENTER);
        // Transparent and picked by its children only: the brush paints through the rest.
        setPickOnBounds(false);
        VBox card = new VBox(12);
        card.getStyleClass().add("projection-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(CARD_WIDTH, USE_PREF_SIZE);
        Label text = new Label();
        text.setId("projection-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.progressTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("projection-progress");
        bar.setPrefWidth(BAR_WIDTH);
        bar.progressProperty().bind(Bindings.when(vm.projectingProperty())
                .then(vm.progressProperty()).otherwise(-1));
        bar.visibleProperty().bind(vm.projectionFailedProperty().not());
        Button stop = new Button("Stop and use the best so far");
        stop.setId("stop-projection");
        stop.setOnAction(e -> vm.stopProjection());
        stop.visibleProperty().bind(vm.projectingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        Button retry = new Button("Try again");
        retry.setId("retry-projection");
        retry.setOnAction(e -> vm.retryProjection());
        retry.visibleProperty().bind(vm.projectionFailedProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        HBox buttons = new HBox(8, stop, retry);
        buttons.setAlignment(Pos.CENTER);
        card.getChildren().addAll(text, bar, buttons);
        getChildren().add(card);
        visibleProperty().bind(vm.hasPhotoProperty().and(vm.editableProperty().not()));
    }
}
