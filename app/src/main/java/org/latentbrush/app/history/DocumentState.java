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

    /**
     * This state's strokes on other weights: a latent is the same picture only under the weights it
     * was made with, so its picture is dropped and its strokes are optimised again from {@code from}
     * when it is restored.
     *
     * @param from the latent to optimise from (shown as is when there are no strokes)
     * @param newStart the starting image's latent on those weights
     * @param newAnchor the fixed result on those weights, or {@code null}
     */
    public DocumentState onOtherWeights(float[] from, float[] newStart, float[] newAnchor) {
        return new DocumentState(strokes, from, null, newAnchor, newStart, strokes.isEmpty());
    }
}
