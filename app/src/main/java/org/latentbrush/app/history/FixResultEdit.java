package org.latentbrush.app.history;

/** The user kept the current result as the start point of later edits (iGAN's "Fix"). */
public final class FixResultEdit extends DocumentEdit {

    /** How a saved session names this kind of edit. */
    public static final String KIND = "fix";

    public FixResultEdit(DocumentState before, DocumentState after) {
        super(before, after);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String name() {
        return "Fix result";
    }
}
