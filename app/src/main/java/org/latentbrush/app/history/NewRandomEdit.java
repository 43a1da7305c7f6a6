package org.latentbrush.app.history;

/** The user asked for a new random starting image. */
public final class NewRandomEdit extends DocumentEdit {

    /** How a saved session names this kind of edit. */
    public static final String KIND = "random";

    public NewRandomEdit(DocumentState before, DocumentState after) {
        super(before, after);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String name() {
        return "New random start";
    }
}
