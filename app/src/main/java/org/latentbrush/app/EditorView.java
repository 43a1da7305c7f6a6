package org.latentbrush.app;

import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.latentbrush.app.candidates.GalleryView;
import org.latentbrush.app.candidates.GalleryViewModel;
import org.latentbrush.app.canvas.CanvasView;
import org.latentbrush.app.canvas.CanvasViewModel;
import org.latentbrush.app.canvas.CanvasViewport;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.document.FilesViewModel;
import org.latentbrush.app.drag.DragOverlay;
import org.latentbrush.app.drag.DragView;
import org.latentbrush.app.drag.DragViewModel;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.history.HistoryView;
import org.latentbrush.app.models.ModelPickerViewModel;
import org.latentbrush.app.morph.MorphView;
import org.latentbrush.app.morph.MorphViewModel;
import org.latentbrush.app.photo.BeforeAfterLayer;
import org.latentbrush.app.photo.PhotoExport;
import org.latentbrush.app.canvas.SharpResult;
import org.latentbrush.app.engine.EnlargeCalls;
import org.latentbrush.app.photo.PhotoPanel;
import org.latentbrush.app.photo.PhotoViewModel;
import org.latentbrush.app.photo.ProjectionOverlay;
import org.latentbrush.app.photo.SquareFollower;
import org.latentbrush.app.photo.WholePhotoLayer;
import org.latentbrush.app.sliders.SlidersView;
import org.latentbrush.app.sliders.SlidersViewModel;
import org.latentbrush.app.tools.Tool;
import org.latentbrush.app.tools.ToolsView;
import org.latentbrush.app.tools.ToolsViewModel;

/**
 * The main window's content: menus and toolbar on top, tools on the left, the canvas in the
 * middle, the photo (in photo mode), candidates, drag, sliders, morph and history on the right, the
 * status bar below.
 */
public final class EditorView extends BorderPane {

    private static final Duration NOTIFICATION_TIME = Duration.seconds(2.5);

    private final NotificationPane notifications;
    private final PauseTransition hideNotification = new PauseTransition(NOTIFICATION_TIME);
    private final Map<KeyCombination, Runnable> alternateAccelerators;

    EditorView(EditorViewModel editor, FilesViewModel files, ToolsViewModel tools, MorphViewModel morph,
            ModelPickerViewModel models, PhotoViewModel photos, PhotoExport photoExport, Runnable quit, Runnable help) {
        getStyleClass().add("editor");
        LiveResult live = editor.live();
        SharpResult sharp = new SharpResult(photos.shownProperty(), new EnlargeCalls(live), EditorViewModel.CANVAS_SIZE,
                live.modelProperty(), live.busyProperty());
        CanvasViewport viewport = new CanvasViewport(EditorViewModel.CANVAS_SIZE);
        EditorMenus menus = new EditorMenus(editor, files, tools, morph, models, photos, photoExport, sharp, viewport,
                quit, help);
        alternateAccelerators = menus.alternateAccelerators();
        setTop(new VBox(menus.menuBar(), menus.toolBar()));
        setLeft(new ToolsView(tools));

        // The brush paints on the whole photo; the edited square follows strokes beyond it.
        CanvasViewModel canvasVm = new CanvasViewModel(EditorViewModel.CANVAS_SIZE, tools,
                new SquareFollower(editor, photos),
                photos.shownProperty(), sharp.shownProperty(), editor.strokesProperty(),
                editor.strokeInProgressProperty(), live.busyProperty());
        canvasVm.areaProperty().bind(photos.whole().areaProperty());
        canvasVm.setColorOffCanvas((x, y) -> photos.whole().colorAt(x, y));
        CanvasView canvas = new CanvasView(canvasVm, viewport);
        canvas.addLayerBelowResult(new WholePhotoLayer(photos.whole()));
        canvas.addLayerAboveResult(WholePhotoLayer.outline(photos.whole(), viewport.zoomProperty()));
        canvas.addLayerAboveResult(new BeforeAfterLayer(photos.compare(), EditorViewModel.CANVAS_SIZE));
        DragViewModel drag = new DragViewModel(editor, live, EditorViewModel.CANVAS_SIZE);
        canvasVm.setDragSink(drag.points());
        canvas.addLayerOnTop(new DragOverlay(drag.points(), EditorViewModel.CANVAS_SIZE, viewport.zoomProperty(),
                tools.toolProperty().isEqualTo(Tool.DRAG).or(drag.runningProperty())));
        canvas.addOverlay(new ProjectionOverlay(photos));
        Label caption = new Label();
        caption.setId("canvas-caption");
        caption.getStyleClass().add("canvas-caption");
        caption.textProperty().bind(Bindings.createStringBinding(() -> caption(editor, sharp),
                editor.strokesProperty(), live.modelProperty(), tools.toolProperty(), editor.photoProperty(),
                sharp.descriptionProperty()));
        // The canvas takes what the caption leaves, and shrinks with the window (no minimum of its own).
        VBox easel = new VBox(10, canvas, caption);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        easel.setAlignment(Pos.CENTER);
        StackPane desk = new StackPane(easel);
        desk.getStyleClass().add("desk");
        desk.setPadding(new Insets(16));
        notifications = new NotificationPane(desk);
        notifications.setShowFromTop(false);
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        hideNotification.setOnFinished(e -> notifications.hide());
        setCenter(notifications);

        TitledPane photoPane = section("Photo", new PhotoPanel(photos, photoExport::export));
        photoPane.visibleProperty().bind(photos.hasPhotoProperty());
        photoPane.managedProperty().bind(photoPane.visibleProperty());
        GalleryView gallery = new GalleryView(new GalleryViewModel(live.candidates(), editor.actions()::pickCandidate));
        TitledPane candidates = section("Candidates", gallery);
        TitledPane dragPane = section("Drag", new DragView(drag));
        dragPane.setId("drag-pane");
        TitledPane slidersPane = section("Sliders", new SlidersView(new SlidersViewModel(editor, live)));
        slidersPane.setId("sliders-pane");
        TitledPane morphPane = section("Morph: start \u2192 result", new MorphView(morph));
        HistoryView history = new HistoryView(editor.history(), editor::moveInHistory);
        TitledPane historyPane = section("History", history);
        VBox.setVgrow(historyPane, Priority.ALWAYS);
        historyPane.setMaxHeight(Double.MAX_VALUE);
        VBox side = new VBox(photoPane, candidates, dragPane, slidersPane, morphPane, historyPane);
        side.getStyleClass().add("side-panel");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().add("side-scroll");
        setRight(sideScroll);

        setBottom(statusBar(editor, photos, viewport));
    }

    private static String caption(EditorViewModel editor, SharpResult sharp) {
        int strokes = editor.strokesProperty().get().strokes().size();
        var model = editor.live().modelProperty().get();
        var photo = editor.photoProperty().get();
        if (photo != null) {
            int side = photo.photo().cropSide();
            return (strokes == 1 ? "1 stroke" : strokes + " strokes") + "  \u00b7  photo " + photo.photo().width()
                    + "\u00d7" + photo.photo().height() + ", the square " + side + "\u00d7" + side + " at ("
                    + photo.photo().cropX() + ", " + photo.photo().cropY() + ") shown at " + EditorViewModel.CANVAS_SIZE
                    + "\u00d7" + EditorViewModel.CANVAS_SIZE;
        }
        String size = model == null ? "" : "  \u00b7  result " + model.imageSize() + "\u00d7" + model.imageSize()
                + " shown at " + EditorViewModel.CANVAS_SIZE + "\u00d7" + EditorViewModel.CANVAS_SIZE + ", "
                + sharp.descriptionProperty().get();
        return (strokes == 1 ? "1 stroke" : strokes + " strokes") + size;
    }

    private static TitledPane section(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(true);
        pane.setAnimated(false);
        return pane;
    }

    private static StatusBar statusBar(EditorViewModel editor, PhotoViewModel photos, CanvasViewport viewport) {
        LiveResult live = editor.live();
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(editor.messageProperty());
        // Indeterminate while a model loads; a projection's or an edit's progress while it runs.
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> editor.loadingModelProperty().get() ? -1
                : photos.projectingProperty().get() ? Math.max(0.02, photos.progressProperty().get())
                : live.busyProperty().get() ? Math.max(0.02, live.progressProperty().get()) : 0,
                editor.loadingModelProperty(), live.busyProperty(), live.progressProperty(),
                photos.projectingProperty(), photos.progressProperty()));
        Label timing = label("status-timing", live.timingProperty());
        Label model = new Label();
        model.setId("status-model");
        model.textProperty().bind(Bindings.createStringBinding(() -> live.modelProperty().get() == null ? "no model"
                : live.modelProperty().get().summary(), live.modelProperty()));
        Label device = label("status-device", live.deviceProperty());
        Label zoom = label("status-zoom", Bindings.createStringBinding(viewport::zoomText, viewport.zoomProperty(),
                viewport.fitProperty()));
        for (Label l : new Label[] {zoom, timing, model, device}) {
            l.getStyleClass().add("status-item");
            l.setAlignment(Pos.CENTER);
        }
        bar.getRightItems().addAll(zoom, timing, model, device);
        return bar;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    /** Second keys for menu commands (a menu item takes one), for the scene to install. */
    Map<KeyCombination, Runnable> alternateAccelerators() {
        return alternateAccelerators;
    }

    /** Shows a short message over the canvas for a moment. */
    void notify(String message) {
        notifications.show(message);
        hideNotification.playFromStart();
    }
}
