package org.latentbrush.app.sliders;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.latentbrush.app.tools.Icons;
import org.latentbrush.bridge.api.SliderDirection;

/** The Sliders panel: a labelled slider per direction of the model, and Reset sliders. */
public final class SlidersView extends VBox {

    /** Keyboard steps across a slider's range. */
    private static final double KEY_STEPS = 20;

    private final SlidersViewModel vm;
    private final VBox rows = new VBox(4);

    public SlidersView(SlidersViewModel vm) {
        this.vm = vm;
        setSpacing(6);
        getStyleClass().add("sliders-panel");
        Label none = new Label();
        none.textProperty().bind(vm.noSlidersTextProperty());
        none.setId("sliders-none");
        none.setWrapText(true);
        Button reset = new Button("Reset sliders", Icons.tool(MaterialDesignR.RESTORE));
        reset.setId("sliders-reset");
        reset.setTooltip(new Tooltip("Put every slider back to 0 (undoable)"));
        reset.setOnAction(e -> vm.resetAll());
        reset.setFocusTraversable(false);
        Runnable refresh = () -> {
            rows.getChildren().setAll(vm.sliders().stream().map(this::row).toList());
            none.setVisible(vm.sliders().isEmpty());
            none.setManaged(none.isVisible());
            reset.setVisible(!vm.sliders().isEmpty());
            reset.setManaged(reset.isVisible());
        };
        vm.sliders().addListener((ListChangeListener<SliderItem>) c -> refresh.run());
        refresh.run();
        getChildren().addAll(none, rows, reset);
    }

    private VBox row(SliderItem item) {
        SliderDirection direction = item.direction();
        Label name = new Label(direction.name());
        Label value = new Label();
        value.textProperty().bind(item.amountProperty().asString(Locale.ROOT, "%+.1f"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox title = new HBox(4, name, gap, value);
        title.setAlignment(Pos.CENTER_LEFT);

        Slider slider = new Slider(direction.minimum(), direction.maximum(), item.amountProperty().get());
        // Ids follow the panel's order from 0, whatever numbers the model's file gives its directions.
        slider.setId("slider-" + vm.sliders().indexOf(item));
        slider.setBlockIncrement((direction.maximum() - direction.minimum()) / KEY_STEPS);
        if (direction.effect() != null && !direction.effect().isBlank()) {
            Tooltip tip = new Tooltip(direction.effect());
            tip.setWrapText(true);
            tip.setMaxWidth(320);
            slider.setTooltip(tip);
            name.setTooltip(tip);
        }
        // Pressed first, so that the moves until it is let go make one edit.
        slider.valueChangingProperty().addListener((obs, old, now) -> {
            if (now) {
                vm.beginMove();
            } else {
                vm.endMove();
            }
        });
        slider.valueProperty().bindBidirectional(item.amountProperty());
        return new VBox(2, title, slider);
    }
}
