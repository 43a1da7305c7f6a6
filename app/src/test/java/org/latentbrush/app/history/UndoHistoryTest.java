package org.latentbrush.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;

class UndoHistoryTest {

    private static DocumentState state(int strokes) {
        ConstraintSet set = ConstraintSet.empty(512, 512);
        for (int i = 0; i < strokes; i++) {
            set = set.with(Stroke.color(0xFF0000, 5, i, i));
        }
        return new DocumentState(set, new float[] {strokes}, null, null, new float[] {0}, true);
    }

    private static AddStrokeEdit edit(int from) {
        return new AddStrokeEdit(state(from), state(from + 1), Stroke.color(0xFF0000, 5, from, from));
    }

    @Test
    void undo_empty_givesNothing() {
        UndoHistory history = new UndoHistory();
        assertTrue(history.undo(state(0)).isEmpty());
        assertFalse(history.canUndoProperty().get());
    }

    @Test
    void undo_afterAdd_givesStateBefore() {
        UndoHistory history = new UndoHistory();
        AddStrokeEdit e = edit(0);
        history.add(e);
        assertSame(e.before(), history.undo(state(1)).orElseThrow());
        assertEquals(0, history.positionProperty().get());
        assertTrue(history.canRedoProperty().get());
    }

    @Test
    void redo_afterUndo_givesStateSeenAtUndo() {
        UndoHistory history = new UndoHistory();
        history.add(edit(0));
        DocumentState refined = state(1);
        history.undo(refined);
        assertSame(refined, history.redo().orElseThrow());
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void add_afterUndo_dropsRedoTail() {
        UndoHistory history = new UndoHistory();
        history.add(edit(0));
        history.add(edit(1));
        history.undo(state(2));
        history.add(edit(1));
        assertEquals(2, history.edits().size());
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void add_pastLimit_dropsOldest() {
        UndoHistory history = new UndoHistory(3);
        for (int i = 0; i < 5; i++) {
            history.add(edit(i));
        }
        assertEquals(3, history.edits().size());
        assertEquals(3, history.positionProperty().get());
        assertEquals(2, history.edits().get(0).before().strokes().strokes().size());
    }

    @Test
    void moveTo_earlierPosition_undoesInOrder() {
        UndoHistory history = new UndoHistory();
        history.add(edit(0));
        history.add(edit(1));
        history.add(edit(2));
        DocumentState s = history.moveTo(1, state(3)).orElseThrow();
        assertEquals(1, s.strokes().strokes().size());
        assertEquals(1, history.positionProperty().get());
        DocumentState back = history.moveTo(3, s).orElseThrow();
        assertEquals(3, back.strokes().strokes().size());
        assertTrue(history.moveTo(3, back).isEmpty());
    }

    @Test
    void clear_forgetsEverything() {
        UndoHistory history = new UndoHistory();
        history.add(edit(0));
        history.clear();
        assertTrue(history.edits().isEmpty());
        assertFalse(history.canUndoProperty().get());
    }

    @Test
    void load_savedEdits_undoesAndRedoesAsBefore() {
        UndoHistory history = new UndoHistory();
        history.add(edit(0));
        history.add(new PickCandidateEdit(state(1), state(1), 2));
        history.add(edit(1));
        history.undo(state(2));
        UndoHistory reopened = new UndoHistory();
        reopened.load(history.saved(), history.positionProperty().get());
        assertEquals(List.of("Colour stroke #ff0000", "Pick candidate 2", "Colour stroke #ff0000"),
                reopened.edits().stream().map(DocumentEdit::name).toList());
        assertEquals(2, reopened.positionProperty().get());
        assertEquals(2, reopened.redo().orElseThrow().strokes().strokes().size());
        reopened.undo(state(2));
        reopened.undo(state(1));
        assertEquals(0, reopened.undo(state(1)).orElseThrow().strokes().strokes().size());
    }

    @Test
    void load_pastLimit_keepsTheNewestAndMovesThePosition() {
        UndoHistory history = new UndoHistory();
        for (int i = 0; i < 5; i++) {
            history.add(edit(i));
        }
        UndoHistory small = new UndoHistory(3);
        small.load(history.saved(), 4);
        assertEquals(3, small.edits().size());
        assertEquals(2, small.positionProperty().get());
        assertEquals(2, small.edits().get(0).before().strokes().strokes().size());
    }

    @Test
    void rebase_changesEveryDocument_keepsEditsAndPosition() {
        UndoHistory history = new UndoHistory();
        history.add(edit(0));
        history.add(edit(1));
        history.undo(state(2));
        float[] other = {0.5f, 0.5f};
        history.rebase(s -> s.onOtherWeights(other, other, null));
        assertEquals(2, history.edits().size());
        assertEquals(1, history.positionProperty().get());
        DocumentState back = history.undo(state(1)).orElseThrow();
        assertSame(other, back.z());
        assertTrue(back.settled(), "no strokes: nothing to optimise again");
        DocumentState again = history.redo().orElseThrow();
        again = history.redo().orElseThrow();
        assertEquals(2, again.strokes().strokes().size());
        assertSame(other, again.z());
        assertFalse(again.settled(), "its strokes are optimised again on the new weights");
    }
}
