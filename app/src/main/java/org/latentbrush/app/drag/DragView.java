package org.latentbrush.app.drag;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.latentbrush.app.tools.Icons;

/** The drag panel: Start, Stop, the steps, clearing points and region, progress and what to do next. */
public final class DragView extends VBox {

    public DragView(DragViewModel vm) {
        setSpacing(6);
        getStyleClass().add("drag-panel");

        Button start = new Button("Start", Icons.tool(MaterialDesignP.PLAY));
        start.setId("drag-start");
        start.setTooltip(new Tooltip("Drag the handles (red) to their targets (blue)"));
        start.disableProperty().bind(vm.canStartProperty().not());
        start.setOnAction(e -> vm.start());
        Button stop = new Button("Stop", Icons.tool(MaterialDesignS.STOP));
        stop.setId("drag-stop");
        stop.setTooltip(new Tooltip("Stop and keep the picture as it is now"));
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.stop());
        Spinner<Integer> steps = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                DragViewModel.MIN_STEPS, DragViewModel.MAX_STEPS, vm.stepsProperty().get(), 10));
        steps.setId("drag-steps");
        steps.setEditable(true);
        steps.setPrefWidth(80);
        steps.setTooltip(new Tooltip("The most steps; the drag ends sooner once the handles arrive"));
        steps.valueProperty().addListener((obs, old, now) -> vm.stepsProperty().set(now));
        vm.stepsProperty().addListener((obs, old, now) -> steps.getValueFactory().setValue(now.intValue()));
        steps.disableProperty().bind(vm.runningProperty());
        HBox run = new HBox(4, start, stop, new Label("steps"), steps);
        run.setAlignment(Pos.CENTER_LEFT);

        Button clearPoints = new Button("Clear points", Icons.tool(MaterialDesignD.DELETE_SWEEP));
        clearPoints.setId("drag-clear-points");
        clearPoints.disableProperty().bind(vm.runningProperty());
        clearPoints.setOnAction(e -> vm.points().clearPoints());
        Button clearRegion = new Button("Clear region");
        clearRegion.setId("drag-clear-region");
        clearRegion.setTooltip(new Tooltip("Let all of the picture move again"));
        clearRegion.disableProperty().bind(vm.runningProperty());
        clearRegion.setOnAction(e -> vm.points().clearRegion());
        HBox clear = new HBox(4, clearPoints, clearRegion);
        clear.setAlignment(Pos.CENTER_LEFT);

        CheckBox live = new CheckBox("Start when a target is placed");
        live.setId("drag-live");
        live.selectedProperty().bindBidirectional(vm.startOnReleaseProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("drag-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("drag-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label help = new Label("Drag tool (D): click a handle, then its target, or drag from one to the "
                + "other. Shift+drag paints the part that may move; with none painted, all of it may.");
        help.getStyleClass().add("panel-help");
        help.setWrapText(true);
        VBox.setVgrow(help, Priority.NEVER);
        // Clicked, they leave the keyboard where it was: a focused control disabled by the drag would
        // pass the focus on to the steps' text field, which would take Ctrl+Z as its own undo.
        for (Node n : new Node[] {start, stop, clearPoints, clearRegion, live}) {
            n.setFocusTraversable(false);
        }
        getChildren().addAll(help, run, clear, live, progress, status);
    }
}
