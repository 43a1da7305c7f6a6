package org.latentbrush.bridge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.io.SessionLatent;

/**
 * A command's starting latent taken from an editor session: refused, in one line, unless the
 * session was made with this very model and weights, since a latent is the same picture only under
 * the weights it was made with (the editor optimises such a session's strokes again instead).
 */
final class SessionStart {

    private SessionStart() {}

    /**
     * The session's current latent, checked against the model.
     *
     * @param file the session file
     * @param model the open model
     * @return the latent
     * @throws UserInputException naming the file and what does not fit
     */
    static float[] latent(Path file, GanModel model) throws UserInputException {
        String name = String.valueOf(file.getFileName());
        SessionLatent session;
        try {
            session = SessionLatent.read(file);
        } catch (IOException e) {
            throw new UserInputException("--session " + (e.getMessage() == null ? name : e.getMessage()));
        }
        String modelName = model.manifest().name();
        if (session.photo()) {
            throw new UserInputException("--session " + name + " edits a photo: its picture comes from the "
                    + "generator tuned to that photo, which this command does not load; drag it in the editor");
        }
        if (!session.modelName().equals(modelName)) {
            throw new UserInputException("--session " + name + " was made with the model " + session.modelName()
                    + ", not " + modelName + ": pass --model " + session.modelName());
        }
        if (session.z().length != model.manifest().latentSize()) {
            throw new UserInputException("--session " + name + " holds a latent of " + session.z().length
                    + " values; " + modelName + " takes " + model.manifest().latentSize());
        }
        if (!Objects.equals(session.fingerprint(), model.fingerprint())) {
            throw new UserInputException("--session " + name + " was saved with "
                    + (session.fingerprint() == null ? "weights it does not name (an older session)"
                            : "other weights of " + modelName + " (" + session.fingerprint() + ", now "
                                    + model.fingerprint() + ")")
                    + ": its latent is another picture now; open it in the editor, which paints its strokes "
                    + "again on these weights");
        }
        return session.z();
    }
}
