package org.latentbrush.app.square;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The dialog around a {@link SquareChooser}: the square's side and place under the photo, the
 * ready-made squares in a list, OK and Cancel. Its result is the chosen square, or none when
 * cancelled.
 */
public final class SquareChooserDialog extends Dialog<Square> {

    /** The largest view of the photo: fits a laptop's screen with the dialog's text and buttons. */
    static final int MAX_VIEW_WIDTH = 720;
    static final int MAX_VIEW_HEIGHT = 540;

    /** What the presets' list says while the square is none of them. */
    private static final String PROMPT = "Ready-made squares";

    private final SquareChooser chooser;

    /**
     * Builds the dialog; show it with {@link #showAndWait()}.
     *
     * @param request the photo, its current square, limits and presets
     */
    public SquareChooserDialog(SquareRequest request) {
        SquareGeometry geometry = request.geometry();
        PhotoFit fit = new PhotoFit(geometry.width(), geometry.height(), MAX_VIEW_WIDTH, MAX_VIEW_HEIGHT);
        chooser = new SquareChooser(request.photo(), geometry, fit, request.current());
        chooser.setId("square-chooser");

        Label where = new Label();
        where.setId("square-position");
        where.textProperty().bind(Bindings.createStringBinding(() -> "Square of " + chooser.getSquare().describe()
                + " in the " + geometry.width() + "\u00d7" + geometry.height() + " photo",
                chooser.squareProperty()));
        Label hint = new Label("Drag the square to move it and a corner to resize it; the wheel resizes it, the "
                + "arrow keys move it (Shift: farther). Sides from " + geometry.minSide() + " to "
                + geometry.maxSide() + " px.");
        hint.setWrapText(true);
        hint.setMaxWidth(Math.max(MAX_VIEW_WIDTH / 2.0, fit.viewWidth()));

        ComboBox<SquareRequest.Preset> presets = new ComboBox<>();
        presets.setId("square-presets");
        presets.getItems().setAll(request.presets());
        presets.setPromptText(PROMPT);
        // And its own button cell: a combo box's prompt does not come back once its value is cleared.
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SquareRequest.Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? PROMPT : item.label());
            }
        });
        showPresetOf(presets, chooser.getSquare());
        presets.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chooser.setSquare(now.square());
            }
        });
        chooser.squareProperty().addListener((obs, old, now) -> showPresetOf(presets, now));
        HBox presetRow = new HBox(8, new Label("Presets:"), presets);

        VBox content = new VBox(8, chooser, where, hint, presetRow);
        content.setPadding(new Insets(4, 0, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? chooser.getSquare() : null);
        // The arrow keys should move the square at once, not walk through the buttons.
        setOnShown(e -> Platform.runLater(chooser::requestFocus));
    }

    /** The chooser, for tests and for a caller that wants to follow the square as it changes. */
    public SquareChooser chooser() {
        return chooser;
    }

    /** Selects the preset the square is, or none once it has been moved off every preset. */
    private static void showPresetOf(ComboBox<SquareRequest.Preset> presets, Square square) {
        SquareRequest.Preset match = presets.getItems().stream().filter(p -> p.square().equals(square))
                .findFirst().orElse(null);
        if (match != presets.getValue()) {
            presets.setValue(match);
        }
    }
}
