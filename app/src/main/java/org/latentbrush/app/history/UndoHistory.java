package org.latentbrush.app.history;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The edits of one document, oldest first, and how many of them are applied.
 *
 * <p>Edits after the position are the redo list; a new edit drops them. The oldest edits fall off
 * past the limit.
 */
public final class UndoHistory {

    /** Default number of edits kept. */
    public static final int DEFAULT_LIMIT = 200;

    private final int limit;
    private final ObservableList<DocumentEdit> edits = FXCollections.observableArrayList();
    private final ObservableList<DocumentEdit> readOnly = FXCollections.unmodifiableObservableList(edits);
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final BooleanBinding canUndo = position.greaterThan(0);
    private final BooleanBinding canRedo = Bindings.size(edits).greaterThan(position);

    public UndoHistory() {
        this(DEFAULT_LIMIT);
    }

    public UndoHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /** Records an edit that was just done. */
    public void add(DocumentEdit edit) {
        int pos = position.get();
        if (pos < edits.size()) {
            edits.remove(pos, edits.size());
        }
        edits.add(edit);
        if (edits.size() > limit) {
            edits.remove(0, edits.size() - limit);
        }
        position.set(edits.size());
    }

    /**
     * Undoes the newest applied edit.
     *
     * @param current the document as it is now, kept for redo
     * @return the document to restore, or empty when there is nothing to undo
     */
    public Optional<DocumentState> undo(DocumentState current) {
        int pos = position.get();
        if (pos == 0) {
            return Optional.empty();
        }
        DocumentState state = edits.get(pos - 1).undo(current);
        position.set(pos - 1);
        return Optional.of(state);
    }

    /**
     * Redoes the next undone edit.
     *
     * @return the document to restore, or empty when there is nothing to redo
     */
    public Optional<DocumentState> redo() {
        int pos = position.get();
        if (pos >= edits.size()) {
            return Optional.empty();
        }
        position.set(pos + 1);
        return Optional.of(edits.get(pos).redo());
    }

    /**
     * Undoes or redoes until {@code target} edits are applied (a click in the history list).
     *
     * @param target the number of edits to keep applied
     * @param current the document as it is now
     * @return the document to restore, or empty when already there
     */
    public Optional<DocumentState> moveTo(int target, DocumentState current) {
        int goal = Math.max(0, Math.min(target, edits.size()));
        if (goal == position.get()) {
            return Optional.empty();
        }
        DocumentState state = current;
        while (position.get() > goal) {
            state = undo(state).orElseThrow();
        }
        while (position.get() < goal) {
            state = redo().orElseThrow();
        }
        return Optional.of(state);
    }

    /** Forgets every edit (a new or opened document). */
    public void clear() {
        edits.clear();
        position.set(0);
    }

    /** The edits as a session saves them, oldest first: a copy that later edits leave alone. */
    public List<SavedEdit> saved() {
        return edits.stream().map(SavedEdit::of).toList();
    }

    /**
     * Replaces every edit with saved ones (an opened session).
     *
     * @param saved the edits, oldest first; past the limit the oldest are dropped
     * @param applied how many of them are applied; the rest can be redone
     */
    public void load(List<SavedEdit> saved, int applied) {
        int dropped = Math.max(0, saved.size() - limit);
        edits.setAll(saved.subList(dropped, saved.size()).stream().map(SavedEdit::toEdit).toList());
        position.set(Math.max(0, Math.min(applied - dropped, edits.size())));
    }

    /**
     * Changes the documents of every edit, keeping the edits and the position: after a change of
     * model the strokes stay undoable while the latents, which meant pictures only to the old
     * model, are replaced.
     *
     * @param change what becomes of each document
     */
    public void rebase(UnaryOperator<DocumentState> change) {
        for (DocumentEdit edit : edits) {
            edit.rebase(change);
        }
    }

    /** The edits, oldest first. */
    public ObservableList<DocumentEdit> edits() {
        return readOnly;
    }

    /** How many edits are applied; the rest can be redone. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public BooleanBinding canRedoProperty() {
        return canRedo;
    }
}
