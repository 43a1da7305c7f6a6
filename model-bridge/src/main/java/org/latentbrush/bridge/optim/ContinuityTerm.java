package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.latentbrush.bridge.constraint.ConstraintMaps;

/**
 * The continuity term: how much a candidate changes the current picture where no stroke asks for a
 * change, as a mean squared difference over those pixels, values in [0, 1].
 *
 * <p>Without it, a far random start that meets a new stroke a hair better than the current result's
 * neighbourhood wins, and one stroke can swap the whole scene. With it, a far start must meet the
 * strokes better by more than the change it makes elsewhere. It is measured on the images each step
 * renders anyway, against one picture rendered per edit, so it adds no generator pass to a step.
 *
 * <p>The strokes' own pixels, and a margin around them, are free: a sketch needs both sides of its
 * line to differ, and a colour stroke's edge must blend into the rest.
 */
final class ContinuityTerm {

    /** The free margin around the strokes, as a fraction of the image's side: 2 pixels at 64. */
    private static final int MARGIN_DIVISOR = 32;

    /** Avoids dividing by zero when strokes cover the whole picture. */
    private static final double MIN_AREA = 1e-6;

    private final NDArray reference;
    private final NDArray kept;
    private final double keptArea;

    /**
     * Uploads the current picture and the pixels it keeps.
     *
     * @param maps the rasterised strokes
     * @param picture the current result's image, shape (1, channels, S, S), in [0, 1], owned by
     *     {@code manager}
     * @param manager owns the arrays for the edit's duration
     */
    ContinuityTerm(ConstraintMaps maps, NDArray picture, NDManager manager) {
        int s = maps.size();
        float[] keptPixels = keptPixels(maps);
        this.reference = picture;
        this.kept = manager.create(keptPixels, new Shape(1, 1, s, s));
        double area = 0;
        for (float v : keptPixels) {
            area += v;
        }
        this.keptArea = Math.max(area, MIN_AREA);
    }

    /**
     * The term per candidate.
     *
     * @param x01 the candidates' images, shape (batch, channels, S, S), in [0, 1]
     * @return the mean squared change over the kept pixels, shape (batch)
     */
    NDArray evaluate(NDArray x01) {
        return x01.sub(reference).square().mean(new int[] {1}, true).mul(kept)
                .sum(new int[] {1, 2, 3}).div(keptArea);
    }

    /**
     * How much each pixel is kept: 1 far from every stroke, 0 under a stroke or within the margin
     * of one, partial where a stroke covers part of the pixel at the margin's edge.
     *
     * @param maps the rasterised strokes
     * @return weights in [0, 1], row-major, length size²
     */
    static float[] keptPixels(ConstraintMaps maps) {
        int s = maps.size();
        int margin = Math.max(1, s / MARGIN_DIVISOR);
        float[] color = maps.colorMask();
        float[] sketch = maps.sketchMask();
        float[] weights = new float[s * s];
        for (int y = 0; y < s; y++) {
            for (int x = 0; x < s; x++) {
                float covered = 0;
                for (int dy = Math.max(0, y - margin); dy <= Math.min(s - 1, y + margin); dy++) {
                    for (int dx = Math.max(0, x - margin); dx <= Math.min(s - 1, x + margin); dx++) {
                        int i = dy * s + dx;
                        covered = Math.max(covered, Math.max(color[i], sketch[i]));
                    }
                }
                weights[y * s + x] = 1 - Math.min(1, covered);
            }
        }
        return weights;
    }
}
