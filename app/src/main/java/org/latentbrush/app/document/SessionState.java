package org.latentbrush.app.document;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.session.Session;
import org.latentbrush.app.session.SessionHistory;
import org.latentbrush.bridge.api.ModelInfo;

/**
 * What a saved session shows on the model now open, with its undo history, and what the user is
 * told about it.
 *
 * <p>A latent means the same picture only under the weights it was saved with. When the session's
 * fingerprint matches the model's, its picture and history are shown as saved; otherwise (other
 * weights, or a session from before fingerprints) its strokes, and those of every document in its
 * history, are optimised again from the saved latents without the old fixed result, and a notice
 * says why the picture differs.
 *
 * @param state the document state to restore
 * @param history the undo history to restore
 * @param notice one line for the status bar, or empty
 */
record SessionState(DocumentState state, SessionHistory history, Optional<String> notice) {

    static SessionState of(Session session, ModelInfo model) {
        DocumentState saved = new DocumentState(session.strokes(), session.z(), null, session.anchor(),
                session.start(), true);
        if (session.modelFingerprint() != null && session.modelFingerprint().equals(model.fingerprint())) {
            return new SessionState(saved, session.history(), Optional.empty());
        }
        UnaryOperator<DocumentState> again = s -> s.onOtherWeights(s.z(), s.start(), null);
        return new SessionState(again.apply(saved), session.history().map(again), Optional.of(
                session.modelFingerprint() == null
                        ? "This session predates model fingerprints: its picture is recomputed from its strokes."
                        : "This session was saved with other weights of " + model.name()
                                + ": its picture is recomputed from its strokes."));
    }
}
