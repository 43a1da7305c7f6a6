package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.latentbrush.bridge.constraint.ConstraintMaps;
import org.latentbrush.bridge.image.Luma;

/**
 * The edit objective per candidate: colour term + λ_edge·edge term + λ_prior·‖z − z₀‖² +
 * λ_change·change term ({@link ContinuityTerm}).
 *
 * <p>Holds the rasterised strokes as arrays on the model's device, made once per edit. Each term is
 * a per-candidate vector of shape (batch), so the optimiser can rank candidates and report each
 * term, and the sum over the batch is what gets differentiated (candidates do not interact).
 */
final class EditLoss {

    /** Avoids dividing by zero when a set has no colour or no sketch strokes. */
    private static final double MIN_AREA = 1e-6;

    private final NDArray colorMask;
    private final NDArray colorTarget;
    private final NDArray sketchMask;
    private final double colorArea;
    private final double sketchArea;
    private final boolean hasSketch;
    private final double edgeWeight;
    private final double priorWeight;
    private final ContinuityTerm continuity;
    private final double continuityWeight;
    private final double valueLow;
    private final double valueSpan;

    /**
     * Uploads the constraint maps.
     *
     * @param maps the rasterised strokes
     * @param channels the model's channels (grey targets are the luminance of the stroke colour)
     * @param valueLow the model's lowest output value
     * @param valueHigh the model's highest output value
     * @param settings the weights
     * @param priorWeight λ_prior for this edit (0 until the user fixes a result)
     * @param continuity the change from the current result, or {@code null} when there is none or
     *     its weight is 0
     * @param manager owns the arrays for the edit's duration
     */
    EditLoss(ConstraintMaps maps, int channels, double valueLow, double valueHigh,
            OptimizerSettings settings, double priorWeight, ContinuityTerm continuity,
            NDManager manager) {
        int s = maps.size();
        this.colorMask = manager.create(maps.colorMask(), new Shape(1, 1, s, s));
        this.colorTarget = manager.create(target(maps, channels), new Shape(1, channels, s, s));
        this.sketchMask = manager.create(maps.sketchMask(), new Shape(1, 1, s, s));
        this.colorArea = Math.max(maps.colorArea(), MIN_AREA);
        this.sketchArea = Math.max(maps.sketchArea(), MIN_AREA);
        this.hasSketch = maps.sketchArea() > 0;
        this.edgeWeight = settings.edgeWeight();
        this.priorWeight = priorWeight;
        this.continuity = continuity;
        this.continuityWeight = continuity != null ? settings.continuityWeight() : 0;
        this.valueLow = valueLow;
        this.valueSpan = valueHigh - valueLow;
    }

    /** The terms for a batch. */
    record Terms(NDArray color, NDArray edge, NDArray prior, NDArray change, NDArray total) {

        /** The terms of some rows of the batch. */
        Terms get(NDIndex rows) {
            return new Terms(color.get(rows), edge.get(rows), prior.get(rows), change.get(rows),
                    total.get(rows));
        }

        /** These rows followed by those of another batch. */
        Terms concat(Terms more) {
            return new Terms(color.concat(more.color), edge.concat(more.edge),
                    prior.concat(more.prior), change.concat(more.change), total.concat(more.total));
        }
    }

    /**
     * Evaluates the objective.
     *
     * @param images G(z), shape (batch, channels, S, S), in the model's value range
     * @param z the latents, shape (batch, latent)
     * @param anchor z₀, shape (1, latent) or (batch, latent)
     * @return per-candidate terms, each of shape (batch)
     */
    Terms evaluate(NDArray images, NDArray z, NDArray anchor) {
        NDArray x01 = images.sub(valueLow).div(valueSpan);
        NDArray color = x01.sub(colorTarget).square().mean(new int[] {1}, true).mul(colorMask)
                .sum(new int[] {1, 2, 3}).div(colorArea);
        // Without sketch strokes the edge term is zero; skip the edge map's convolutions.
        NDArray edge = hasSketch
                ? EdgeMap.of(x01).neg().add(1).square().mul(sketchMask).sum(new int[] {1, 2, 3})
                        .div(sketchArea)
                : color.zerosLike();
        NDArray prior = z.sub(anchor).square().mean(new int[] {1});
        NDArray change = continuity != null ? continuity.evaluate(x01) : color.zerosLike();
        NDArray total = color.add(edge.mul(edgeWeight)).add(prior.mul(priorWeight))
                .add(change.mul(continuityWeight));
        return new Terms(color, edge, prior, change, total);
    }

    /** The target colours for a model with {@code channels} channels, in [0, 1]. */
    static float[] target(ConstraintMaps maps, int channels) {
        if (channels == 3) {
            return maps.colorTarget();
        }
        int n = maps.size() * maps.size();
        float[] rgb = maps.colorTarget();
        float[] grey = new float[n];
        for (int i = 0; i < n; i++) {
            // How bright the colour looks is what a grey model can match.
            grey[i] = Luma.of(rgb[i], rgb[n + i], rgb[2 * n + i]);
        }
        return grey;
    }
}
