package org.latentbrush.bridge.api;

import java.util.List;
import org.latentbrush.bridge.optim.CandidateBatch;
import org.latentbrush.bridge.optim.LiveSnapshot;

/**
 * What the engine streams while it edits: the best candidates so far, ranked by cost.
 *
 * @param epoch the engine's epoch when the edit was submitted: older than the epoch a
 *     {@link BrushEngine#restore} returned means the edit was superseded by that restore
 * @param iteration iterations done so far
 * @param iterations iterations planned for this edit
 * @param candidates best first, never empty
 * @param finished whether this is the edit's last snapshot
 * @param cancelled whether the edit stopped early because it was cancelled or superseded
 * @param millis time since the edit started
 */
public record EditSnapshot(long epoch, int iteration, int iterations, List<EditCandidate> candidates,
        boolean finished, boolean cancelled, long millis) {

    /** Copies the list, so the snapshot stays as it was streamed. */
    public EditSnapshot {
        candidates = List.copyOf(candidates);
    }

    /** The best candidate. */
    public EditCandidate best() {
        return candidates.get(0);
    }

    /** The engine's view of a live optimiser's snapshot. */
    static EditSnapshot of(LiveSnapshot snapshot) {
        CandidateBatch batch = snapshot.batch();
        List<EditCandidate> candidates = batch.candidates().stream().map(EditCandidate::of).toList();
        return new EditSnapshot(snapshot.epoch(), batch.iteration(), batch.iterations(), candidates,
                batch.finished(), batch.cancelled(), batch.millis());
    }
}
