package org.latentbrush.app.history;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One thing the user did, undoable: it holds the document before and after.
 *
 * <p>The "after" state is taken again when the edit is undone, because the optimiser keeps refining
 * the result after the user acts; redo then brings back exactly what was on screen.
 */
public abstract class DocumentEdit {

    private DocumentState before;
    private DocumentState after;

    protected DocumentEdit(DocumentState before, DocumentState after) {
        this.before = Objects.requireNonNull(before);
        this.after = Objects.requireNonNull(after);
    }

    /** What the history list shows, e.g. "Colour stroke #ff0000". */
    public abstract String name();

    /** The word a saved session uses for this kind of edit (see {@link SavedEdit}). */
    public abstract String kind();

    /** The document before the edit. */
    public DocumentState before() {
        return before;
    }

    /** The document after the edit, as last seen. */
    public DocumentState after() {
        return after;
    }

    DocumentState undo(DocumentState current) {
        after = Objects.requireNonNull(current);
        return before;
    }

    DocumentState redo() {
        return after;
    }

    /** Replaces both documents, e.g. when another model makes their latents meaningless. */
    void rebase(UnaryOperator<DocumentState> change) {
        before = Objects.requireNonNull(change.apply(before));
        after = Objects.requireNonNull(change.apply(after));
    }

    @Override
    public String toString() {
        return name();
    }
}
