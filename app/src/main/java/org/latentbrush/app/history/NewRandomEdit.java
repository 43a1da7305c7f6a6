package org.latentbrush.app.history;

/** The user asked for a new random starting image. */
public final class NewRandomEdit extends DocumentEdit {

    public NewRandomEdit(DocumentState before, DocumentState after) {
        super(before, after);
    }

    @Override
    public String name() {
        return "New random start";
    }
}
