package org.latentbrush.bridge.optim;

import java.util.List;

/**
 * What a superseded edit hands to the edit that replaces it when that is the same stroke, grown:
 * its ranked candidates and the iterations the stroke's edits have made so far.
 *
 * <p>The new edit scores them all and steps only those the stroke's narrowing clock allows; the rest
 * stay in the gallery. An edit that finished, or was stopped for anything but another edit, leaves
 * the next stroke to start afresh. Used on the optimiser thread only.
 */
final class StrokeHandover {

    /** The candidates of the edit superseded last, while the next command is an edit; else empty. */
    private List<float[]> carried = List.of();
    /** How many strokes the edit that left {@link #carried} had: the stroke being drawn is the last. */
    private int carriedStrokes = -1;
    /** Iterations the superseded edits of the stroke being drawn made, for the narrowing's clock. */
    private int carriedIterations;

    /**
     * Where an edit of {@code strokes} starts: continuing the handed-over candidates when it is
     * the same stroke grown, else afresh.
     *
     * @param strokeCount how many strokes the edit has
     * @param current the current result
     * @param anchor the fixed result, or {@code null}
     * @return the edit's start
     */
    EditStart startOf(int strokeCount, float[] current, float[] anchor) {
        // Only the same stroke grown continues: a new stroke screens its own starts.
        boolean continues = strokeCount == carriedStrokes && !carried.isEmpty();
        return new EditStart(current, anchor, continues ? carried : List.of(),
                continues ? carriedIterations : 0);
    }

    /**
     * Records how an edit ended.
     *
     * @param strokeCount how many strokes it had
     * @param start where it started
     * @param last its final snapshot
     * @param supersededByEdit whether it was cancelled because another edit is next
     */
    void ended(int strokeCount, EditStart start, CandidateBatch last, boolean supersededByEdit) {
        carried = last.cancelled() && supersededByEdit
                ? last.candidates().stream().map(Candidate::z).toList() : List.of();
        carriedIterations = carried.isEmpty() ? 0 : start.carriedIterations() + last.iteration();
        carriedStrokes = strokeCount;
    }

    /** Forgets the candidates: a command other than an edit came between. */
    void clear() {
        carried = List.of();
    }
}
