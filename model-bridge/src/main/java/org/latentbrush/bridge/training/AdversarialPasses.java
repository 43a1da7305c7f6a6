package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.Optional;
import java.util.SplittableRandom;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * One training step's two passes: D's update on real and generated images with the hinge loss,
 * then G's against the frozen D, with the mode-seeking term and, when the run asks for it,
 * {@link DiffAugment} in front of D. {@link GanTrainer} owns the networks and repeats a pass whose
 * gradients come out non-finite.
 */
final class AdversarialPasses {

    private final GanTrainingConfig config;
    private final Block generator;
    private final Block discriminator;
    private final ParameterStore store;
    private final AdamOptimizer generatorAdam;
    private final AdamOptimizer discriminatorAdam;

    AdversarialPasses(GanTrainingConfig config, Block generator, Block discriminator, ParameterStore store,
            AdamOptimizer generatorAdam, AdamOptimizer discriminatorAdam) {
        this.config = config;
        this.generator = generator;
        this.discriminator = discriminator;
        this.store = store;
        this.generatorAdam = generatorAdam;
        this.discriminatorAdam = discriminatorAdam;
    }

    /**
     * D's pass and update; leaves G(z), with its graph, in {@code fake[0]} for G's pass.
     *
     * @return D's loss, or empty if its gradients were not finite and D was left as it was
     */
    Optional<Float> discriminator(NDManager scope, NDArray real, NDArray z,
            NDArray[] fake, long stepSeed) {
        int batch = config.batchSize();
        float loss;
        try (GradientCollector collector = scope.getEngine().newGradientCollector()) {
            fake[0] = generator.forward(store, new NDList(z), true)
                    .singletonOrThrow();
            // One pass over real and generated together: D has no batch norm, so each score
            // depends on its image alone, and the power iteration advances once per step.
            NDArray seen = real.concat(fake[0].stopGradient());
            if (config.diffAugment()) {
                seen = DiffAugment.apply(real, new SplittableRandom(Seeds.combine(stepSeed, 1)))
                        .concat(DiffAugment.apply(fake[0].stopGradient(),
                                new SplittableRandom(Seeds.combine(stepSeed, 2))));
            }
            NDArray scores = discriminator.forward(store, new NDList(seen), true).singletonOrThrow();
            NDArray hinge = HingeLoss.discriminator(scores.get(new NDIndex("0:{}", batch)),
                    scores.get(new NDIndex("{}:", batch)));
            collector.backward(hinge);
            loss = hinge.getFloat();
        }
        return discriminatorAdam.step(scope) && Float.isFinite(loss) ? Optional.of(loss)
                : Optional.empty();
    }

    /**
     * G's pass and update against the frozen D.
     *
     * @param fake G(z) with its graph from D's pass, or {@code null} to run G again
     * @param real the step's real batch, for the capped mode-seeking term
     * @return G's adversarial loss, or empty if its gradients were not finite
     */
    Optional<Float> generator(NDManager scope, NDArray z, NDArray fake, NDArray real, long stepSeed) {
        float loss;
        try (GradientCollector collector = scope.getEngine().newGradientCollector()) {
            // The graph of D's pass is reused when there is one: G then runs once per step.
            NDArray images = fake != null ? fake
                    : generator.forward(store, new NDList(z), true)
                            .singletonOrThrow();
            NDArray seen = config.diffAugment() ? DiffAugment.apply(images,
                    new SplittableRandom(Seeds.combine(stepSeed, 3))) : images;
            NDArray scores = discriminator.forward(store, new NDList(seen), false)
                    .singletonOrThrow();
            NDArray total = HingeLoss.generator(scores);
            loss = total.getFloat();
            if (config.diversityWeight() > 0) {
                NDArray diversity = config.diversityCap() ? ModeSeekingLoss.capped(images, z, real)
                        : ModeSeekingLoss.of(images, z);
                total = total.add(diversity.mul(config.diversityWeight()));
            }
            collector.backward(total);
        }
        return generatorAdam.step(scope) && Float.isFinite(loss) ? Optional.of(loss)
                : Optional.empty();
    }
}
