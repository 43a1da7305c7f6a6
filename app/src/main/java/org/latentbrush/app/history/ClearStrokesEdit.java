package org.latentbrush.app.history;

/** The user removed all strokes and kept the result. */
public final class ClearStrokesEdit extends DocumentEdit {

    /** How a saved session names this kind of edit. */
    public static final String KIND = "clear";

    public ClearStrokesEdit(DocumentState before, DocumentState after) {
        super(before, after);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String name() {
        return "Clear " + before().strokes().strokes().size() + " strokes";
    }
}
