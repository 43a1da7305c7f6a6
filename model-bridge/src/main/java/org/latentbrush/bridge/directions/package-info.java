/**
 * A model's named directions: the sliders of the editor.
 *
 * <p>A model folder may hold {@code directions.json} beside its manifest: unit vectors in the
 * latent space, each with a name, a range and the measurement that confirms the name.
 * {@link org.latentbrush.bridge.directions.DirectionsReader} checks such a file against the model
 * before anything uses it, {@link org.latentbrush.bridge.directions.LatentDirections} moves a
 * latent along them, and {@link org.latentbrush.bridge.directions.DirectionsWriter} writes them.
 * Finding and naming directions needs the lab's classifiers, so it happens in the lab
 * ({@code org.latentbrush.bridge.discovery}); this package only loads and applies them.
 */
package org.latentbrush.bridge.directions;
