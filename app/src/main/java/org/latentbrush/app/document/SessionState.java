package org.latentbrush.app.document;

import java.util.Optional;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.session.Session;
import org.latentbrush.bridge.api.ModelInfo;

/**
 * What a saved session shows on the model now open, and what the user is told about it.
 *
 * <p>A latent means the same picture only under the weights it was saved with. When the session's
 * fingerprint matches the model's, its picture is shown as saved; otherwise (other weights, or a
 * session from before fingerprints) its strokes are optimised again from the saved latent without
 * the old fixed result, and a notice says why the picture differs.
 *
 * @param state the document state to restore
 * @param notice one line for the status bar, or empty
 */
record SessionState(DocumentState state, Optional<String> notice) {

    static SessionState of(Session session, ModelInfo model) {
        if (session.modelFingerprint() != null && session.modelFingerprint().equals(model.fingerprint())) {
            return new SessionState(new DocumentState(session.strokes(), session.z(), null,
                    session.anchor(), session.start(), true), Optional.empty());
        }
        DocumentState again = new DocumentState(session.strokes(), session.z(), null, null,
                session.start(), session.strokes().isEmpty());
        return new SessionState(again, Optional.of(session.modelFingerprint() == null
                ? "This session predates model fingerprints: its picture is recomputed from its strokes."
                : "This session was saved with other weights of " + model.name()
                        + ": its picture is recomputed from its strokes."));
    }
}
