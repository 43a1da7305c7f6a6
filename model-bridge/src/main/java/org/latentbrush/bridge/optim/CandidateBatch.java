package org.latentbrush.bridge.optim;

import java.util.List;

/**
 * An immutable snapshot the optimiser streams: the best candidates so far, ranked by cost.
 *
 * @param iteration iterations done so far
 * @param iterations iterations planned for this edit
 * @param candidates best first
 * @param stepping how many candidates the optimiser was still stepping: the first ones, since
 *     narrowing retires only candidates costlier than every one it keeps
 * @param finished whether this is the run's last snapshot
 * @param cancelled whether the run stopped early because it was cancelled or superseded
 * @param millis time since the run started
 */
public record CandidateBatch(int iteration, int iterations, List<Candidate> candidates,
        int stepping, boolean finished, boolean cancelled, long millis) {

    public CandidateBatch {
        candidates = List.copyOf(candidates);
    }

    /** The best candidate. */
    public Candidate best() {
        return candidates.get(0);
    }
}
