/**
 * The Sliders panel: the model's named directions in its latent space (GANSpace), each a slider
 * that moves the current result live, undoably.
 */
package org.latentbrush.app.sliders;
