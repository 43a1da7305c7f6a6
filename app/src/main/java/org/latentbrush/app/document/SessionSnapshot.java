package org.latentbrush.app.document;

import org.latentbrush.app.history.AddStrokeEdit;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.history.SavedEdit;
import org.latentbrush.app.session.Session;
import org.latentbrush.app.session.SessionHistory;
import org.latentbrush.bridge.api.ModelInfo;
import org.latentbrush.bridge.constraint.Stroke;

/** The painting as a session to write: the document now, its undo history and its photo. */
final class SessionSnapshot {

    private SessionSnapshot() {}

    /**
     * Takes the snapshot on the user-interface thread; it can then be written in the background.
     *
     * @param editor the painting
     * @param withStrokeInProgress whether the stroke being drawn counts as finished: the autosave
     *     keeps it as far as it was drawn, so that a crash mid-stroke loses none of it
     * @return the session, or {@code null} before a model has shown a result
     */
    static Session of(EditorViewModel editor, boolean withStrokeInProgress) {
        ModelInfo info = editor.live().modelProperty().get();
        if (info == null || editor.live().currentZ() == null || editor.startLatent() == null) {
            return null;
        }
        DocumentState state = editor.currentState();
        SessionHistory history = SessionHistory.of(editor.history().saved(),
                editor.history().positionProperty().get());
        Stroke drawing = withStrokeInProgress ? editor.strokeInProgressProperty().get() : null;
        if (drawing != null) {
            DocumentState drawn = state.withStrokes(state.strokes().with(drawing));
            DocumentState before = editor.stateBeforeStroke();
            if (before != null) {
                history = history.with(new SavedEdit(AddStrokeEdit.KIND, before, drawn, drawing, 0));
            }
            state = drawn;
        }
        PhotoDocument photo = editor.photoProperty().get();
        return new Session(info.name(), editor.live().modelReference(), state.strokes(), state.z(), state.start(),
                state.anchor(), state.image(), photo == null ? null : photo.toSessionPhoto(), info.fingerprint(),
                history);
    }
}
