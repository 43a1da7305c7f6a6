package org.latentbrush.bridge.optim;

import java.util.List;

/**
 * Where an edit starts from: the current result, after the user fixed one the anchor z₀, and, when
 * the edit takes over from one it superseded, that edit's candidates.
 *
 * @param current the latent of the current result, or {@code null} for a fresh start
 * @param anchor z₀ that the prior term pulls toward, or {@code null} when nothing is fixed
 * @param carried the candidates the edit this one superseded was still stepping, best first, or
 *     empty: an edit that takes over mid-stroke continues from them instead of screening random
 *     draws afresh
 * @param carriedIterations iterations the superseded edits of this stroke made in all: the
 *     continuing edit's narrowing goes on from there rather than from its own start
 */
public record EditStart(float[] current, float[] anchor, List<float[]> carried, int carriedIterations) {

    /** Copies the list; a {@code null} list means none. */
    public EditStart {
        carried = carried == null ? List.of() : List.copyOf(carried);
        if (carriedIterations < 0) {
            throw new IllegalArgumentException("carried iterations must be >= 0");
        }
    }

    /** A start continuing the given candidates, with no iterations carried. */
    public EditStart(float[] current, float[] anchor, List<float[]> carried) {
        this(current, anchor, carried, 0);
    }

    /** A start with nothing carried over. */
    public EditStart(float[] current, float[] anchor) {
        this(current, anchor, List.of(), 0);
    }

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

    /** Whether this edit continues a superseded one's candidates. */
    public boolean continues() {
        return !carried.isEmpty();
    }
}
