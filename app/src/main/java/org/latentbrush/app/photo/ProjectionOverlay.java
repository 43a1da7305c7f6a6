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
 * <p>It takes the mouse, so nothing is painted before there is a projection to paint on.
 */
public final class ProjectionOverlay extends VBox {

    private static final double BAR_WIDTH = 300;

    public ProjectionOverlay(PhotoViewModel vm) {
        super(12);
        setId("projection-overlay");
        getStyleClass().add("projection-overlay");
        setAlignment(Pos.CENTER);
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
        getChildren().addAll(text, bar, new HBox(8, stop, retry));
        ((HBox) getChildren().get(2)).setAlignment(Pos.CENTER);
        visibleProperty().bind(vm.hasPhotoProperty().and(vm.editableProperty().not()));
    }
}
