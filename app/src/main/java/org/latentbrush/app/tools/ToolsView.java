package org.latentbrush.app.tools;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The tool palette on the left: brushes, eyedropper, drag tool, colour and brush size. */
public final class ToolsView extends VBox {

    private static final Map<Tool, Ikon> ICONS = new EnumMap<>(Map.of(
            Tool.COLOR, MaterialDesignB.BRUSH,
            Tool.SKETCH, MaterialDesignP.PENCIL,
            Tool.ERASE, MaterialDesignE.ERASER,
            Tool.EYEDROPPER, MaterialDesignE.EYEDROPPER,
            Tool.DRAG, MaterialDesignG.GESTURE_SWIPE));

    public ToolsView(ToolsViewModel vm) {
        getStyleClass().add("tool-palette");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(6);

        ToggleGroup group = new ToggleGroup();
        Map<Tool, ToggleButton> buttons = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            ToggleButton button = new ToggleButton(null, Icons.tool(ICONS.get(tool)));
            button.setId("tool-" + tool.name().toLowerCase());
            button.setToggleGroup(group);
            button.getStyleClass().add("tool-button");
            button.setTooltip(tip(tool.label() + "  (" + tool.shortcut() + ")"));
            button.setOnAction(e -> vm.toolProperty().set(tool));
            buttons.put(tool, button);
            getChildren().add(button);
        }
        // A toggle group lets the user unselect; the palette always has one tool selected.
        vm.toolProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        buttons.get(vm.toolProperty().get()).setSelected(true);

        ColorPicker picker = new ColorPicker();
        picker.setId("color");
        picker.getStyleClass().addAll(ColorPicker.STYLE_CLASS_BUTTON, "color-swatch-button");
        picker.setTooltip(tip("Brush colour (Alt+click on the canvas picks one from the result)"));
        picker.setValue(toColor(vm.colorProperty().get()));
        picker.valueProperty().addListener((obs, old, now) -> vm.colorProperty().set(toRgb(now)));
        vm.colorProperty().addListener((obs, old, now) -> picker.setValue(toColor(now.intValue())));

        Slider size = new Slider(ToolsViewModel.MIN_RADIUS, ToolsViewModel.MAX_RADIUS, vm.radiusProperty().get());
        size.setId("brush-size");
        size.setOrientation(Orientation.VERTICAL);
        size.setPrefHeight(180);
        size.setTooltip(tip("Brush size  ( [ smaller, ] larger )"));
        size.valueProperty().bindBidirectional(vm.radiusProperty());
        Label sizeLabel = new Label();
        sizeLabel.getStyleClass().add("size-label");
        sizeLabel.textProperty().bind(vm.radiusProperty().multiply(2).asString("%.0f px"));

        getChildren().addAll(new Separator(), picker, new Separator(), size, sizeLabel);
    }

    private static Tooltip tip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(400));
        return tip;
    }

    static Color toColor(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    static int toRgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
