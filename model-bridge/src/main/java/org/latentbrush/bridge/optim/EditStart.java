package org.latentbrush.bridge.optim;

/**
 * Where an edit starts from: the current result and, after the user fixed one, the anchor z₀.
 *
 * @param current the latent of the current result, or {@code null} for a fresh start
 * @param anchor z₀ that the prior term pulls toward, or {@code null} when nothing is fixed
 */
public record EditStart(float[] current, float[] anchor) {

    /** A fresh start: random restarts only, no prior pull. */
    public static EditStart fresh() {
        return new EditStart(null, null);
    }

    /** Continue from a current result, with no prior pull. */
    public static EditStart from(float[] current) {
        return new EditStart(current, null);
    }

    public boolean isFixed() {
        return anchor != null;
    }
}
