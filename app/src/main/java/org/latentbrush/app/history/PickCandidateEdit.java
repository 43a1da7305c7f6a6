package org.latentbrush.app.history;

/** The user made a gallery candidate the current result. */
public final class PickCandidateEdit extends DocumentEdit {

    /** How a saved session names this kind of edit. */
    public static final String KIND = "pick";

    private final int rank;

    /**
     * Creates the edit.
     *
     * @param before the document before
     * @param after the document with the candidate as result
     * @param rank the candidate's place in the gallery, from 1
     */
    public PickCandidateEdit(DocumentState before, DocumentState after, int rank) {
        super(before, after);
        this.rank = rank;
    }

    /** The candidate's place in the gallery, from 1. */
    public int rank() {
        return rank;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String name() {
        return "Pick candidate " + rank;
    }
}
