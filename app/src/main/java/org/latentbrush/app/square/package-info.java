/**
 * Choosing the square of a photo that the model edits: its geometry in photo pixels, the photo
 * scaled to fit a view, and the interactive chooser that drags and resizes it.
 */
package org.latentbrush.app.square;
