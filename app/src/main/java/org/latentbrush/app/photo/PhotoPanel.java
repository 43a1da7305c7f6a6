package org.latentbrush.app.photo;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentbrush.app.canvas.ResultImages;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The side panel of photo mode: the projection G(z₀) beside the model's current image G(z′), figures
 * on the photo, and the switches of the canvas.
 */
public final class PhotoPanel extends VBox {

    private static final int THUMBNAIL = 128;

    public PhotoPanel(PhotoViewModel vm, Runnable export) {
        super(8);
        setId("photo-panel");
        getStyleClass().add("photo-panel");
        VBox reconstruction = thumbnail("reconstruction", "Projection G\u2032(z\u2080)", vm.reconstructionProperty());
        VBox model = thumbnail("model-image", "Model's edit G\u2032(z\u2032)", vm.editor().live().resultProperty());
        HBox images = new HBox(8, reconstruction, model);
        images.setAlignment(Pos.CENTER);

        Label details = new Label();
        details.setId("photo-details");
        details.setWrapText(true);
        details.getStyleClass().add("photo-details");
        // Wrapped lines need their full height, or the label cuts them off with an ellipsis.
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.setMaxWidth(Double.MAX_VALUE);
        details.textProperty().bind(Bindings.createStringBinding(vm::details, vm.editor().photoProperty(),
                vm.edit().figuresProperty()));

        CheckBox compare = new CheckBox("Compare before/after  (C)");
        compare.setId("check-compare");
        compare.selectedProperty().bindBidirectional(vm.compare().enabledProperty());
        CheckBox showModel = new CheckBox("Show the model's image  (M)");
        showModel.setId("check-model-image");
        showModel.selectedProperty().bindBidirectional(vm.showModelImageProperty());
        CheckBox whole = new CheckBox("Show the whole photo");
        whole.setId("check-whole-photo");
        whole.selectedProperty().bindBidirectional(vm.whole().enabledProperty());
        Button exportButton = new Button("Export Photo\u2026");
        exportButton.setId("export-photo");
        exportButton.setOnAction(e -> export.run());
        exportButton.disableProperty().bind(vm.editableProperty().not());
        getChildren().addAll(images, details, compare, showModel, whole, exportButton);
    }

    private static VBox thumbnail(String id, String caption, javafx.beans.value.ObservableValue<RasterImage> image) {
        ImageView view = new ImageView();
        view.setId(id);
        view.setFitWidth(THUMBNAIL);
        view.setFitHeight(THUMBNAIL);
        image.addListener((obs, old, now) -> view.setImage(now == null ? null : ResultImages.upscale(now, THUMBNAIL)));
        RasterImage first = image.getValue();
        view.setImage(first == null ? null : ResultImages.upscale(first, THUMBNAIL));
        Label label = new Label(caption);
        label.getStyleClass().add("thumbnail-caption");
        VBox box = new VBox(4, view, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
