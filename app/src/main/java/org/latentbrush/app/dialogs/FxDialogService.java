package org.latentbrush.app.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentbrush.app.square.Square;
import org.latentbrush.app.square.SquareChooserDialog;
import org.latentbrush.app.square.SquareRequest;

/** The {@link DialogService} of the running editor: JavaFX alerts and the system's file choosers. */
public class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Consumer<String> notifier;
    private File lastFolder;

    /**
     * Creates the service.
     *
     * @param owner the window dialogs belong to
     * @param notifier shows short messages (the main view's notification bar)
     */
    public FxDialogService(Supplier<Window> owner, Consumer<String> notifier) {
        this.owner = owner;
        this.notifier = notifier;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        style(alert, title);
        alert.setHeaderText(title);
        // A label that wraps: long file names and paths must be readable in full.
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("error-message");
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void showMessage(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        style(alert, title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.getStyleClass().add("message-text");
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void notify(String message) {
        notifier.accept(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        style(alert, title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes to " + documentName + " will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        style(alert, "Save changes?");
        alert.setHeaderText("Save changes to " + documentName + "?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveChoice.YES : answer == discard ? SaveChoice.NO : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        File file = chooser.showOpenDialog(owner.get());
        return remember(file);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return remember(file).map(p -> kind.matches(p.getFileName().toString())
                ? p : p.resolveSibling(p.getFileName() + kind.extension()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner.get());
        if (folder != null) {
            lastFolder = folder;
        }
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, T preselected) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(preselected, choices);
        style(dialog, title);
        dialog.setHeaderText(message);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Square> chooseSquare(String title, String message, SquareRequest request) {
        SquareChooserDialog dialog = new SquareChooserDialog(request);
        style(dialog, title);
        dialog.setHeaderText(message);
        return dialog.showAndWait();
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        Path parent = file.toPath().toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) {
            lastFolder = parent.toFile();
        }
        return Optional.of(file.toPath());
    }

    private void style(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            if (window.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(window.getScene().getStylesheets());
            }
        }
    }
}
