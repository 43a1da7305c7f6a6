package org.latentbrush.app.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.latentbrush.app.session.SessionFile;
import org.latentbrush.app.session.SessionPhoto;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.PhotoFileException;
import org.latentbrush.bridge.api.PhotoProjection;
import org.latentbrush.bridge.io.FreeMemory;

/**
 * The photo a document edits: the file as opened, its decoded pixels and, once projected, z₀ and
 * the generator tuned to it.
 *
 * <p>Immutable; a projection makes a new document. The file's bytes are kept so that a saved
 * session holds the very photo that was opened.
 *
 * @param name the photo file's name, e.g. "beach.jpg"
 * @param content the file's bytes
 * @param photo the decoded photo
 * @param z0 the projection's latent, or {@code null} before the photo is projected
 * @param psnr how close G′(z₀) (G(z₀) when not tuned) came to the photo's frame, in dB, or NaN
 * @param method the projection method that ran, or {@code null} when unknown
 * @param tunedWeights the tuned generator's weights, or {@code null} when not tuned
 */
public record PhotoDocument(String name, byte[] content, EditablePhoto photo, float[] z0, double psnr,
        String method, byte[] tunedWeights) {

    public PhotoDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(photo, "photo");
    }

    /**
     * Reads a photo file, refusing bad ones before anything else is touched.
     *
     * @param file a PNG or JPEG file
     * @return the unprojected document
     * @throws PhotoFileException naming the file and the problem
     */
    public static PhotoDocument read(Path file) throws PhotoFileException {
        String name = String.valueOf(file.getFileName());
        // Decoding checks the header's size first, so a huge file is refused before it is loaded.
        EditablePhoto photo = EditablePhoto.read(file);
        try {
            if (Files.size(file) > SessionFile.MAX_PHOTO_BYTES) {
                throw new PhotoFileException(name + ": the file is larger than "
                        + (SessionFile.MAX_PHOTO_BYTES >> 20) + " MB, too large to keep in a session", null);
            }
            return new PhotoDocument(name, Files.readAllBytes(file), photo, null, Double.NaN, null, null);
        } catch (IOException e) {
            throw new PhotoFileException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes the photo a session keeps, refusing it before decoding when its pixels would need
     * more than the memory left.
     *
     * @param saved the session's photo
     * @param memory the memory left, normally {@link FreeMemory#heap()}
     * @return the document, projected when the session holds z₀
     * @throws PhotoFileException when the photo is missing from the session, too large or cannot be decoded
     */
    public static PhotoDocument fromSession(SessionPhoto saved, FreeMemory memory) throws PhotoFileException {
        String name = saved.name();
        if (saved.content().length == 0) {
            throw new PhotoFileException(name + ": the photo is missing from the session file, or its entry "
                    + "there is empty", null);
        }
        EditablePhoto photo = EditablePhoto.decode(saved.content(), name, memory);
        int[] square = saved.square();
        if (square != null) {
            try {
                photo = photo.withSquare(square[0], square[1], square[2]);
            } catch (IllegalArgumentException e) {
                throw new PhotoFileException(name + ": the session's edited square: " + e.getMessage(), e);
            }
        }
        return new PhotoDocument(name, saved.content(), photo, saved.z0(), saved.psnr(), saved.method(),
                saved.tunedWeights());
    }

    /** Whether z₀ is known. */
    public boolean isProjected() {
        return z0 != null;
    }

    /** This photo projected. */
    public PhotoDocument withProjection(PhotoProjection projection) {
        return new PhotoDocument(name, content, photo, projection.z0().clone(), projection.psnr(),
                projection.method(), projection.tunedWeights());
    }

    /** This photo before projection, e.g. after the model changed. */
    public PhotoDocument withoutProjection() {
        return new PhotoDocument(name, content, photo, null, Double.NaN, null, null);
    }

    /** The photo as a session keeps it. */
    /**
     * The same photo with another square edited: not projected, since z₀ and the tuned model
     * belong to the square they were made for.
     */
    public PhotoDocument withSquare(int x, int y, int side) {
        return new PhotoDocument(name, content, photo.withSquare(x, y, side), null, Double.NaN, null, null);
    }

    public SessionPhoto toSessionPhoto() {
        return new SessionPhoto(name, content, z0, psnr, method, tunedWeights,
                new int[] {photo.cropX(), photo.cropY(), photo.cropSide()});
    }

    /** The file name without its extension, e.g. "beach". */
    public String baseName() {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
