package org.latentbrush.app.document;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.bridge.constraint.ConstraintSet;

/**
 * Strokes drawn while the document's photo is still being projected. They join the document and
 * its undo history at once, so nothing drawn is lost, but reach the optimiser only with the
 * projection: an edit must start from the photo's z₀, and {@link EditorViewModel#useProjection}
 * makes z₀ the start and then submits all the strokes in one go. Sent earlier, they would be
 * optimised from the previous painting's latent.
 */
final class ProjectionWait {

    private final LiveResult live;
    private final ObservableValue<PhotoDocument> photo;
    private final Supplier<float[]> start;

    ProjectionWait(LiveResult live, ObservableValue<PhotoDocument> photo, Supplier<float[]> start) {
        this.live = Objects.requireNonNull(live);
        this.photo = Objects.requireNonNull(photo);
        this.start = Objects.requireNonNull(start);
    }

    /** Whether strokes wait: the document edits a photo that has no projection yet. */
    boolean holds() {
        PhotoDocument p = photo.getValue();
        return p != null && !p.isProjected();
    }

    /** Hands strokes to the optimiser, unless they wait for the projection. */
    void submit(ConstraintSet strokes) {
        if (!holds()) {
            live.submit(strokes);
        }
    }

    /**
     * The document before a stroke drawn while waiting, for its undoable edit; {@code null} when
     * nothing waits. Its latents only stand in (undo is refused until the projection arrives):
     * the projection rebases the whole history onto z₀ before any state is shown.
     */
    DocumentState before(ConstraintSet strokes) {
        if (!holds()) {
            return null;
        }
        float[] z = live.currentZ() != null ? live.currentZ() : start.get();
        // No model was ever open: no latent size is known yet, and no session is written without one.
        z = z != null ? z : new float[0];
        return new DocumentState(strokes, z, null, null, start.get() != null ? start.get() : z, false);
    }
}
