/** The canvas: the enlarged result, the strokes over it, and the brush that draws them. */
package org.latentbrush.app.canvas;
