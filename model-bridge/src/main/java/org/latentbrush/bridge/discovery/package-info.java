/**
 * Finding and naming a model's slider directions, as {@code latent-brush directions} does (lab).
 *
 * <p>GANSpace's recipe for generators without a W space: principal components of an early
 * layer's activations over sampled latents ({@link org.latentbrush.bridge.discovery.PrincipalComponents}),
 * each carried back to a direction in z by regression and made orthonormal. Each direction is then
 * moved to both ends of its slider on sampled latents, and named after the classifier share or
 * image statistic that changes most, clearly and specifically; other latents confirm each name.
 * The result is stored as the engine's {@code org.latentbrush.bridge.directions} format.
 */
package org.latentbrush.bridge.discovery;
