package org.latentbrush.app.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.SavedEdit;

/**
 * A session's undo history: its edits and how many of them are applied, so that Undo and Redo after
 * opening do what they did before saving.
 *
 * @param edits the edits, oldest first
 * @param position how many edits are applied; the rest can be redone
 * @param problem why the saved history could not be read (it is then empty and the rest of the
 *     session opens), or {@code null}
 */
public record SessionHistory(List<SavedEdit> edits, int position, String problem) {

    /** No history: a new painting, or a session from before histories were saved. */
    public static final SessionHistory NONE = new SessionHistory(List.of(), 0, null);

    public SessionHistory {
        edits = List.copyOf(edits);
        if (position < 0 || position > edits.size()) {
            throw new IllegalArgumentException("position " + position + " outside 0.." + edits.size());
        }
    }

    /** A history of edits with {@code position} of them applied. */
    public static SessionHistory of(List<SavedEdit> edits, int position) {
        return new SessionHistory(edits, position, null);
    }

    /** An empty history standing for one that could not be read. */
    public static SessionHistory unreadable(String problem) {
        return new SessionHistory(List.of(), 0, problem);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** This history after one more edit: as in the editor, the edits that could be redone are dropped. */
    public SessionHistory with(SavedEdit edit) {
        List<SavedEdit> more = new ArrayList<>(edits.subList(0, position));
        more.add(edit);
        return new SessionHistory(more, more.size(), problem);
    }

    /** This history with every document changed, e.g. moved onto other weights. */
    public SessionHistory map(UnaryOperator<DocumentState> change) {
        return new SessionHistory(edits.stream().map(e -> e.map(change)).toList(), position, problem);
    }
}
