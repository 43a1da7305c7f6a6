package org.latentbrush.app.morph;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.latentbrush.app.canvas.ResultImages;
import org.latentbrush.app.tools.Icons;

/** The morph panel: a preview, a slider from start to result, play, and export. */
public final class MorphView extends VBox {

    private static final int PREVIEW = 128;

    public MorphView(MorphViewModel vm) {
        setSpacing(6);
        setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("morph-panel");
        ImageView preview = new ImageView();
        preview.setId("morph-preview");
        preview.setFitWidth(PREVIEW);
        preview.setFitHeight(PREVIEW);
        vm.frameProperty().addListener((obs, old, now) ->
                preview.setImage(now == null ? null : ResultImages.upscale(now, PREVIEW)));

        Slider slider = new Slider(0, 1, 1);
        slider.setId("morph-slider");
        slider.setTooltip(new Tooltip("From the starting image (left) to the current result (right)"));
        slider.valueProperty().bindBidirectional(vm.positionProperty());
        slider.setOnMousePressed(e -> vm.prepare(() -> { }));
        HBox.setHgrow(slider, Priority.ALWAYS);

        Timeline timeline = new Timeline(new KeyFrame(Duration.millis(MorphViewModel.FRAME_MILLIS), e -> vm.step()));
        timeline.setCycleCount(Animation.INDEFINITE);
        ToggleButton play = new ToggleButton(null, Icons.tool(MaterialDesignP.PLAY));
        play.setId("morph-play");
        play.setTooltip(new Tooltip("Play the morph"));
        play.selectedProperty().bindBidirectional(vm.playingProperty());
        play.selectedProperty().addListener((obs, old, now) -> {
            play.setGraphic(Icons.tool(now ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
            if (now) {
                vm.prepare(timeline::play);
            } else {
                timeline.stop();
            }
        });
        play.disableProperty().bind(vm.preparingProperty());

        MenuItem gif = new MenuItem("Animated GIF\u2026");
        gif.setOnAction(e -> vm.exportGif());
        MenuItem pngs = new MenuItem("PNG sequence\u2026");
        pngs.setOnAction(e -> vm.exportPngSequence());
        MenuButton export = new MenuButton(null, Icons.tool(MaterialDesignE.EXPORT), gif, pngs);
        export.setId("morph-export");
        export.setTooltip(new Tooltip("Export the morph"));

        HBox controls = new HBox(4, play, slider, export);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(preview, controls);
    }
}
