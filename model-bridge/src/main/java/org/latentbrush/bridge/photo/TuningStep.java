package org.latentbrush.bridge.photo;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latentbrush.bridge.generator.GeneratorSplit;
import org.latentbrush.bridge.generator.NumericGuard;

/**
 * One weight step of a {@link PivotalTuning}: a forward pass of the tuned layers and the backward
 * pass to their weights ({@link #measure}), then one Adam update of each ({@link #apply}).
 *
 * <p>Only the generator's last layers are tuned ({@link GeneratorSplit}); the layers before them are
 * the shared model's and never change. So the pivot's activation at the cut is computed once, as
 * are the locality latents' ({@link LocalityPool}), and the backward pass stops at the cut: a step
 * runs no layer before it.
 *
 * <p>A step with the locality term runs the pivot and one locality latent as a batch of two; a step
 * without it, the pivot alone (measured: a batch of one is faster here, not slower).
 */
final class TuningStep {

    private static final NDIndex ALL = new NDIndex("...");

    private final GeneratorSplit tuned;
    private final List<Parameter> parameters;
    private final List<Optimizer> adam;
    private final ProjectionLoss loss;
    private final double localityWeight;
    /** The pivot's activation at the cut: the head is frozen, so it never changes. */
    private final NDArray pivotAtCut;
    private final LocalityPool pool;

    /**
     * Prepares the steps of one tuning.
     *
     * @param shared G, cut where the tuning starts; only read
     * @param tuned G′, cut at the same place; its tail's parameters record gradients
     * @param parameters the tuned parameters, in the order of {@code adam}
     * @param adam one optimiser per parameter
     * @param loss the objective against the frame
     * @param localityWeight weight of the locality term
     * @param pivot z₀
     * @param pool the locality term's latents
     * @param run owns the pivot's activation, for the whole tuning
     */
    TuningStep(GeneratorSplit shared, GeneratorSplit tuned, List<Parameter> parameters, List<Optimizer> adam,
            ProjectionLoss loss, double localityWeight, float[] pivot, LocalityPool pool, NDManager run) {
        this.tuned = tuned;
        this.parameters = parameters;
        this.adam = adam;
        this.loss = loss;
        this.localityWeight = localityWeight;
        this.pool = pool;
        this.pivotAtCut = shared.head(run.create(pivot, new Shape(1, pivot.length)));
    }

    /**
     * One forward and backward pass: measures the weights as they are and leaves their gradients
     * for {@link #apply}.
     *
     * @param neighbour which of the pool's latents the locality term holds this step, or −1 for none
     * @param run the tuning's manager; the step's arrays live in a sub-manager of it
     * @return the pivot's pixel MSE, or empty when the gradients were not finite (they are then
     *     cleared, and the pass must be repeated)
     */
    Optional<Double> measure(int neighbour, NDManager run) {
        try (NDManager scope = run.newSubManager()) {
            // A result belongs to its input's manager: the step's input must be the step's own, or
            // every activation of the pass stays until the tuning ends (hundreds of megabytes, and
            // each step slowed by fresh memory).
            NDArray atCut = pivotAtCut.duplicate();
            atCut.attach(scope);
            NDArray kept = null;
            if (neighbour >= 0) {
                atCut = atCut.concat(pool.atCut(neighbour, scope));
                kept = pool.image(neighbour, scope);
            }
            NDArray pixel;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray images = tuned.tail(atCut);
                ProjectionLoss.Terms terms = loss.evaluate(images.get("0:1"));
                NDArray total = terms.total().sum();
                if (kept != null) {
                    NDArray locality = images.get("1:").sub(kept).square().mean();
                    total = total.add(locality.mul(localityWeight));
                }
                collector.backward(total);
                pixel = terms.pixel();
            }
            List<NDArray> gradients = gradients(scope);
            if (!NumericGuard.allFinite(gradients, scope)) {
                for (NDArray gradient : gradients) {
                    gradient.set(ALL, 0f);
                }
                return Optional.empty();
            }
            return Optional.of((double) pixel.getFloat());
        }
    }

    /** One Adam update of each tuned weight with the gradients {@link #measure} left, which it clears. */
    void apply(NDManager run) {
        try (NDManager scope = run.newSubManager()) {
            List<NDArray> gradients = gradients(scope);
            for (int i = 0; i < parameters.size(); i++) {
                Parameter parameter = parameters.get(i);
                adam.get(i).update(parameter.getId(), parameter.getArray(), gradients.get(i));
            }
        }
    }

    private List<NDArray> gradients(NDManager scope) {
        List<NDArray> gradients = new ArrayList<>(parameters.size());
        for (Parameter parameter : parameters) {
            NDArray gradient = parameter.getArray().getGradient();
            gradient.attach(scope);
            gradients.add(gradient);
        }
        return gradients;
    }
}
