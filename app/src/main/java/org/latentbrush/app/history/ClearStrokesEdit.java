package org.latentbrush.app.history;

/** The user removed all strokes and kept the result. */
public final class ClearStrokesEdit extends DocumentEdit {

    public ClearStrokesEdit(DocumentState before, DocumentState after) {
        super(before, after);
    }

    @Override
    public String name() {
        return "Clear " + before().strokes().strokes().size() + " strokes";
    }
}
