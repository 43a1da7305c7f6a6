/**
 * Photo mode: open a photo, project it into the model, paint hints on it, see the edited photo at
 * full resolution, compare before and after, export.
 */
package org.latentbrush.app.photo;
