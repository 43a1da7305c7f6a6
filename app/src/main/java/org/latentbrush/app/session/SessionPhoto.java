package org.latentbrush.app.session;

import java.util.Objects;

/**
 * The photo a session edits: the photo file's own bytes and its projection.
 *
 * <p>The file is kept as it was opened, not re-encoded, so a saved session restores exactly the
 * same pixels (EXIF orientation included) at the size of the original file.
 *
 * @param name the photo file's name, e.g. "beach.jpg"
 * @param content the bytes of the PNG or JPEG file
 * @param z0 the projection's latent, or {@code null} when it was not projected yet (it is then
 *     projected again on opening)
 * @param psnr how close the projection came, in dB, or NaN when unknown
 * @param method the projection method that ran, or {@code null} when unknown
 * @param tunedWeights the generator tuned to the photo (the engine's parameter format), or
 *     {@code null} when it was not tuned: edits of the photo run on it again after opening
 * @param square the edited square as {x, y, side} in photo pixels, or {@code null} for the centred one
 */
public record SessionPhoto(String name, byte[] content, float[] z0, double psnr, String method,
        byte[] tunedWeights, int[] square) {

    public SessionPhoto {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        if (square != null && square.length != 3) {
            throw new IllegalArgumentException("a square is x, y and side");
        }
    }

    /** The file name extension the content's format calls for: ".png", ".jpg" or ".bin". */
    public String extension() {
        if (content.length >= 4 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N'
                && content[3] == 'G') {
            return ".png";
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8) {
            return ".jpg";
        }
        return ".bin";
    }
}
