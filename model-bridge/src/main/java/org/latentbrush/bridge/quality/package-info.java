/**
 * Measuring a trained model's quality, as {@code latent-brush evaluate} reports it.
 *
 * <p>A small {@link org.latentbrush.bridge.quality.FeatureNetwork} is trained here for the purpose
 * ({@link org.latentbrush.bridge.quality.ClassifierTrainer}): for landscapes it predicts the
 * renderer's own labels, for shoes the ten Fashion-MNIST classes; its penultimate layer is the
 * feature space. {@link org.latentbrush.bridge.quality.QualityEvaluator} then measures the
 * {@link org.latentbrush.bridge.quality.FrechetDistance} between generated and real images in it,
 * beside the distance between two real draws (the floor),
 * {@link org.latentbrush.bridge.quality.Diversity} of samples against real images, and iGAN's
 * comparison of projection methods on held-out real images
 * ({@link org.latentbrush.bridge.quality.ProjectionBenchmark}).
 *
 * <p>The linear algebra (covariances, a symmetric eigendecomposition, matrix square roots) is plain
 * Java double arithmetic; only the networks run on the engine, each batch in its own sub-manager.
 */
package org.latentbrush.bridge.quality;
