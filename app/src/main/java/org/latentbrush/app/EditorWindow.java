package org.latentbrush.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.document.FilesViewModel;
import org.latentbrush.app.engine.EngineOpener;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.models.ModelPickerViewModel;
import org.latentbrush.app.morph.MorphViewModel;
import org.latentbrush.app.photo.PhotoExport;
import org.latentbrush.app.photo.PhotoViewModel;
import org.latentbrush.app.session.Autosaver;
import org.latentbrush.app.session.CrashRecovery;
import org.latentbrush.app.settings.Settings;
import org.latentbrush.app.settings.WindowBounds;
import org.latentbrush.app.tasks.FxExecutor;
import org.latentbrush.app.tasks.TaskExecutor;
import org.latentbrush.app.tools.Tool;
import org.latentbrush.app.tools.ToolsViewModel;
import org.latentbrush.bridge.api.BrushEngine;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.EngineThreads;

/**
 * Wires one editor window: engine, view models, views, settings, autosave and crash recovery.
 *
 * <p>{@link LatentBrushApp} opens one; end-to-end tests open one on their own stage, with a dialog
 * service whose file choosers they answer.
 */
public final class EditorWindow {

    private final Stage stage;
    private final Settings settings;
    private final TaskExecutor tasks;
    private final LiveResult live;
    private final EditorViewModel editor;
    private final FilesViewModel files;
    private final PhotoViewModel photos;
    private final ToolsViewModel tools = new ToolsViewModel();
    private final DialogService dialogs;
    private final CrashRecovery recovery;
    private final Timeline autosaveTimer;
    private EditorView view;
    private boolean shutDown;
    /** Milliseconds now, for the replay's timings. */
    private final LongSupplier clock;

    private EditorWindow(Stage stage, LaunchOptions options, EditorWiring wiring) {
        this.stage = stage;
        this.settings = wiring.settings();
        this.clock = wiring.clock();
        this.tasks = wiring.tasks();
        this.dialogs = wiring.dialogs().apply(() -> stage, message -> view.notify(message));
        this.live = new LiveResult(wiring.engines(), tasks, new FxExecutor());
        // A seed given on the command line starts the first picture; later ones are random.
        long[] firstSeed = {options.seed() == null ? wiring.seeds().getAsLong() : options.seed()};
        boolean[] firstTaken = {false};
        this.editor = new EditorViewModel(live, dialogs, wiring.clock(), () -> {
            if (!firstTaken[0]) {
                firstTaken[0] = true;
                return firstSeed[0];
            }
            return wiring.seeds().getAsLong();
        });
        this.files = new FilesViewModel(editor, dialogs, tasks, settings);
        this.photos = new PhotoViewModel(editor, files, dialogs, tasks);
        this.recovery = new CrashRecovery(options.dataFolder());
        Autosaver autosaver = files.autosaver(recovery.autosaveFile(),
                failure -> editor.say("Autosave failed: " + FailureText.of(failure)));
        this.autosaveTimer = new Timeline(new KeyFrame(Duration.seconds(Autosaver.INTERVAL_SECONDS),
                e -> autosaver.tick()));
        autosaveTimer.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Builds the window, shows it and opens the model.
     *
     * @param stage the stage to use
     * @param options the command line
     * @param wiring the parts it is built from
     * @return the window
     */
    public static EditorWindow open(Stage stage, LaunchOptions options, EditorWiring wiring) {
        EngineThreads.configure(1);
        EditorWindow window = new EditorWindow(stage, options, wiring);
        window.show(options);
        return window;
    }

    private void show(LaunchOptions options) {
        restoreBrush();
        MorphViewModel morph = new MorphViewModel(editor, dialogs, tasks);
        ModelPickerViewModel models = new ModelPickerViewModel(live.modelProperty(), BrushEngine::builtInModels,
                settings, dialogs, editor::openModel);
        view = new EditorView(editor, files, tools, morph, models, photos, new PhotoExport(photos, dialogs, tasks),
                this::quit, this::showShortcuts);
        Scene scene = new Scene(view);
        scene.getStylesheets().add(EditorWindow.class.getResource("editor.css").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), editor::redo);
        scene.getAccelerators().putAll(view.alternateAccelerators());
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && acceptsDrop(e.getDragboard().getFiles())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(acceptsDrop(dropped));
            e.consume();
            // A session wins over a photo dropped with it; either opens after the drop has finished.
            if (files.accepts(dropped)) {
                javafx.application.Platform.runLater(() -> files.drop(dropped));
            } else if (photos.accepts(dropped)) {
                javafx.application.Platform.runLater(() -> photos.drop(dropped));
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(files.titleProperty());
        WindowBounds bounds = settings.window();
        // A window remembered on a larger screen must still fit this one.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(bounds.width(), screen.getWidth()));
        stage.setHeight(Math.min(bounds.height(), screen.getHeight()));
        if (!Double.isNaN(bounds.x()) && !Double.isNaN(bounds.y())
                && screen.contains(bounds.x() + 40, bounds.y() + 20)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            } else {
                shutdown();
            }
        });
        stage.show();

        boolean crashed = !options.noRecovery() && recovery.hasRecoverableWork();
        Path recovered = crashed ? keepRecoverable() : null;
        try {
            recovery.markRunning();
        } catch (IOException e) {
            editor.say("Cannot write to the data folder: autosave is off");
        }
        String model = options.model() != null ? options.model()
                : settings.lastModel() != null ? settings.lastModel() : BrushEngine.DEFAULT_MODEL;
        openFirstModel(model, () -> {
            models.showSelected(live.modelReference());
            autosaveTimer.play();
            Runnable replay = () -> {
                if (options.replay() != null) {
                    Replay.run(editor, options.replay(), options.readyFile(), options.timings(), options.drawSpeed(),
                            clock, dialogs);
                }
            };
            if (recovered != null && dialogs.confirm("Recover your painting?", "Latent Brush did not close properly "
                    + "last time. Recover the painting it saved automatically?")) {
                files.recover(recovered);
            } else if (options.session() != null && EditablePhoto.isPhotoName(options.session().toString())) {
                photos.openFile(options.session());
                // Strokes are painted on the photo's projection, which takes a while to arrive.
                whenPhotoEditable(replay);
                return;
            } else if (options.session() != null) {
                files.openFile(options.session());
            }
            replay.run();
        });
    }

    private void whenPhotoEditable(Runnable action) {
        photos.editableProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    photos.editableProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }

    private boolean acceptsDrop(List<File> dropped) {
        return files.accepts(dropped) || photos.accepts(dropped);
    }

    private void openFirstModel(String model, Runnable then) {
        editor.openModel(model, then);
        // If the remembered model is gone, fall back to the default one once.
        if (!model.equals(BrushEngine.DEFAULT_MODEL)) {
            editor.loadingModelProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                    if (!now) {
                        editor.loadingModelProperty().removeListener(this);
                        if (!live.isOpen()) {
                            editor.openModel(BrushEngine.DEFAULT_MODEL, then);
                        }
                    }
                }
            });
        }
    }

    private Path keepRecoverable() {
        try {
            Path kept = recovery.autosaveFile().resolveSibling("recovered.lbrush");
            Files.move(recovery.autosaveFile(), kept, StandardCopyOption.REPLACE_EXISTING);
            return kept;
        } catch (IOException e) {
            return null;
        }
    }

    private void restoreBrush() {
        tools.radiusProperty().set(settings.brushRadius(ToolsViewModel.DEFAULT_RADIUS));
        tools.colorProperty().set(settings.brushColor(ToolsViewModel.DEFAULT_COLOR));
        tools.toolProperty().set(Tool.parse(settings.tool(Tool.COLOR.name())));
        tools.showStrokesProperty().set(settings.showStrokes());
    }

    private void showShortcuts() {
        dialogs.showMessage("Keyboard shortcuts", String.join("\n",
                "B  colour brush      S  sketch brush      E  eraser      I  eyedropper",
                "D  drag tool: click a handle, then its target; Shift+drag paints the part that may move",
                "[  smaller brush      ]  larger brush      Alt+click  pick a colour",
                "H  show or hide strokes      C  compare before/after (photo)      M  the model's image (photo)",
                "F  fix result      R  new random start      Ctrl+R  reset to start",
                "Ctrl+Z  undo      Ctrl+Shift+Z / Ctrl+Y  redo      Ctrl+Delete  clear strokes",
                "Ctrl+N  new      Ctrl+O  open      Ctrl+S  save      Ctrl+Shift+S  save as      Ctrl+E  export PNG",
                "Ctrl+Shift+O  open a photo      Ctrl+Shift+E  export the edited photo",
                "Ctrl+plus / Ctrl+minus / Ctrl+wheel  zoom      Ctrl+0  fit to window      Ctrl+1  100 %",
                "Space+drag or middle-drag  pan when zoomed in      wheel  scroll"));
    }

    private void quit() {
        if (files.confirmDiscard()) {
            shutdown();
            stage.close();
        }
    }

    /** Saves settings, closes the engine, and marks a clean exit. Safe to call twice. */
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        autosaveTimer.stop();
        settings.setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        settings.setBrushRadius(tools.radiusProperty().get());
        settings.setBrushColor(tools.colorProperty().get());
        settings.setTool(tools.toolProperty().get().name());
        settings.setShowStrokes(tools.showStrokesProperty().get());
        settings.flush();
        live.close();
        tasks.shutdown();
        try {
            recovery.markCleanExit();
        } catch (IOException e) {
            // Nothing more to do on the way out; next start may offer a stale recovery.
        }
    }

    public EditorViewModel editor() {
        return editor;
    }

    public FilesViewModel files() {
        return files;
    }

    public PhotoViewModel photos() {
        return photos;
    }

    public ToolsViewModel tools() {
        return tools;
    }

    public Stage stage() {
        return stage;
    }
}
