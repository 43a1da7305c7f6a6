package org.latentbrush.bridge.optim;

/**
 * When an edit may end before its last iteration: once the best candidate's cost has stopped
 * falling. Most live edits reach their final picture well before the protocol's last step (the
 * strokes are near what the current result already shows); stepping on only delays the moment the
 * editor shows the edit as settled.
 *
 * @param window iterations over which the fall is measured; 0 never stops early
 * @param tolerance the relative fall of the best cost over {@code window} iterations below which
 *     the edit ends, e.g. 0.01 for 1 %
 */
public record EarlyStop(int window, double tolerance) {

    /** Runs every iteration, as iGAN's protocol does. */
    public static final EarlyStop NEVER = new EarlyStop(0, 0);

    public EarlyStop {
        if (window < 0 || !(tolerance >= 0) || tolerance >= 1) {
            throw new IllegalArgumentException("the early stop needs a window >= 0 and a tolerance in [0, 1)");
        }
    }

    /** Whether this ever stops an edit early. */
    public boolean enabled() {
        return window > 0;
    }

    /**
     * Whether to stop after iteration {@code done}, given the best cost after each iteration so far.
     *
     * <p>A fresh edit's first window holds the steep fall from its starts, so it is judged on its
     * second. An edit that continues the candidates of the same stroke's earlier edits (a stroke
     * still being drawn, or just finished) starts where they left off, past that fall: its first
     * window already says whether the grown stroke moves it. Judged on two, such an edit ran at
     * least twelve steps after every stroke even when the picture had settled while drawing.
     *
     * @param bestCosts the best cost over the candidates after iteration 1, 2, … (index 0 is after
     *     the first); at least {@code done} entries
     * @param done iterations done
     * @param continued whether the edit continues the candidates of earlier edits of its stroke
     * @return true when enough windows have run (two, or one for a continued edit) and the last
     *     window cut the best cost by less than the tolerance
     */
    public boolean shouldStop(double[] bestCosts, int done, boolean continued) {
        int least = continued ? window + 1 : 2 * window;
        if (!enabled() || done < least) {
            return false;
        }
        double now = bestCosts[done - 1];
        double then = bestCosts[done - 1 - window];
        return then - now <= tolerance * Math.abs(then);
    }
}
