package org.latentbrush.app.models;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.latentbrush.app.tools.Icons;

/** The model picker in the toolbar, with the model's title, size and licence beside it. */
public final class ModelPickerView extends HBox {

    /**
     * Below this window width the details line gives way, so the picker itself stays on the
     * toolbar: at 1024 px it fell into the toolbar's overflow menu. The status bar and the details'
     * tooltip still say what the model is.
     */
    static final double DETAILS_MIN_WINDOW_WIDTH = 1280;

    private boolean updating;

    public ModelPickerView(ModelPickerViewModel vm) {
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<ModelChoice> combo = new ComboBox<>(vm.choices());
        combo.setId("model-picker");
        combo.setPrefWidth(190);
        combo.setTooltip(new Tooltip("The generative model to paint through"));
        Label details = new Label();
        details.setId("model-details");
        details.getStyleClass().add("model-details");
        details.textProperty().bind(vm.detailsProperty());
        Tooltip about = new Tooltip();
        about.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var info = vm.modelProperty().get();
            return info == null ? "" : info.title() + "\nDataset: " + info.dataset() + "\nLicence: " + info.licence()
                    + "\nLatent size: " + info.latentSize();
        }, vm.modelProperty()));
        details.setTooltip(about);
        details.managedProperty().bind(details.visibleProperty());
        sceneProperty().addListener((obs, old, scene) -> {
            details.visibleProperty().unbind();
            if (scene != null) {
                details.visibleProperty().bind(scene.widthProperty().greaterThanOrEqualTo(DETAILS_MIN_WINDOW_WIDTH));
            }
        });

        vm.selectedProperty().addListener((obs, old, now) -> {
            updating = true;
            combo.getSelectionModel().select(now);
            updating = false;
        });
        combo.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (updating || now == null || now.equals(vm.selectedProperty().get())) {
                return;
            }
            // Show the model in use until the new one has opened (or failed to).
            updating = true;
            javafx.application.Platform.runLater(() -> {
                combo.getSelectionModel().select(vm.selectedProperty().get());
                updating = false;
                vm.choose(now);
            });
        });
        getChildren().addAll(Icons.tool(MaterialDesignB.BRAIN), combo, details);
    }
}
