package org.latentbrush.app.session;

import java.util.Objects;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * A painting as saved in a {@code .lbrush} file: the strokes, the result's latent, the model and,
 * when a photo is being edited, the photo.
 *
 * @param modelName the model's name, e.g. "landscape-64"
 * @param modelReference what the model was opened from: a built-in name or a folder
 * @param strokes the strokes
 * @param z the result's latent
 * @param start the starting image's latent
 * @param anchor the fixed result's latent, or {@code null}
 * @param thumbnail the result's image, or {@code null} (not needed to restore: z is)
 * @param photo the photo being edited, or {@code null} for a painting
 * @param modelFingerprint the fingerprint of the weights z belongs to, or {@code null} when the
 *     session predates fingerprints
 * @param history the undo history ({@link SessionHistory#NONE} when there is none; never
 *     {@code null})
 */
public record Session(String modelName, String modelReference, ConstraintSet strokes, float[] z,
        float[] start, float[] anchor, RasterImage thumbnail, SessionPhoto photo,
        String modelFingerprint, SessionHistory history) {

    public Session {
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(modelReference, "modelReference");
        Objects.requireNonNull(strokes, "strokes");
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(start, "start");
        history = history == null ? SessionHistory.NONE : history;
        if (start.length != z.length || (anchor != null && anchor.length != z.length)
                || (photo != null && photo.z0() != null && photo.z0().length != z.length)) {
            throw new IllegalArgumentException("latents must have the same length");
        }
    }

    /** A session without an undo history. */
    public Session(String modelName, String modelReference, ConstraintSet strokes, float[] z, float[] start,
            float[] anchor, RasterImage thumbnail, SessionPhoto photo, String modelFingerprint) {
        this(modelName, modelReference, strokes, z, start, anchor, thumbnail, photo, modelFingerprint,
                SessionHistory.NONE);
    }

    /** This session with an undo history. */
    public Session withHistory(SessionHistory newHistory) {
        return new Session(modelName, modelReference, strokes, z, start, anchor, thumbnail, photo, modelFingerprint,
                newHistory);
    }

    /** A painting without a photo. */
    public Session(String modelName, String modelReference, ConstraintSet strokes, float[] z, float[] start,
            float[] anchor, RasterImage thumbnail) {
        this(modelName, modelReference, strokes, z, start, anchor, thumbnail, null, null);
    }

    /** A session of unknown weights (no fingerprint), with a photo. */
    public Session(String modelName, String modelReference, ConstraintSet strokes, float[] z, float[] start,
            float[] anchor, RasterImage thumbnail, SessionPhoto photo) {
        this(modelName, modelReference, strokes, z, start, anchor, thumbnail, photo, null);
    }
}
