package org.latentbrush.app.history;

import java.util.Objects;

/** The user dragged points of the picture to targets with the drag tool (DragGAN). */
public final class DragEdit extends DocumentEdit {

    /** How a saved session names this kind of edit. */
    public static final String KIND = "drag";
    /** The name of a saved drag without one of its own. */
    public static final String DEFAULT_NAME = "Drag";

    private final String name;

    /**
     * Creates the edit.
     *
     * @param before the document before the drag
     * @param after the document with the dragged result
     * @param name what the history shows, see {@link #name(int, boolean)}
     */
    public DragEdit(DocumentState before, DocumentState after, String name) {
        super(before, after);
        this.name = Objects.requireNonNull(name);
    }

    /**
     * The history's name of a drag, e.g. "Drag 2 points" or "Drag 1 point (stopped)".
     *
     * @param pairs how many handles were dragged
     * @param stopped whether the user stopped it before the handles arrived
     * @return the name
     */
    public static String name(int pairs, boolean stopped) {
        return DEFAULT_NAME + " " + pairs + (pairs == 1 ? " point" : " points") + (stopped ? " (stopped)" : "");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String name() {
        return name;
    }
}
