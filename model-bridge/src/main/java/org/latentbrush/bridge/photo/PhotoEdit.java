package org.latentbrush.bridge.photo;

import java.util.List;
import org.latentbrush.bridge.optim.Candidate;

/**
 * An edited photo and how the edit went.
 *
 * @param photo the photo with the edit applied, at its own resolution
 * @param changedPixels pixels whose bytes differ from the original's
 * @param candidate the optimiser's best latent and its image G(z′) at the model's size
 * @param strokes how close the photo came to each colour stroke
 * @param optimizeMillis time the optimiser took
 * @param transferMillis time to carry the edit onto the photo
 */
public record PhotoEdit(Photo photo, long changedPixels, Candidate candidate, List<StrokeReach> strokes,
        long optimizeMillis, long transferMillis) {

    public PhotoEdit {
        strokes = List.copyOf(strokes);
    }

    /** The colour strokes the photo did not come close to. */
    public List<StrokeReach> shortfalls() {
        return strokes.stream().filter(s -> !s.reached()).toList();
    }
}
