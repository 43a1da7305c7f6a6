/** The morph from the starting image to the result, its playback and its export. */
package org.latentbrush.app.morph;
