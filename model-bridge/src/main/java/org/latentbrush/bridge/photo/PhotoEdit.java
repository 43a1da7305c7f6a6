package org.latentbrush.bridge.photo;

import org.latentbrush.bridge.optim.Candidate;

/**
 * One finished edit of a photo.
 *
 * @param photo the edited photo at full resolution
 * @param changedPixels pixels whose bytes differ from the original photo's
 * @param candidate the model's result: z′, G(z′) and its errors at the model's size
 * @param photoColorError the colour error on the strokes measured on the edited photo's frame (NaN
 *     without colour strokes); see {@link StrokeColorError}
 * @param transfer the masked edit that was applied, for showing or re-applying
 * @param optimizeMillis time the latent optimiser took
 * @param transferMillis time from the finished z′ to the edited full-resolution photo
 */
public record PhotoEdit(Photo photo, long changedPixels, Candidate candidate, double photoColorError,
        EditTransfer transfer, long optimizeMillis, long transferMillis) {}
