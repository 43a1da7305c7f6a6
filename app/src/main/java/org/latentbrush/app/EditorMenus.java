package org.latentbrush.app;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;

import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.latentbrush.app.canvas.CanvasViewport;
import org.latentbrush.app.canvas.SharpResult;
import org.latentbrush.app.models.ModelPickerView;
import org.latentbrush.app.models.ModelPickerViewModel;
import org.latentbrush.app.morph.MorphViewModel;
import org.latentbrush.app.photo.PhotoExport;
import org.latentbrush.app.photo.PhotoViewModel;
import org.latentbrush.app.tools.Icons;
import org.latentbrush.app.tools.Tool;
import org.latentbrush.app.tools.ToolsViewModel;
import org.latentbrush.app.document.FilesViewModel;
import org.latentbrush.app.document.EditorViewModel;

/** The menu bar and the toolbar; every action is reachable from the menus with its shortcut. */
final class EditorMenus {

    private final EditorViewModel editor;
    private final FilesViewModel files;
    private final ToolsViewModel tools;
    private final MorphViewModel morph;
    private final ModelPickerViewModel models;
    private final PhotoViewModel photos;
    private final PhotoExport photoExport;
    private final Runnable quit;
    private final Runnable help;
    private final BooleanExpression notReady;
    private final BooleanExpression noPhoto;
    private final SharpResult sharp;
    private final CanvasViewport viewport;
    /** A random start replaces the result, which a photo's projection must stay the start of. */
    private final BooleanExpression randomDisabled;

    EditorMenus(EditorViewModel editor, FilesViewModel files, ToolsViewModel tools, MorphViewModel morph,
            ModelPickerViewModel models, PhotoViewModel photos, PhotoExport photoExport, SharpResult sharp,
            CanvasViewport viewport, Runnable quit, Runnable help) {
        this.editor = editor;
        this.sharp = sharp;
        this.viewport = viewport;
        this.files = files;
        this.tools = tools;
        this.morph = morph;
        this.models = models;
        this.photos = photos;
        this.photoExport = photoExport;
        this.noPhoto = photos.hasPhotoProperty().not();
        this.quit = quit;
        this.help = help;
        this.notReady = editor.live().resultProperty().isNull();
        this.randomDisabled = notReady.or(photos.hasPhotoProperty());
    }

    MenuBar menuBar() {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : files.recentFiles()) {
                MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
                item.setOnAction(e -> files.openRecent(p));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();

        Menu file = new Menu("File", null,
                item("New", "menu-new", MaterialDesignF.FILE_OUTLINE, "Shortcut+N", e -> files.newDocument()),
                item("Open\u2026", "menu-open", MaterialDesignF.FOLDER_OPEN, "Shortcut+O", e -> files.open()),
                item("Open Photo\u2026", "menu-open-photo", MaterialDesignI.IMAGE_PLUS, "Shortcut+Shift+O",
                        e -> photos.open()),
                recent,
                new SeparatorMenuItem(),
                disabledUntilReady(item("Save", "menu-save", MaterialDesignC.CONTENT_SAVE, "Shortcut+S", e -> files.save())),
                disabledUntilReady(item("Save As\u2026", "menu-save-as", null, "Shortcut+Shift+S", e -> files.saveAs())),
                new SeparatorMenuItem(),
                disabledUntilReady(item("Export PNG\u2026", "menu-export", MaterialDesignE.EXPORT, "Shortcut+E",
                        e -> files.exportPng())),
                disabledUnless(photos.editableProperty(), item("Export Photo\u2026", "menu-export-photo", null,
                        "Shortcut+Shift+E", e -> photoExport.export())),
                disabledUnless(photoExport.exportingProperty(), item("Finish Export Now", "menu-finish-export",
                        null, null, e -> photoExport.finishNow())),
                disabledUnless(photoExport.exportingProperty(), item("Cancel Export", "menu-cancel-export", null,
                        null, e -> photoExport.cancel())),
                disabledUntilReady(item("Export Morph as GIF\u2026", "menu-export-gif", null, null, e -> morph.exportGif())),
                disabledUntilReady(item("Export Morph as PNG Sequence\u2026", "menu-export-frames", null, null,
                        e -> morph.exportPngSequence())),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", null, "Shortcut+Q", e -> quit.run()));

        MenuItem undo = item("Undo", "menu-undo", MaterialDesignU.UNDO, "Shortcut+Z", e -> editor.undo());
        undo.disableProperty().bind(editor.history().canUndoProperty().not());
        MenuItem redo = item("Redo", "menu-redo", MaterialDesignR.REDO, "Shortcut+Shift+Z", e -> editor.redo());
        redo.disableProperty().bind(editor.history().canRedoProperty().not());
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(),
                disabledUntilReady(item("Clear Strokes", "menu-clear", MaterialDesignD.DELETE_SWEEP, "Shortcut+Delete",
                        e -> editor.actions().clearStrokes())));

        Menu image = new Menu("Image", null,
                disabledUntilReady(item("Fix Result", "menu-fix", MaterialDesignP.PIN, "F", e -> editor.actions().fixResult())),
                disabledWhen(randomDisabled, item("New Random Start", "menu-random",
                        MaterialDesignD.DICE_5, "R", e -> editor.actions().newRandom())),
                disabledUntilReady(item("Reset to Start", "menu-reset", MaterialDesignR.RESTORE, "Shortcut+R",
                        e -> editor.actions().reset())),
                new SeparatorMenuItem(),
                // Not while a square is being projected: it would be thrown away half done.
                disabledUnless(photos.hasPhotoProperty().and(photos.projectingProperty().not()),
                        item("Edited Square of the Photo\u2026", "menu-square", null, "Shortcut+Shift+Q",
                                e -> photos.chooseSquare())));

        ToggleGroup group = new ToggleGroup();
        Menu toolMenu = new Menu("Tools");
        for (Tool tool : Tool.values()) {
            RadioMenuItem item = new RadioMenuItem(tool.label().replaceFirst(":.*", ""));
            item.setToggleGroup(group);
            item.setAccelerator(KeyCombination.keyCombination(tool.shortcut()));
            item.setSelected(tools.toolProperty().get() == tool);
            item.setOnAction(e -> tools.toolProperty().set(tool));
            tools.toolProperty().addListener((obs, old, now) -> item.setSelected(now == tool));
            toolMenu.getItems().add(item);
        }
        MenuItem smaller = item("Smaller Brush", "menu-smaller", null, null, e -> tools.shrink());
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.OPEN_BRACKET));
        MenuItem larger = item("Larger Brush", "menu-larger", null, null, e -> tools.grow());
        larger.setAccelerator(new KeyCodeCombination(KeyCode.CLOSE_BRACKET));
        toolMenu.getItems().addAll(new SeparatorMenuItem(), smaller, larger);

        CheckMenuItem showStrokes = new CheckMenuItem("Show Strokes");
        showStrokes.setId("menu-show-strokes");
        showStrokes.setAccelerator(KeyCombination.keyCombination("H"));
        showStrokes.selectedProperty().bindBidirectional(tools.showStrokesProperty());
        CheckMenuItem compare = new CheckMenuItem("Compare Before/After");
        compare.setId("menu-compare");
        compare.setAccelerator(KeyCombination.keyCombination("C"));
        compare.selectedProperty().bindBidirectional(photos.compare().enabledProperty());
        compare.disableProperty().bind(noPhoto);
        CheckMenuItem modelImage = new CheckMenuItem("Show the Model's Image");
        modelImage.setId("menu-model-image");
        modelImage.setAccelerator(KeyCombination.keyCombination("M"));
        modelImage.selectedProperty().bindBidirectional(photos.showModelImageProperty());
        modelImage.disableProperty().bind(noPhoto);
        CheckMenuItem learned = new CheckMenuItem("Sharp Result (Learned Upscaler)");
        learned.setId("menu-sharp");
        learned.setAccelerator(KeyCombination.keyCombination("U"));
        learned.selectedProperty().bindBidirectional(sharp.enabledProperty());
        Menu view = new Menu("View", null, showStrokes, learned, new SeparatorMenuItem(), compare, modelImage,
                new SeparatorMenuItem());
        view.getItems().addAll(zoomItems());

        MenuItem openFolder = item("Open Model Folder\u2026", "menu-open-model", MaterialDesignF.FOLDER_OPEN, null,
                e -> models.choose(org.latentbrush.app.models.ModelChoice.OPEN_FOLDER));
        Menu model = new Menu("Model", null, openFolder);

        Menu helpMenu = new Menu("Help", null, item("Keyboard Shortcuts", "menu-help", null, "F1", e -> help.run()));
        MenuBar bar = new MenuBar(file, edit, image, toolMenu, view, model, helpMenu);
        bar.setId("menu-bar");
        return bar;
    }

    /** Zoom in and out, fit, 100 %: each with Ctrl and a key, the same meaning on the number pad. */
    private MenuItem[] zoomItems() {
        // Shift may be down: on many keyboards plus is Shift+equals.
        MenuItem in = item("Zoom In", "menu-zoom-in", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, null,
                e -> viewport.zoomIn());
        in.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY));
        MenuItem out = item("Zoom Out", "menu-zoom-out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, null,
                e -> viewport.zoomOut());
        out.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem fit = item("Fit to Window", "menu-zoom-fit", MaterialDesignF.FIT_TO_SCREEN_OUTLINE, null,
                e -> viewport.fitToView());
        fit.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        MenuItem actual = item("Actual Size (100 %)", "menu-zoom-100", null, null, e -> viewport.actualSize());
        actual.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        return new MenuItem[] {in, out, fit, actual};
    }

    /** Keys that repeat a menu item's own: a menu item holds one accelerator. */
    Map<KeyCombination, Runnable> alternateAccelerators() {
        return Map.of(
                new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                viewport::zoomIn,
                new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), viewport::zoomIn,
                new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), viewport::zoomOut,
                new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), viewport::fitToView,
                new KeyCodeCombination(KeyCode.NUMPAD1, KeyCombination.SHORTCUT_DOWN), viewport::actualSize);
    }

    ToolBar toolBar() {
        ToggleButton strokes = new ToggleButton(null, Icons.tool(MaterialDesignE.EYE));
        strokes.setId("toggle-strokes");
        strokes.setTooltip(new Tooltip("Show or hide the strokes  (H)"));
        strokes.selectedProperty().bindBidirectional(tools.showStrokesProperty());
        strokes.selectedProperty().addListener((obs, old, now) ->
                strokes.setGraphic(Icons.tool(now ? MaterialDesignE.EYE : MaterialDesignE.EYE_OFF)));

        Button undo = button("undo", MaterialDesignU.UNDO, "Undo  (Ctrl+Z)", e -> editor.undo());
        undo.disableProperty().bind(editor.history().canUndoProperty().not());
        Button redo = button("redo", MaterialDesignR.REDO, "Redo  (Ctrl+Shift+Z)", e -> editor.redo());
        redo.disableProperty().bind(editor.history().canRedoProperty().not());
        Button fix = button("fix", MaterialDesignP.PIN, "Fix: keep this result as the start of later strokes  (F)",
                e -> editor.actions().fixResult());
        Button random = button("random", MaterialDesignD.DICE_5, "New random starting image  (R)", e -> editor.actions().newRandom());
        Button reset = button("reset", MaterialDesignR.RESTORE, "Reset to the starting image  (Ctrl+R)",
                e -> editor.actions().reset());
        Button clear = button("clear", MaterialDesignD.DELETE_SWEEP, "Clear all strokes  (Ctrl+Delete)",
                e -> editor.actions().clearStrokes());
        for (Button b : new Button[] {fix, reset, clear}) {
            b.disableProperty().bind(notReady);
        }
        random.disableProperty().bind(randomDisabled);
        ToggleButton compare = new ToggleButton("Before/After", Icons.tool(MaterialDesignC.COMPARE));
        compare.setId("toggle-compare");
        compare.setTooltip(new Tooltip("Compare the original photo with the edited one  (C)"));
        compare.setFocusTraversable(false);
        compare.selectedProperty().bindBidirectional(photos.compare().enabledProperty());
        compare.visibleProperty().bind(photos.hasPhotoProperty());
        compare.managedProperty().bind(compare.visibleProperty());
        fix.setText("Fix");
        random.setText("Random");
        reset.setText("Reset");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                button("new", MaterialDesignF.FILE_OUTLINE, "New painting  (Ctrl+N)", e -> files.newDocument()),
                button("open", MaterialDesignF.FOLDER_OPEN, "Open a session  (Ctrl+O)", e -> files.open()),
                button("open-photo", MaterialDesignI.IMAGE_PLUS, "Open a photo to edit  (Ctrl+Shift+O)",
                        e -> photos.open()),
                button("save", MaterialDesignC.CONTENT_SAVE, "Save the session  (Ctrl+S)", e -> files.save()),
                button("export", MaterialDesignE.EXPORT, "Export PNG, or the edited photo  (Ctrl+E, Ctrl+Shift+E)",
                        e -> exportEither()),
                new Separator(), undo, redo, new Separator(), fix, random, reset, clear, new Separator(), strokes,
                compare,
                spacer, new ModelPickerView(models));
        bar.setId("tool-bar");
        return bar;
    }

    /** The toolbar's export: the edited photo in photo mode, the model's image otherwise. */
    private void exportEither() {
        if (photos.hasPhotoProperty().get()) {
            photoExport.export();
        } else {
            files.exportPng();
        }
    }

    private static MenuItem disabledUnless(BooleanExpression enabled, MenuItem item) {
        return disabledWhen(enabled.not(), item);
    }

    private static MenuItem disabledWhen(BooleanExpression disabled, MenuItem item) {
        item.disableProperty().bind(disabled);
        return item;
    }

    private MenuItem disabledUntilReady(MenuItem item) {
        item.disableProperty().bind(notReady);
        return item;
    }

    private static MenuItem item(String text, String id, Ikon icon, String accelerator,
            EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.menu(icon));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }

    private static Button button(String id, Ikon icon, String tip, EventHandler<ActionEvent> action) {
        Button b = new Button(null, Icons.tool(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(action);
        b.setFocusTraversable(false);
        return b;
    }
}
