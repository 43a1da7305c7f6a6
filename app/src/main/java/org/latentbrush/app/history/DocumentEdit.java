package org.latentbrush.app.history;

import java.util.Objects;

/**
 * One thing the user did, undoable: it holds the document before and after.
 *
 * <p>The "after" state is taken again when the edit is undone, because the optimiser keeps refining
 * the result after the user acts; redo then brings back exactly what was on screen.
 */
public abstract class DocumentEdit {

    private final DocumentState before;
    private DocumentState after;

    protected DocumentEdit(DocumentState before, DocumentState after) {
        this.before = Objects.requireNonNull(before);
        this.after = Objects.requireNonNull(after);
    }

    /** What the history list shows, e.g. "Colour stroke #ff0000". */
    public abstract String name();

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

    @Override
    public String toString() {
        return name();
    }
}
