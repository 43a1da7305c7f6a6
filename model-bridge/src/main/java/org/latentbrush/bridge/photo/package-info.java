/**
 * Photo editing through a GAN: reading photos, projecting them into the latent space and carrying
 * an edit of the projection back onto the photo at its own resolution.
 *
 * <p>The flow, as in iGAN and the Neural Photo Editor: {@link org.latentbrush.bridge.photo.PhotoReader}
 * reads an upright 8-bit RGB {@link org.latentbrush.bridge.photo.Photo};
 * {@link org.latentbrush.bridge.photo.PhotoFrame} crops its centre square and shrinks it to the
 * model's size; {@link org.latentbrush.bridge.photo.Projector} finds z₀ with G(z₀) close to that
 * frame; the latent optimiser edits z₀ into z′ under the user's strokes; and
 * {@link org.latentbrush.bridge.photo.EditTransfer} adds the masked difference G(z′) − G(z₀) to the
 * photo, leaving every pixel the edit does not reach byte-identical.
 * {@link org.latentbrush.bridge.photo.PhotoEditor} ties the steps together for one session.
 */
package org.latentbrush.bridge.photo;
