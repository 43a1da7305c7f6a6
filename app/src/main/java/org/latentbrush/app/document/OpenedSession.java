package org.latentbrush.app.document;

import java.nio.file.Path;
import org.latentbrush.app.session.Session;
import org.latentbrush.app.session.SessionFile;
import org.latentbrush.app.session.SessionFormatException;
import org.latentbrush.bridge.api.PhotoFileException;
import org.latentbrush.bridge.io.FreeMemory;

/**
 * A session file as read, with its photo decoded.
 *
 * <p>A photo that is missing or cannot be decoded does not stop the session from opening: its
 * strokes and latents are the user's work and are shown as a painting, with the problem reported.
 * Neither does an undo history that cannot be read. Such a session is incomplete: saving it over
 * its file would lose the part left out, which the file still holds.
 *
 * @param session the session
 * @param photo its photo, or {@code null} when it has none or it could not be decoded
 * @param photoProblem why the photo could not be decoded, or {@code null}
 */
record OpenedSession(Session session, PhotoDocument photo, String photoProblem) {

    /**
     * What of the file was left out, for a message, or {@code null} when everything was read.
     *
     * @return "its photo", "its undo history", "its photo and its undo history" or {@code null}
     */
    String partsLeftOut() {
        boolean history = session.history().problem() != null;
        if (photoProblem != null) {
            return history ? "its photo and its undo history" : "its photo";
        }
        return history ? "its undo history" : null;
    }

    /**
     * Reads a session and decodes its photo; slow for a large photo, so run in the background.
     *
     * @param path the session file
     * @return the session
     * @throws SessionFormatException when the session itself cannot be read
     */
    static OpenedSession read(Path path) throws SessionFormatException {
        return read(path, FreeMemory.heap());
    }

    /**
     * Reads a session and decodes its photo, refusing what would not fit in the memory left before
     * allocating it: entries too large to read refuse the session, a photo too large to decode
     * leaves the painting without it.
     *
     * @param path the session file
     * @param memory the memory left, normally {@link FreeMemory#heap()}
     * @return the session
     * @throws SessionFormatException when the session itself cannot be read
     */
    static OpenedSession read(Path path, FreeMemory memory) throws SessionFormatException {
        Session session = SessionFile.read(path, memory);
        if (session.photo() == null) {
            return new OpenedSession(session, null, null);
        }
        try {
            return new OpenedSession(session, PhotoDocument.fromSession(session.photo(), memory), null);
        } catch (PhotoFileException e) {
            return new OpenedSession(session, null, e.getMessage());
        }
    }
}
