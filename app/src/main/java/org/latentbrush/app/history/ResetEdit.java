package org.latentbrush.app.history;

/** The user went back to the starting image, without strokes or a fixed result. */
public final class ResetEdit extends DocumentEdit {

    public ResetEdit(DocumentState before, DocumentState after) {
        super(before, after);
    }

    @Override
    public String name() {
        return "Reset";
    }
}
