package org.latentbrush.app.history;

/** The user went back to the starting image, keeping the strokes and dropping the fixed result. */
public final class ResetEdit extends DocumentEdit {

    /** How a saved session names this kind of edit. */
    public static final String KIND = "reset";

    public ResetEdit(DocumentState before, DocumentState after) {
        super(before, after);
    }

    /**
     * What the status bar says after a reset.
     *
     * @param kept strokes kept
     * @return one line
     */
    public static String status(int kept) {
        return kept == 0 ? "Back to the start image"
                : "Back to the start image; " + kept + (kept == 1 ? " stroke" : " strokes")
                        + " kept (Clear strokes removes them)";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String name() {
        return "Reset";
    }
}
