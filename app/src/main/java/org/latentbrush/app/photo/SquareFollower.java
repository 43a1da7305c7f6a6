package org.latentbrush.app.photo;

import java.util.Objects;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.document.PhotoDocument;
import org.latentbrush.app.square.Square;
import org.latentbrush.app.tools.StrokeSink;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.constraint.Stroke;

/**
 * Hands the brush's strokes to the document and, in photo mode, moves the edited square over a
 * finished stroke that reaches beyond it ({@link SquareOverStrokes}): the square is projected and
 * tuned again there, the strokes stay where they are on the photo, and the status line says so.
 * Strokes the square leaves behind are edited in squares of their own on export ({@link PhotoExport}).
 */
public final class SquareFollower implements StrokeSink {

    private final EditorViewModel editor;
    private final PhotoViewModel photos;

    /**
     * Creates it.
     *
     * @param editor the document, which receives the strokes
     * @param photos moves the square
     */
    public SquareFollower(EditorViewModel editor, PhotoViewModel photos) {
        this.editor = Objects.requireNonNull(editor);
        this.photos = Objects.requireNonNull(photos);
    }

    @Override
    public void strokeStarted() {
        editor.strokeStarted();
    }

    @Override
    public void strokeMoved(Stroke partial) {
        editor.strokeMoved(partial);
    }

    @Override
    public void strokeFinished(Stroke stroke) {
        editor.strokeFinished(stroke);
        PhotoDocument document = editor.photoProperty().get();
        if (document == null) {
            return;
        }
        EditablePhoto photo = document.photo();
        SquareOverStrokes.after(photo, editor.strokesProperty().get()).ifPresent(square -> {
            photos.editSquare(PhotoSquare.named(square, photo.width(), photo.height()));
            editor.say(message(square, document.name()));
        });
    }

    private static String message(Square square, String name) {
        return "The stroke reached beyond the edited square: the model now edits the square of "
                + square.describe() + " of " + name + "; strokes left elsewhere are edited on export"
                + " (Image \u203a Edited Square to choose another)";
    }
}
