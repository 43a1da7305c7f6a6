package org.latentbrush.app.history;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.latentbrush.bridge.constraint.Stroke;

/**
 * An edit as a session saves it: its kind, the documents before and after, and what its name needs.
 *
 * <p>Immutable, unlike a {@link DocumentEdit} (whose "after" is taken again on undo), so a save in
 * the background writes exactly the history of the moment it began.
 *
 * @param kind one of {@link #KINDS}
 * @param before the document before the edit
 * @param after the document after it, as last seen
 * @param stroke the stroke drawn, for a stroke edit; else {@code null}
 * @param rank the candidate's place in the gallery from 1, for a pick; else 0
 * @param label the name the history shows, for a drag or a slider (whose name is not made from the
 *     rest); else {@code null}, and {@code null} for one saved without it takes its kind's default
 */
public record SavedEdit(String kind, DocumentState before, DocumentState after, Stroke stroke, int rank,
        String label) {

    /** The kinds of edit a session may hold. */
    public static final List<String> KINDS = List.of(AddStrokeEdit.KIND, ClearStrokesEdit.KIND, FixResultEdit.KIND,
            NewRandomEdit.KIND, PickCandidateEdit.KIND, ResetEdit.KIND, DragEdit.KIND, SliderEdit.KIND);

    public SavedEdit {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown kind of edit: " + kind);
        }
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (AddStrokeEdit.KIND.equals(kind) && stroke == null) {
            throw new IllegalArgumentException("a stroke edit needs its stroke");
        }
        if (PickCandidateEdit.KIND.equals(kind) && rank < 1) {
            throw new IllegalArgumentException("a pick needs the candidate's rank, from 1");
        }
    }

    /** An edit whose name is made from its kind, stroke and rank. */
    public SavedEdit(String kind, DocumentState before, DocumentState after, Stroke stroke, int rank) {
        this(kind, before, after, stroke, rank, null);
    }

    /** The saved form of an edit, with its documents as they are now. */
    public static SavedEdit of(DocumentEdit edit) {
        Stroke stroke = edit instanceof AddStrokeEdit added ? added.stroke() : null;
        int rank = edit instanceof PickCandidateEdit pick ? pick.rank() : 0;
        String label = edit instanceof DragEdit || edit instanceof SliderEdit ? edit.name() : null;
        return new SavedEdit(edit.kind(), edit.before(), edit.after(), stroke, rank, label);
    }

    /** The edit again, as the history holds it. */
    public DocumentEdit toEdit() {
        return switch (kind) {
            case AddStrokeEdit.KIND -> new AddStrokeEdit(before, after, stroke);
            case ClearStrokesEdit.KIND -> new ClearStrokesEdit(before, after);
            case FixResultEdit.KIND -> new FixResultEdit(before, after);
            case NewRandomEdit.KIND -> new NewRandomEdit(before, after);
            case PickCandidateEdit.KIND -> new PickCandidateEdit(before, after, rank);
            case ResetEdit.KIND -> new ResetEdit(before, after);
            case DragEdit.KIND -> new DragEdit(before, after, label == null ? DragEdit.DEFAULT_NAME : label);
            case SliderEdit.KIND -> new SliderEdit(before, after, label == null ? SliderEdit.DEFAULT_NAME : label);
            default -> throw new IllegalStateException("unknown kind of edit: " + kind);
        };
    }

    /** This edit with both documents changed, e.g. moved onto other weights. */
    public SavedEdit map(UnaryOperator<DocumentState> change) {
        return new SavedEdit(kind, change.apply(before), change.apply(after), stroke, rank, label);
    }
}
