package org.latentbrush.bridge.optim;

/**
 * Successive halving of an edit's candidates: every {@code every} iterations the costlier half is
 * dropped, down to {@code floor}, so the later steps, which only refine the leaders, run on a
 * smaller batch and cost less. The candidates an edit starts from are many because a stroke may
 * suit a far start; after a few steps the ranking rarely changes at the bottom.
 *
 * @param every iterations between two halvings; 0 never narrows
 * @param floor the fewest candidates kept, at least 1
 */
public record Narrowing(int every, int floor) {

    /** Steps every candidate to the end. */
    public static final Narrowing NEVER = new Narrowing(0, 1);

    public Narrowing {
        if (every < 0 || floor < 1) {
            throw new IllegalArgumentException("narrowing needs an interval >= 0 and a floor >= 1");
        }
    }

    /** Whether this ever narrows an edit. */
    public boolean enabled() {
        return every > 0;
    }

    /**
     * How many candidates to keep after iteration {@code done}, or {@code current} when this is not
     * a halving point.
     *
     * @param done iterations done
     * @param current candidates stepped now
     * @return the candidates to step from now on
     */
    public int keepAfter(int done, int current) {
        if (!enabled() || done == 0 || done % every != 0 || current <= floor) {
            return current;
        }
        return Math.max(floor, (current + 1) / 2);
    }

    /**
     * How many candidates the schedule steps after {@code done} iterations, starting from
     * {@code start}: every halving point passed so far applied in turn.
     *
     * @param done iterations done, counted on the stroke's clock
     * @param start candidates at iteration 0
     * @return the candidates to step now
     */
    public int sizeAfter(int done, int start) {
        int size = start;
        for (int d = every; enabled() && d <= done; d += every) {
            size = keepAfter(d, size);
        }
        return size;
    }
}
