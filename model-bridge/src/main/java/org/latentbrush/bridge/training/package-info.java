/**
 * Training the built-in models in Java: a GAN's generator from scratch, then its encoder.
 *
 * <p>{@link org.latentbrush.bridge.training.GanTrainer} trains a
 * {@link org.latentbrush.bridge.generator.DcganGenerator} against a
 * {@link org.latentbrush.bridge.training.Discriminator} with the hinge loss, spectral
 * normalisation in D, two time-scale Adam, a mode-seeking term in G's loss and an average of G's
 * weights (the weights saved). Without the mode-seeking term the hinge loss alone let G collapse
 * to one image at 64×64 on the landscapes, much as plain DCGAN lets D win. Its run folder is a model folder,
 * updated at every checkpoint, with resumable checkpoints and sample grids beside it.
 * {@link org.latentbrush.bridge.training.EncoderTrainer} then fits the model's encoder to the
 * frozen generator.
 *
 * <p>Memory: every step's arrays live in a sub-manager closed at the step's end, and arrays derived
 * from long-lived weights are handed to that sub-manager, so a run of any length keeps a flat
 * native footprint. Reproducibility: weights are seeded, and images and latents are functions of
 * the seed and the step, so a resumed run repeats the uninterrupted one exactly on the CPU.
 */
package org.latentbrush.bridge.training;
