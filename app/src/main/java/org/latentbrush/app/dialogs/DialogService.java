package org.latentbrush.app.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.latentbrush.app.square.Square;
import org.latentbrush.app.square.SquareRequest;

/**
 * Everything the editor asks or tells the user in a dialog; mocked in view-model tests.
 */
public interface DialogService {

    /** Shows an error; the painting stays as it was. */
    void showError(String title, String message);

    /** Shows information the user asked for, e.g. the keyboard shortcuts. */
    void showMessage(String title, String message);

    /** Shows a short non-blocking message. */
    void notify(String message);

    /** Asks a yes-or-no question. */
    boolean confirm(String title, String message);

    /**
     * Asks whether to save changes first.
     *
     * @return {@code YES} to save, {@code NO} to discard, {@code CANCEL} to stay
     */
    SaveChoice askSaveChanges(String documentName);

    /** Asks for a file to open. */
    Optional<Path> chooseOpenFile(String title, FileKind kind);

    /** Asks for a file to write, suggesting a name. */
    Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName);

    /** Asks for a folder. */
    Optional<Path> chooseFolder(String title);

    /** Asks for one of the choices, e.g. an export scale. */
    <T> Optional<T> choose(String title, String message, List<T> choices, T preselected);

    /**
     * Asks for a square of a photo, to be moved and resized freely over the whole photo.
     *
     * @param title the dialog's title
     * @param message what the square is for
     * @param request the photo, its current square, the smallest side and ready-made squares
     * @return the chosen square, or empty when cancelled
     */
    Optional<Square> chooseSquare(String title, String message, SquareRequest request);

    /** The answer to "save changes?". */
    enum SaveChoice { YES, NO, CANCEL }
}
