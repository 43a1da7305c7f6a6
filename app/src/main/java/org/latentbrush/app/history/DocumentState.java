package org.latentbrush.app.history;

import java.util.Objects;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.image.RasterImage;

/**
 * What the user has made at one moment: the strokes, the result's latent, the fixed result and the
 * starting image's latent. Undo moves between such states.
 *
 * @param strokes the strokes
 * @param z the result's latent
 * @param image the result's image, or {@code null} when it must be rendered again
 * @param anchor the fixed result's latent, or {@code null}
 * @param start the latent of the starting image (the morph starts there)
 * @param settled whether the optimiser had finished on these strokes; an unsettled state is
 *     optimised again when restored
 */
public record DocumentState(ConstraintSet strokes, float[] z, RasterImage image, float[] anchor,
        float[] start, boolean settled) {

    public DocumentState {
        Objects.requireNonNull(strokes, "strokes");
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(start, "start");
    }

    /** This state with other strokes. */
    public DocumentState withStrokes(ConstraintSet newStrokes) {
        return new DocumentState(newStrokes, z, image, anchor, start, settled);
    }
}
