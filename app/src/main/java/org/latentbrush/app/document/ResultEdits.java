package org.latentbrush.app.document;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.latentbrush.app.history.DocumentEdit;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.bridge.constraint.Stroke;

/**
 * What a tool that changes the result directly rather than through strokes (the drag tool, the
 * sliders) needs of the document: whether it can be edited, its state, recording an edit, and
 * hearing of every other change.
 */
public interface ResultEdits {

    /** Whether a model is open and has shown a result (for a photo: its projection's). */
    boolean isReady();

    /** The document now. */
    DocumentState currentState();

    /** Records an edit that was just made, as one step of undo, and shows the document after it. */
    void record(DocumentEdit edit);

    /** Shows a status message. */
    void say(String text);

    /** Counts the user's changes: strokes, edits, undo and redo, a new or opened document. */
    ReadOnlyLongProperty revisionProperty();

    /** The stroke being drawn, or {@code null}. */
    ReadOnlyObjectProperty<Stroke> strokeInProgressProperty();
}
